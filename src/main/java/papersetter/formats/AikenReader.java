package papersetter.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Aiken format: a question (one or more lines), its options each on a line of its own
 * starting {@code A.} or {@code A)}, then {@code ANSWER: B}. Every question is mcq; Aiken has no
 * names, topics, levels or explanations, so the id is the file's name and the question's number,
 * and the topic the file's name.
 */
final class AikenReader {
    private static final Pattern OPTION = Pattern.compile("^([A-Za-z])[.)][ \\t]+(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER[ \\t]*:[ \\t]*(.*)$", Pattern.CASE_INSENSITIVE);

    private AikenReader() {
    }

    static Table read(Path file, byte[] bytes) {
        List<Table.Note> notes = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        TextFile.decode(bytes, notes).ifPresent(text -> parse(file, text, rows, notes));
        if (rows.isEmpty() && notes.stream().allMatch(Table.Note::warning)) {
            notes.add(new Table.Note(0, "the file holds no Aiken questions",
                    "write each question, its options as A. … B. …, then ANSWER: and the right letter", false));
        }
        return new Table(Draft.HEADER, rows, notes);
    }

    private static void parse(Path file, String text, List<Table.Row> rows, List<Table.Note> notes) {
        String stem = Draft.stem(file);
        String[] lines = text.split("\n", -1);
        Draft draft = null;
        List<String> question = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNumber = i + 1;
            if (line.isEmpty()) {
                if (draft != null && draft.options.isEmpty()) {
                    question.add(""); // a blank line inside a question's text keeps its paragraphs
                }
                continue;
            }
            if (draft == null) {
                number++;
                draft = new Draft(lineNumber);
                draft.id = Draft.idFor(stem, number);
                draft.topic = stem;
                draft.type = "mcq";
                question.clear();
            }
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (answer.matches()) {
                String letter = answer.group(1).strip();
                if (draft.options.isEmpty()) {
                    notes.add(new Table.Note(lineNumber, "ANSWER: comes before any option",
                            "list the options as A. …, B. … between the question and its ANSWER: line", false));
                } else if (draft.options.size() > Draft.MAX_OPTIONS) {
                    // already said at its ninth option
                } else if (!letter.matches("[A-Za-z]") || Character.toUpperCase(letter.charAt(0)) - 'A' >= draft.options.size()) {
                    notes.add(new Table.Note(lineNumber, "ANSWER: '" + letter + "' names no option of this question",
                            "write the letter of the right option, A to " + (char) ('A' + draft.options.size() - 1), false));
                } else {
                    draft.answer = letter.toUpperCase();
                    draft.question = String.join("\n", question).strip();
                    rows.add(draft.row());
                }
                draft = null;
            } else if (option.matches() && (Character.toUpperCase(option.group(1).charAt(0)) - 'A' == draft.options.size())) {
                if (draft.options.size() == Draft.MAX_OPTIONS) {
                    notes.add(new Table.Note(lineNumber, "a question with more than " + Draft.MAX_OPTIONS + " options",
                            "a paper prints at most " + Draft.MAX_OPTIONS + " options; keep the best ones", false));
                }
                draft.options.add(option.group(2).strip());
            } else if (draft.options.isEmpty()) {
                question.add(lines[i].stripTrailing());
            } else {
                notes.add(new Table.Note(lineNumber, "expected the next option (" + (char) ('A' + draft.options.size())
                                + ". …) or the ANSWER: line of the question at line " + draft.line,
                        "every question ends with a line ANSWER: and its letter; an option's text stays on one line", false));
                draft = null;
                // read on from the next blank line's question
                while (i + 1 < lines.length && !lines[i + 1].isBlank()) {
                    i++;
                }
            }
        }
        if (draft != null) {
            notes.add(new Table.Note(draft.line, "the question has no ANSWER: line",
                    "end it with a line such as ANSWER: B", false));
        }
    }
}

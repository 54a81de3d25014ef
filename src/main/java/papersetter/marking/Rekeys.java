package papersetter.marking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papersetter.model.Answer;
import papersetter.model.BadInputException;
import papersetter.model.OptionLabels;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.Section;

/**
 * Keys corrected after the test. A correction replaces the bank item's answer in every set's
 * paper; each paper's key then follows from its own option order through {@link PaperItem}, the
 * one place that says where the right answer went. The papers and the bank are not touched.
 *
 * <p>{@code DJ-ORM-014=B} names the item by its bank id and the answer in bank letters (as the
 * bank's {@code answer} column writes it: {@code A;C} for multi, {@code true}/{@code false}, for fill
 * each blank's answers separated by {@code ;} and alternatives by {@code |}, for numeric
 * {@code 9.81 ±0.05}, {@code 9.76..9.86} or {@code 9.81 (3 s.f.)}, its unit kept);
 * {@code A:12=B} names question 12 of set A and the option as labelled on that paper ({@code A:12=2}
 * where the options are numbered).
 */
final class Rekeys {
    private static final Pattern PRINTED = Pattern.compile("([A-Za-z]{1,4}):\\s*(\\d{1,6})");

    private Rekeys() {
    }

    static List<Paper> apply(List<String> given, List<Paper> papers) {
        return apply(given, papers, OptionLabels.UPPER);
    }

    /** @param labels how the papers labelled their options: {@code A:12=2} on a numbered paper */
    static List<Paper> apply(List<String> given, List<Paper> papers, OptionLabels labels) {
        Map<String, Question> byId = new HashMap<>();
        papers.forEach(paper -> paper.items().forEach(item -> byId.put(item.question().id(), item.question())));
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String raw : given) {
            String rekey = raw.strip();
            int equals = rekey.lastIndexOf('=');
            if (equals <= 0) {
                problems.add("--rekey " + rekey + ": write ID=ANSWER (e.g. DJ-ORM-014=B, in the bank's letters)"
                        + " or SET:NUMBER=LETTER (e.g. A:12=B, as printed on set A)");
                continue;
            }
            String target = rekey.substring(0, equals).strip();
            String value = rekey.substring(equals + 1).strip();
            Matcher printed = PRINTED.matcher(target);
            try {
                if (printed.matches()) {
                    PaperItem item = item(papers, printed.group(1).toUpperCase(Locale.ROOT),
                            Integer.parseInt(printed.group(2)));
                    put(answers, item.question(), printedAnswer(item, value, labels), rekey);
                } else {
                    Question question = byId.get(target);
                    if (question == null) {
                        throw new BadInputException("no question " + target + " is on this run's papers");
                    }
                    put(answers, question, bankAnswer(question, value), rekey);
                }
            } catch (BadInputException e) {
                problems.add("--rekey " + rekey + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join("\n", problems));
        }
        if (answers.isEmpty()) {
            return papers;
        }
        List<Paper> rekeyed = new ArrayList<>();
        for (Paper paper : papers) {
            List<Section> sections = new ArrayList<>();
            for (Section section : paper.sections()) {
                sections.add(new Section(section.heading(), section.instructions(), section.items().stream()
                        .map(item -> answers.containsKey(item.question().id())
                                ? new PaperItem(item.number(), withAnswer(item.question(),
                                        answers.get(item.question().id())), item.optionOrder())
                                : item)
                        .toList(), section.wrong()));
            }
            rekeyed.add(new Paper(paper.set(), paper.seed(), paper.code(), sections));
        }
        return rekeyed;
    }

    private static void put(Map<String, Answer> answers, Question question, Answer answer, String rekey) {
        Answer before = answers.put(question.id(), answer);
        if (before != null && !before.equals(answer)) {
            throw new BadInputException(question.id() + " is corrected twice, to different answers");
        }
    }

    private static PaperItem item(List<Paper> papers, String set, int number) {
        Paper paper = papers.stream().filter(p -> p.set().equals(set)).findFirst().orElseThrow(
                () -> new BadInputException("the run has no set " + set));
        List<PaperItem> items = paper.items();
        if (number < 1 || number > items.size()) {
            throw new BadInputException("set " + set + " has questions 1 to " + items.size());
        }
        return items.get(number - 1);
    }

    private static Answer printedAnswer(PaperItem item, String value, OptionLabels labels) {
        Question question = item.question();
        if (!question.type().hasOptions()) {
            return bankAnswer(question, value);
        }
        TreeSet<Integer> bank = new TreeSet<>();
        for (int printed : printedLabels(value, question, labels)) {
            bank.add(item.optionOrder().get(printed));
        }
        return choice(question, bank);
    }

    private static Answer bankAnswer(Question question, String value) {
        switch (question.type()) {
            case MCQ, MULTI -> {
                return choice(question, new TreeSet<>(letters(value, question)));
            }
            case TRUEFALSE -> {
                Boolean truth = Interpret.truth(value);
                if (truth == null) {
                    throw new BadInputException("'" + value + "' is not true or false");
                }
                return new Answer.TrueFalse(truth);
            }
            case FILL -> {
                int blanks = ((Answer.Blanks) question.answer()).accepted().size();
                List<List<String>> accepted = new ArrayList<>();
                for (String blank : value.split(";", -1)) {
                    List<String> words = java.util.Arrays.stream(blank.split("\\|")).map(String::strip)
                            .filter(word -> !word.isEmpty()).toList();
                    if (words.isEmpty()) {
                        throw new BadInputException("a blank's answer is empty — write each blank's answers"
                                + " separated by ';', alternatives by '|' (e.g. on_delete|on delete;CASCADE)");
                    }
                    accepted.add(words);
                }
                if (accepted.size() != blanks) {
                    throw new BadInputException(question.id() + " has " + blanks + (blanks == 1 ? " blank" : " blanks")
                            + " but " + accepted.size() + " answers are given — separate the blanks with ';'");
                }
                return new Answer.Blanks(accepted);
            }
            case NUMERIC -> {
                try {
                    return new Answer.Numeric(papersetter.model.NumericAnswers.parse(value),
                            ((Answer.Numeric) question.answer()).unit());
                } catch (papersetter.model.NumericAnswers.Problem problem) {
                    throw new BadInputException("'" + value + "': " + problem.getMessage() + " — " + problem.fix());
                }
            }
            default -> throw new BadInputException(question.id() + " is a " + question.type()
                    + " item, marked by hand: its marks are typed in the responses");
        }
    }

    private static Answer choice(Question question, TreeSet<Integer> correct) {
        if (question.type() == papersetter.model.QuestionType.MCQ && correct.size() != 1) {
            throw new BadInputException(question.id() + " is an mcq item: give one letter");
        }
        return new Answer.Choice(correct);
    }

    /** The options a value names in the labels printed on the paper ({@code 2}, {@code ii}, {@code B}). */
    private static List<Integer> printedLabels(String value, Question question, OptionLabels labels) {
        if (labels != OptionLabels.NUMBERS && labels != OptionLabels.ROMAN) {
            return letters(value, question);
        }
        List<Integer> positions = Interpret.options(value, labels);
        int options = question.options().size();
        String range = labels.name(0) + " to " + labels.name(options - 1);
        if (positions == null || positions.isEmpty()) {
            throw new BadInputException("'" + value + "' is not an option as this run's papers label them ("
                    + range + ")");
        }
        for (int position : positions) {
            if (position >= options) {
                throw new BadInputException(question.id() + " has options " + range + "; '" + labels.name(position)
                        + "' is not one");
            }
        }
        return positions;
    }

    private static List<Integer> letters(String value, Question question) {
        List<Integer> letters = Interpret.letters(value);
        int options = question.options().size();
        if (letters == null || letters.isEmpty()) {
            throw new BadInputException("'" + value + "' is not option letters");
        }
        for (int letter : letters) {
            if (letter >= options) {
                throw new BadInputException(question.id() + " has options A to " + (char) ('A' + options - 1)
                        + "; '" + (char) ('A' + letter) + "' is not one");
            }
        }
        return letters;
    }

    private static Question withAnswer(Question q, Answer answer) {
        return new Question(q.id(), q.level(), q.topic(), q.type(), q.text(), q.options(), answer, q.marks(),
                q.explanation(), q.difficulty(), q.tags(), q.shuffleOptions(), q.lines(), q.image(), q.source(),
                q.group());
    }
}

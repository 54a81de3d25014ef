package papersetter.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle's GIFT format: questions separated by blank lines, {@code //} comment lines,
 * {@code $CATEGORY:} lines (the last part of the path becomes the topic), {@code ::name::} (the id),
 * {@code [html]}, {@code [markdown]}, {@code [plain]} and {@code [moodle]} text formats, and one answer
 * block {@code {…}} per question:
 * <ul>
 * <li>{@code {=right ~wrong ~wrong}}: mcq; with {@code ~%50%} weights on several options, multi;</li>
 * <li>{@code {T}}, {@code {TRUE}}, {@code {F}}, {@code {FALSE}} (any case): truefalse;</li>
 * <li>{@code {=answer =other}}: fill when the block stands inside the text or the text has a blank
 * ({@code ___}), every answer accepted for the blank; short otherwise;</li>
 * <li>{@code {#9.81:0.05}}, {@code {#9.76..9.86}}, {@code {#42}}: numeric ({@code 9.81 ±0.05}, the range, the
 * number); of several answers ({@code {#=9.81:0.05 =%50%9.8:0.5}}) the one worth full marks is kept and
 * those worth part of them are left out with a note; several different full-marks answers leave the
 * question out, since a numeric item accepts one range;</li>
 * <li>{@code {}}: an essay, read as long;</li>
 * <li>{@code #feedback} on the right answer and {@code ####general feedback}: the explanation.</li>
 * </ul>
 * Matching ({@code {=a -> b}}) questions, and text without an answer
 * block, have no papersetter type: each is reported with its line and left out, never dropped unsaid.
 */
final class GiftReader {
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRUE_FALSE = Pattern.compile("(?i)(T|F|TRUE|FALSE)");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d{1,3}(?:\\.\\d+)?)%");
    private static final String ESCAPABLE = "~=#{}:\\";
    private static final String BRACE_FIX = "a { or } in the text itself is written \\{ or \\}";

    private final Path file;
    private final String stem;
    private final List<Table.Row> rows = new ArrayList<>();
    private final List<Table.Note> notes = new ArrayList<>();
    private String topic;
    private int number;
    private int wrongFeedbackLost;
    private int partialCreditLost;
    private int numericPartialLost;

    private GiftReader(Path file) {
        this.file = file;
        this.stem = Draft.stem(file);
        this.topic = stem;
    }

    static Table read(Path file, byte[] bytes) {
        GiftReader reader = new GiftReader(file);
        TextFile.decode(bytes, reader.notes).ifPresent(reader::parse);
        reader.sayWhatIsLost();
        if (reader.rows.isEmpty() && !reader.notes.stream().anyMatch(n -> !n.warning())) {
            reader.notes.add(new Table.Note(0, "the file holds no GIFT questions",
                    "a question is its text followed by its answers in braces, e.g. Who wrote Django? {=Adrian ~Linus}",
                    false));
        }
        return new Table(Draft.HEADER, reader.rows, reader.notes);
    }

    private void parse(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder block = new StringBuilder();
        List<Integer> blockLines = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.strip().startsWith("//")) {
                continue; // a comment line; it does not end the question it stands in
            }
            if (line.isBlank()) {
                if (!blockLines.isEmpty()) {
                    question(block.toString(), blockLines);
                    block.setLength(0);
                    blockLines.clear();
                }
                continue;
            }
            if (!blockLines.isEmpty()) {
                block.append('\n');
            }
            block.append(line);
            blockLines.add(i + 1);
        }
    }

    /** The line of character {@code at} of a block, given the file line of each of its lines. */
    private static int lineOf(String block, int at, List<Integer> blockLines) {
        int line = 0;
        for (int i = 0; i < at && i < block.length(); i++) {
            if (block.charAt(i) == '\n') {
                line++;
            }
        }
        return blockLines.get(Math.min(line, blockLines.size() - 1));
    }

    private void question(String block, List<Integer> blockLines) {
        int first = blockLines.get(0);
        String start = block.stripLeading();
        if (start.regionMatches(true, 0, "$CATEGORY:", 0, 10)) {
            String path = start.substring(10).lines().findFirst().orElse("");
            String category = Draft.topicFromCategory(unescape(path));
            topic = category.isEmpty() ? stem : category;
            return;
        }
        number++;
        int pos = block.length() - start.length();
        String name = "";
        if (block.startsWith("::", pos)) {
            int close = find(block, "::", pos + 2);
            if (close < 0) {
                error(first, "the question's name starts with :: but has no closing ::",
                        "write the name as ::name:: before the question; a : in the name is written \\:");
                return;
            }
            name = unescape(block.substring(pos + 2, close)).strip();
            pos = close + 2;
        }
        while (pos < block.length() && Character.isWhitespace(block.charAt(pos))) {
            pos++;
        }
        String format = "moodle";
        Matcher formatTag = FORMAT.matcher(block.substring(pos));
        if (formatTag.find()) {
            format = formatTag.group(1).toLowerCase(Locale.ROOT);
            pos += formatTag.end();
        }
        int open = find(block, "{", pos);
        int strayClose = find(block, "}", pos);
        if (open < 0) {
            if (strayClose >= 0) {
                error(lineOf(block, strayClose, blockLines), "a } closes an answer block that was never opened",
                        "put the answers between { and }; " + BRACE_FIX);
            } else {
                notes.add(new Table.Note(first, "text without an answer block {…}, such as a Moodle description,"
                        + " is not a question; it is left out", "add the answers in braces if it is a question", true));
            }
            return;
        }
        if (strayClose >= 0 && strayClose < open) {
            error(lineOf(block, strayClose, blockLines), "a } closes an answer block that was never opened",
                    "put the answers between { and }; " + BRACE_FIX);
            return;
        }
        int close = find(block, "}", open + 1);
        int nested = find(block, "{", open + 1);
        if (close < 0 || nested >= 0 && nested < close) {
            error(lineOf(block, open, blockLines), "the answer block opened with { on this line is not closed",
                    "add } after the last answer; " + BRACE_FIX + ", and questions are separated by a blank line");
            return;
        }
        if (find(block, "{", close + 1) >= 0) {
            error(lineOf(block, find(block, "{", close + 1), blockLines),
                    "a second answer block in one question",
                    "give each question one answer block and leave a blank line between questions; " + BRACE_FIX);
            return;
        }
        String before = block.substring(pos, open);
        String after = block.substring(close + 1);
        Draft draft = new Draft(first);
        draft.id = name.isEmpty() ? Draft.idFor(stem, number) : Draft.idFrom(name);
        if (draft.id.isEmpty()) {
            draft.id = Draft.idFor(stem, number);
        }
        draft.topic = topic;
        if (answers(draft, block.substring(open + 1, close), lineOf(block, open, blockLines), format,
                text(before, format), after.isBlank() ? null : text(after, format))) {
            rows.add(draft.row());
        }
    }

    /** Fills the draft from the answer block; false when the question is left out (and said why). */
    private boolean answers(Draft draft, String body, int line, String format, String before, String after) {
        String inner = body.strip();
        if (inner.startsWith("#") && !inner.startsWith("####")) {
            return numeric(draft, inner.substring(1), line, format, after == null ? before
                    : before.stripTrailing() + " " + after.stripLeading());
        }
        String general = "";
        int generalAt = find(inner, "####", 0);
        if (generalAt >= 0) {
            general = text(inner.substring(generalAt + 4), format);
            inner = inner.substring(0, generalAt).strip();
        }
        String question = after == null ? before : before.stripTrailing() + " ___ " + after.stripLeading();
        if (inner.isEmpty()) {
            draft.type = "long";
            draft.question = before;
            draft.answer = general.isEmpty() ? "No model answer was given." : general;
            if (general.isEmpty()) {
                notes.add(new Table.Note(line, "an essay question with no model answer; its key says"
                        + " 'No model answer was given.'", "give a model answer as general feedback: {####…}", true));
            }
            return true;
        }
        List<String> parts = split(inner, "#");
        Matcher trueFalse = TRUE_FALSE.matcher(parts.get(0).strip());
        if (trueFalse.matches()) {
            draft.type = "truefalse";
            draft.question = question;
            draft.answer = trueFalse.group(1).toUpperCase(Locale.ROOT).startsWith("T") ? "true" : "false";
            // {TRUE#feedback when answered wrongly#feedback when answered rightly}
            String right = parts.size() > 2 ? text(parts.get(2), format) : "";
            draft.explanation = !general.isEmpty() ? general : right;
            if (parts.size() > 1 && !parts.get(1).isBlank()) {
                wrongFeedbackLost++;
            }
            return true;
        }
        List<Choice> choices = new ArrayList<>();
        int at = 0;
        while (at < inner.length() && Character.isWhitespace(inner.charAt(at))) {
            at++;
        }
        if (at < inner.length() && inner.charAt(at) != '=' && inner.charAt(at) != '~') {
            error(line, "the answer block does not start with = or ~",
                    "mark the right answer with = and each wrong one with ~, e.g. {=Paris ~Lyon ~Nice};"
                            + " true/false is {T} or {F}");
            return false;
        }
        List<Integer> starts = markers(inner);
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : inner.length();
            String raw = inner.substring(start + 1, end);
            if (find(raw, "->", 0) >= 0) {
                notes.add(new Table.Note(line, "a matching question (=… -> …) has no papersetter type; it is left out",
                        "write each pair as its own multiple-choice question to keep it", true));
                return false;
            }
            Matcher weight = WEIGHT.matcher(raw.stripLeading());
            Double percent = null;
            if (weight.find()) {
                percent = Double.parseDouble(weight.group(1));
                raw = raw.stripLeading().substring(weight.end());
            }
            List<String> textAndFeedback = split(raw, "#");
            choices.add(new Choice(inner.charAt(start) == '=', percent, text(textAndFeedback.get(0), format),
                    textAndFeedback.size() > 1 ? text(String.join("#", textAndFeedback.subList(1, textAndFeedback.size())), format) : ""));
        }
        boolean anyWrong = choices.stream().anyMatch(c -> !c.equals);
        if (!anyWrong) {
            return shortAnswer(draft, choices, line, before, after, general);
        }
        return choice(draft, choices, line, question, general);
    }

    /**
     * A numeric block's answers, {@code 9.81:0.05}, {@code 9.76..9.86} or {@code 42}, each perhaps
     * {@code =}-marked with a {@code %weight%} and a {@code #feedback}: the full-marks one becomes the answer.
     */
    private boolean numeric(Draft draft, String body, int line, String format, String question) {
        String general = "";
        int generalAt = find(body, "####", 0);
        if (generalAt >= 0) {
            general = text(body.substring(generalAt + 4), format);
            body = body.substring(0, generalAt);
        }
        List<String> answers = split(body.strip(), "=");
        if (!answers.isEmpty() && answers.get(0).isBlank()) {
            answers = answers.subList(1, answers.size()); // {#=9.81:0.05 =…}: every answer starts with =
        }
        List<String> full = new ArrayList<>();
        String feedback = "";
        for (String answer : answers) {
            String raw = answer.strip();
            Matcher weight = WEIGHT.matcher(raw);
            double percent = 100;
            if (weight.find()) {
                percent = Double.parseDouble(weight.group(1));
                raw = raw.substring(weight.end());
            }
            List<String> specAndFeedback = split(raw, "#");
            String spec = unescape(specAndFeedback.get(0)).strip();
            if (percent < 100) {
                numericPartialLost++;
                continue;
            }
            int colon = spec.indexOf(':');
            String tolerance = colon < 0 ? "" : spec.substring(colon + 1).strip();
            // {#42:0} is Moodle's way of writing exactly 42
            String written = colon < 0 ? spec : tolerance.matches("[+]?0*\\.?0*") ? spec.substring(0, colon).strip()
                    : spec.substring(0, colon).strip() + " ±" + tolerance;
            try {
                written = papersetter.model.NumericAnswers.parse(written).written();
            } catch (papersetter.model.NumericAnswers.Problem problem) {
                error(line, "the numeric answer " + (spec.isEmpty() ? "is empty" : "'" + spec + "': " + problem.getMessage()),
                        "write it as {#9.81:0.05} (a number and its tolerance), {#9.76..9.86} (a range) or {#42}");
                return false;
            }
            if (!full.contains(written)) {
                full.add(written);
            }
            if (feedback.isEmpty() && specAndFeedback.size() > 1) {
                feedback = text(String.join("#", specAndFeedback.subList(1, specAndFeedback.size())), format);
            }
        }
        if (full.isEmpty()) {
            error(line, "the numeric answer block has no answer worth full marks",
                    "give the right answer without a % weight below 100, e.g. {#9.81:0.05}");
            return false;
        }
        if (full.size() > 1) {
            notes.add(new Table.Note(line, "a numeric question with " + full.size() + " different answers worth full"
                    + " marks (" + String.join(", ", full.subList(0, Math.min(3, full.size())))
                    + (full.size() > 3 ? ", …" : "") + ") is left out: a papersetter numeric item accepts one"
                    + " number or range", "keep one answer, or one range that holds them all", true));
            return false;
        }
        draft.type = "numeric";
        draft.question = question;
        draft.answer = full.get(0);
        draft.explanation = !general.isEmpty() ? general : feedback;
        return true;
    }

    private boolean shortAnswer(Draft draft, List<Choice> choices, int line, String before, String after, String general) {
        List<String> accepted = new ArrayList<>();
        for (Choice c : choices) {
            if (c.percent == null || c.percent >= 100) {
                accepted.add(c.text.strip());
            } else {
                partialCreditLost++;
            }
        }
        if (accepted.isEmpty() || accepted.stream().allMatch(String::isEmpty)) {
            error(line, "the answer block has no answer that gets full marks",
                    "give the right answer as =answer, without a % weight below 100");
            return false;
        }
        boolean blank = after != null || before.contains("___");
        draft.explanation = !general.isEmpty() ? general
                : choices.stream().map(c -> c.feedback).filter(f -> !f.isBlank()).findFirst().orElse("");
        if (blank) {
            draft.type = "fill";
            draft.question = after == null ? before : before.stripTrailing() + " ___ " + after.stripLeading();
            draft.answer = String.join("|", accepted);
        } else {
            draft.type = "short";
            draft.question = before;
            draft.answer = String.join(" / ", accepted);
        }
        return true;
    }

    private boolean choice(Draft draft, List<Choice> choices, int line, String question, String general) {
        if (choices.size() > Draft.MAX_OPTIONS) {
            error(line, "the question has " + choices.size() + " options; a paper prints at most " + Draft.MAX_OPTIONS,
                    "split it, or keep the " + Draft.MAX_OPTIONS + " best options");
            return false;
        }
        List<Integer> full = new ArrayList<>();
        List<Integer> partial = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            double percent = c.percent != null ? c.percent : c.equals ? 100 : 0;
            if (percent >= 100) {
                full.add(i);
            } else if (percent > 0) {
                partial.add(i);
            }
            draft.options.add(c.text);
        }
        if (full.isEmpty() && partial.isEmpty()) {
            error(line, "no answer in this block is marked right",
                    "mark the right answer with = (e.g. {=Paris ~Lyon}), or give the right ones a weight such as ~%50%");
            return false;
        }
        if (full.size() > 1 || full.size() == 1 && !partial.isEmpty()) {
            error(line, "several options are marked fully right (=), which Moodle reads as 'any one of them'",
                    "keep one = for a single right option, or give each right option a weight, e.g."
                            + " {~%50%A ~%50%B ~%-100%C}, for a question with several right options");
            return false;
        }
        draft.type = full.size() == 1 || partial.size() == 1 ? "mcq" : "multi";
        draft.correct.addAll(full);
        draft.correct.addAll(partial);
        draft.answerFromCorrect();
        draft.question = question;
        List<String> rightFeedback = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            String feedback = choices.get(i).feedback.strip();
            if (feedback.isEmpty()) {
                continue;
            }
            if (draft.correct.contains(i)) {
                rightFeedback.add(feedback);
            } else {
                wrongFeedbackLost++;
            }
        }
        draft.explanation = !general.isEmpty() ? general : String.join("\n", rightFeedback);
        return true;
    }

    private record Choice(boolean equals, Double percent, String text, String feedback) {
    }

    /** Where each answer starts: every unescaped = or ~ that is not inside a %weight%. */
    private static List<Integer> markers(String body) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                if (c == '=' && i + 1 < body.length() && body.charAt(i + 1) == '>'
                        || c == '=' && i > 0 && body.charAt(i - 1) == '-') {
                    continue; // part of a matching pair's arrow
                }
                starts.add(i);
            }
        }
        return starts;
    }

    private void sayWhatIsLost() {
        if (wrongFeedbackLost > 0) {
            notes.add(new Table.Note(0, "feedback on wrong answers (" + wrongFeedbackLost
                    + (wrongFeedbackLost == 1 ? " answer" : " answers") + ") is not kept: papersetter keeps one"
                    + " explanation per question, from the general feedback or the right answer's feedback", null, true));
        }
        if (numericPartialLost > 0) {
            notes.add(new Table.Note(0, "numeric answers worth part of the marks (" + numericPartialLost
                    + ") are not kept: a papersetter numeric item has one range worth full marks", null, true));
        }
        if (partialCreditLost > 0) {
            notes.add(new Table.Note(0, "answers worth part of the marks (" + partialCreditLost
                    + ") are not kept for short-answer questions; only answers worth full marks are", null, true));
        }
    }

    /** Question or answer text: GIFT escapes undone, HTML turned into plain text. */
    private static String text(String raw, String format) {
        String text = unescape(raw.strip());
        return format.equals("html") ? HtmlText.plain(text) : text;
    }

    static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                if (ESCAPABLE.indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The first {@code what} at or after {@code from} that no backslash escapes, or -1. */
    static int find(String text, String what, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (text.startsWith(what, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The text split at every unescaped {@code separator}. */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = find(text, separator, 0); at >= 0; at = find(text, separator, at + separator.length())) {
            parts.add(text.substring(from, at));
            from = at + separator.length();
        }
        parts.add(text.substring(from));
        return parts;
    }

    private void error(int line, String message, String fix) {
        notes.add(new Table.Note(line, message, fix, false));
    }
}

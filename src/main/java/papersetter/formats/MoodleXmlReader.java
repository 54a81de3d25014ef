package papersetter.formats;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a Moodle XML question export: categories (the last part of the path becomes the topic),
 * multichoice (one right answer: mcq; several, {@code <single>false</single>}: multi), truefalse,
 * shortanswer (fill when the text has a blank, short otherwise), essay (long, the grader
 * information as model answer), each question's name (the id), default grade (marks), general
 * feedback or the right answer's feedback (explanation), {@code <shuffleanswers>}, and a picture
 * embedded in the question text, which {@link Pictures} writes out beside the bank. Other question
 * types are reported with their line and left out.
 */
final class MoodleXmlReader {
    private static final Set<String> UNSUPPORTED = Set.of("matching", "calculated", "calculatedsimple",
            "calculatedmulti", "multianswer", "ddwtos", "ddimageortext", "ddmarker", "gapselect", "randomsamatch",
            "random", "ordering");

    private final Path file;
    private final String stem;
    private final List<Table.Row> rows = new ArrayList<>();
    private final List<Table.Note> notes = new ArrayList<>();
    private final Pictures pictures;
    private String topic;
    private int number;
    private int wrongFeedbackLost;

    private MoodleXmlReader(Path file, Pictures pictures) {
        this.file = file;
        this.stem = Draft.stem(file);
        this.topic = stem;
        this.pictures = pictures;
    }

    static Table read(Path file, byte[] bytes, Pictures pictures) {
        MoodleXmlReader reader = new MoodleXmlReader(file, pictures);
        XmlTree.Element root;
        try {
            root = XmlTree.parse(bytes);
        } catch (XmlTree.Broken broken) {
            reader.notes.add(new Table.Note(broken.line, broken.getMessage(),
                    "export the questions from Moodle again, or mend the XML at this line (a & in text is written &amp;;"
                            + " a <!DOCTYPE …> line can be deleted)",
                    false));
            return new Table(Draft.HEADER, List.of(), reader.notes);
        }
        if (!root.name().equals("quiz")) {
            reader.notes.add(new Table.Note(root.line(), "the file's top element is <" + root.name()
                    + ">, not <quiz>: it is not a Moodle XML question file",
                    "export the questions from Moodle's question bank as 'Moodle XML format'", false));
            return new Table(Draft.HEADER, List.of(), reader.notes);
        }
        for (XmlTree.Element question : root.all("question")) {
            reader.question(question);
        }
        if (reader.wrongFeedbackLost > 0) {
            reader.notes.add(new Table.Note(0, "feedback on wrong answers (" + reader.wrongFeedbackLost
                    + ") is not kept: papersetter keeps one explanation per question, from the general feedback"
                    + " or the right answer's feedback", null, true));
        }
        if (reader.rows.isEmpty() && reader.notes.stream().allMatch(Table.Note::warning)) {
            reader.notes.add(new Table.Note(0, "the file holds no questions papersetter can use",
                    "export multiple-choice, true/false, short-answer or essay questions", false));
        }
        return new Table(Draft.HEADER, reader.rows, reader.notes);
    }

    private void question(XmlTree.Element q) {
        String type = q.attribute("type").toLowerCase(Locale.ROOT);
        if (type.equals("category")) {
            String category = Draft.topicFromCategory(q.textOf("category"));
            topic = category.isEmpty() ? stem : category;
            return;
        }
        number++;
        if (type.equals("description")) {
            notes.add(new Table.Note(q.line(), "a description is not a question; it is left out", null, true));
            return;
        }
        if (!Set.of("multichoice", "truefalse", "shortanswer", "essay", "numerical").contains(type)) {
            notes.add(new Table.Note(q.line(), (UNSUPPORTED.contains(type) ? "a " + type + " question"
                    : "a question of type '" + type + "'") + " has no papersetter type; it is left out",
                    "papersetter reads multichoice, truefalse, shortanswer, numerical and essay questions", true));
            return;
        }
        Draft draft = new Draft(q.line());
        String name = q.textOf("idnumber").isBlank() ? q.textOf("name") : q.textOf("idnumber");
        draft.id = Draft.idFrom(name);
        if (draft.id.isEmpty()) {
            draft.id = Draft.idFor(stem, number);
        }
        draft.topic = topic;
        XmlTree.Element questionText = q.child("questiontext").orElse(null);
        HtmlText text = questionText == null ? HtmlText.of("") : html(questionText);
        draft.question = text.text;
        draft.marks = marks(q);
        if (questionText != null) {
            draft.image = pictures.forQuestion(file, q.line(), questionText, text.pictures, notes);
            draft.alt = draft.image.isEmpty() ? "" : text.altOf(Path.of(draft.image).getFileName().toString());
        }
        List<XmlTree.Element> answers = q.all("answer");
        String general = q.child("generalfeedback").map(f -> html(f).text).orElse("");
        tags(draft, q);
        switch (type) {
            case "multichoice" -> multichoice(draft, q, answers, general);
            case "truefalse" -> trueFalse(draft, q, answers, general);
            case "shortanswer" -> shortAnswer(draft, q, answers, general);
            case "numerical" -> numerical(draft, q, answers, general);
            default -> essay(draft, q, general);
        }
    }

    /**
     * Moodle tags, where papersetter's export keeps what Moodle has no field for: level:…,
     * difficulty:…, type:short, lines:…, group:…, answer:… (a numeric answer's spelling); any other tag is a
     * papersetter tag.
     */
    private static void tags(Draft draft, XmlTree.Element q) {
        List<String> plain = new ArrayList<>();
        for (XmlTree.Element tag : q.child("tags").map(t -> t.all("tag")).orElse(List.of())) {
            String text = tag.child("text").map(t -> t.text().toString()).orElse(tag.text().toString()).strip();
            int colon = text.indexOf(':');
            String key = colon > 0 ? text.substring(0, colon) : "";
            String value = colon > 0 ? text.substring(colon + 1).strip() : text;
            switch (key) {
                case "level" -> draft.level = value;
                case "difficulty" -> draft.difficulty = value;
                case "type" -> draft.typeHint = value;
                case "lines" -> draft.lines = value;
                case "group" -> draft.group = value;
                case "answer" -> draft.answerHint = value;
                default -> {
                    if (!text.isEmpty()) {
                        plain.add(text);
                    }
                }
            }
        }
        draft.tags = String.join(";", plain);
    }

    private void multichoice(Draft draft, XmlTree.Element q, List<XmlTree.Element> answers, String general) {
        boolean single = !q.textOf("single").strip().equalsIgnoreCase("false") && !q.textOf("single").strip().equals("0");
        if (answers.size() > Draft.MAX_OPTIONS) {
            error(q.line(), "the question has " + answers.size() + " answers; a paper prints at most " + Draft.MAX_OPTIONS,
                    "split it, or keep the " + Draft.MAX_OPTIONS + " best answers");
            return;
        }
        List<String> rightFeedback = new ArrayList<>();
        int full = 0;
        for (int i = 0; i < answers.size(); i++) {
            XmlTree.Element answer = answers.get(i);
            draft.options.add(html(answer).text);
            double fraction = fraction(answer);
            String feedback = answer.child("feedback").map(f -> html(f).text).orElse("");
            if (fraction > 0) {
                draft.correct.add(i);
                if (fraction >= 100) {
                    full++;
                }
                if (!feedback.isEmpty()) {
                    rightFeedback.add(feedback);
                }
            } else if (!feedback.isEmpty()) {
                wrongFeedbackLost++;
            }
        }
        if (draft.correct.isEmpty()) {
            error(q.line(), "no answer of this question has a fraction above 0, so none is right",
                    "give the right answer fraction=\"100\" (or each right answer of a multiple-answer question its share)");
            return;
        }
        if (single && full > 1) {
            error(q.line(), "a single-answer question with " + full + " answers worth 100%",
                    "keep one right answer, or make it a multiple-answer question (<single>false</single>)");
            return;
        }
        if (single && full == 0) {
            error(q.line(), "a single-answer question whose right answer is worth less than 100%",
                    "give the right answer fraction=\"100\"");
            return;
        }
        draft.type = draft.correct.size() == 1 ? "mcq" : "multi";
        draft.answerFromCorrect();
        String shuffle = q.textOf("shuffleanswers").strip().toLowerCase(Locale.ROOT);
        draft.shuffle = shuffle.equals("0") || shuffle.equals("false") ? "false" : "";
        draft.explanation = !general.isEmpty() ? general : String.join("\n", rightFeedback);
        rows.add(draft.row());
    }

    private void trueFalse(Draft draft, XmlTree.Element q, List<XmlTree.Element> answers, String general) {
        draft.type = "truefalse";
        for (XmlTree.Element answer : answers) {
            String value = html(answer).text.strip().toLowerCase(Locale.ROOT);
            if (fraction(answer) >= 100 && (value.equals("true") || value.equals("false"))) {
                draft.answer = value;
                draft.explanation = !general.isEmpty() ? general : answer.child("feedback").map(f -> html(f).text).orElse("");
            }
        }
        if (draft.answer.isEmpty()) {
            error(q.line(), "neither 'true' nor 'false' is marked right (fraction=\"100\")",
                    "give the right one fraction=\"100\"");
            return;
        }
        rows.add(draft.row());
    }

    private void shortAnswer(Draft draft, XmlTree.Element q, List<XmlTree.Element> answers, String general) {
        List<String> accepted = new ArrayList<>();
        String feedback = "";
        for (XmlTree.Element answer : answers) {
            if (fraction(answer) >= 100) {
                accepted.add(html(answer).text.strip());
                if (feedback.isEmpty()) {
                    feedback = answer.child("feedback").map(f -> html(f).text).orElse("");
                }
            }
        }
        accepted.removeIf(String::isEmpty);
        if (accepted.isEmpty()) {
            error(q.line(), "no answer of this short-answer question is worth 100%",
                    "give the right answer fraction=\"100\"");
            return;
        }
        boolean blank = draft.question.contains("___");
        draft.type = blank ? "fill" : "short";
        draft.answer = String.join(blank ? "|" : " / ", accepted);
        draft.explanation = !general.isEmpty() ? general : feedback;
        rows.add(draft.row());
    }

    /**
     * A numerical question: its answer worth 100% with its tolerance ({@code 9.81 ±0.05}), or the spelling
     * papersetter's export kept in an {@code answer:} tag; the unit with multiplier 1. Answers worth part
     * of the marks and other units (multiples of the first) are left out with a note.
     */
    private void numerical(Draft draft, XmlTree.Element q, List<XmlTree.Element> answers, String general) {
        List<String> full = new ArrayList<>();
        String feedback = "";
        int partial = 0;
        for (XmlTree.Element answer : answers) {
            String value = html(answer).text.strip();
            if (value.equals("*")) {
                continue; // "any other answer": Moodle's catch-all, for feedback
            }
            if (fraction(answer) < 100) {
                partial++;
                continue;
            }
            String tolerance = answer.textOf("tolerance").strip();
            String written = tolerance.isEmpty() || tolerance.equals("0") ? value : value + " ±" + tolerance;
            try {
                written = papersetter.model.NumericAnswers.parse(written).written();
            } catch (papersetter.model.NumericAnswers.Problem problem) {
                error(q.line(), "the numerical answer '" + written + "': " + problem.getMessage(),
                        "give the answer as a number and its tolerance as a number");
                return;
            }
            if (!full.contains(written)) {
                full.add(written);
            }
            if (feedback.isEmpty()) {
                feedback = answer.child("feedback").map(f -> html(f).text).orElse("");
            }
        }
        if (partial > 0) {
            notes.add(new Table.Note(q.line(), "answers worth part of the marks (" + partial + ") are not kept: a"
                    + " papersetter numeric item has one range worth full marks", null, true));
        }
        if (full.isEmpty() && draft.answerHint.isEmpty()) {
            error(q.line(), "no answer of this numerical question is worth 100%", "give the right answer fraction=\"100\"");
            return;
        }
        if (full.size() > 1 && draft.answerHint.isEmpty()) {
            notes.add(new Table.Note(q.line(), "a numerical question with " + full.size() + " different answers worth"
                    + " 100% (" + String.join(", ", full.subList(0, Math.min(3, full.size())))
                    + (full.size() > 3 ? ", …" : "") + ") is left out: a papersetter numeric item accepts one"
                    + " number or range", "keep one answer, or one that holds them all with its tolerance", true));
            return;
        }
        List<XmlTree.Element> units = q.child("units").map(u -> u.all("unit")).orElse(List.of());
        for (XmlTree.Element unit : units) {
            String multiplier = unit.textOf("multiplier").strip();
            if (draft.unit.isEmpty() && (multiplier.isEmpty() || multiplier.matches("1(\\.0*)?(e0)?"))) {
                draft.unit = unit.textOf("unit_name").strip();
            }
        }
        if (units.size() > (draft.unit.isEmpty() ? 0 : 1)) {
            notes.add(new Table.Note(q.line(), "units other than the one with multiplier 1 are not kept", null, true));
        }
        draft.type = "numeric";
        // The answer: tag of papersetter's own export keeps a range or a rounding as the bank wrote it.
        draft.answer = draft.answerHint.isEmpty() ? full.get(0) : draft.answerHint;
        draft.explanation = !general.isEmpty() ? general : feedback;
        rows.add(draft.row());
    }

    private void essay(Draft draft, XmlTree.Element q, String general) {
        draft.type = draft.typeHint.equals("short") ? "short" : "long";
        String model = q.child("graderinfo").map(g -> html(g).text).orElse("");
        if (model.isEmpty()) {
            model = general;
        } else {
            draft.explanation = general;
        }
        if (model.isEmpty()) {
            model = "No model answer was given.";
            notes.add(new Table.Note(q.line(), "an essay question with no model answer (graderinfo);"
                    + " its key says 'No model answer was given.'", "add the information for graders in Moodle", true));
        }
        draft.answer = model;
        rows.add(draft.row());
    }

    /** The text of an element that holds {@code <text>} in its {@code format} (html unless it says otherwise). */
    private static HtmlText html(XmlTree.Element holder) {
        String raw = holder.child("text").map(t -> t.text().toString()).orElse(holder.text().toString());
        String format = holder.attribute("format").toLowerCase(Locale.ROOT);
        if (format.equals("plain_text") || format.equals("markdown") || format.equals("moodle_auto_format")) {
            return HtmlText.asIs(raw.strip());
        }
        return HtmlText.of(raw);
    }

    private static double fraction(XmlTree.Element answer) {
        try {
            return Double.parseDouble(answer.attribute("fraction").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String marks(XmlTree.Element q) {
        String grade = q.textOf("defaultgrade").strip();
        try {
            BigDecimal marks = new BigDecimal(grade).stripTrailingZeros();
            return marks.signum() > 0 ? marks.toPlainString() : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private void error(int line, String message, String fix) {
        notes.add(new Table.Note(line, message, fix, false));
    }

    static byte[] base64(String text) {
        return Base64.getMimeDecoder().decode(text);
    }
}

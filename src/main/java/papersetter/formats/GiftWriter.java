package papersetter.formats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import papersetter.model.Answer;
import papersetter.model.NumericAnswers;
import papersetter.model.Question;
import papersetter.model.QuestionType;

/**
 * Questions as Moodle GIFT. Level and topic become the category {@code $course$/top/LEVEL/TOPIC};
 * the id is the question's name; the explanation its general feedback; text is written as
 * {@code [markdown]} so that {@code `code`} shows as code. What GIFT cannot hold is said in {@link Losses}.
 */
final class GiftWriter {
    private GiftWriter() {
    }

    static String write(List<Question> questions, Losses losses) {
        StringBuilder out = new StringBuilder("// Written by papersetter. Import in Moodle: Question bank › Import › GIFT.\n");
        String category = null;
        for (Question q : questions) {
            if (q.type() == QuestionType.FILL && ((Answer.Blanks) q.answer()).accepted().size() > 1) {
                losses.leaveOut("fill questions with more than one blank (left out)", q.id());
                continue;
            }
            String here = "$course$/top/" + q.level() + "/" + q.topic();
            if (!here.equals(category)) {
                out.append("\n$CATEGORY: ").append(escape(here)).append('\n');
                category = here;
            }
            sayCommonLosses(q, losses, true);
            out.append("\n::").append(escape(q.id())).append("::[markdown]");
            out.append(body(q, losses)).append('\n');
        }
        return out.toString();
    }

    private static String body(Question q, Losses losses) {
        String feedback = q.explanation().isEmpty() ? "" : "####" + escape(q.explanation());
        switch (q.type()) {
            case MCQ, MULTI -> {
                Answer.Choice choice = (Answer.Choice) q.answer();
                StringBuilder block = new StringBuilder(escape(q.text())).append(" {");
                int right = choice.correct().size();
                int wrong = q.options().size() - right;
                for (int i = 0; i < q.options().size(); i++) {
                    block.append("\n  ");
                    if (q.type() == QuestionType.MCQ) {
                        block.append(choice.correct().contains(i) ? "=" : "~");
                    } else {
                        block.append("~%").append(choice.correct().contains(i) ? percent(right) : "-" + percent(wrong)).append('%');
                    }
                    block.append(escape(q.options().get(i)));
                }
                return block.append(feedback.isEmpty() ? "" : "\n  " + feedback).append("\n}").toString();
            }
            case TRUEFALSE -> {
                return escape(q.text()) + " {" + (((Answer.TrueFalse) q.answer()).value() ? "TRUE" : "FALSE") + feedback + "}";
            }
            case FILL -> {
                List<String> accepted = ((Answer.Blanks) q.answer()).accepted().get(0);
                StringBuilder answers = new StringBuilder("{");
                for (String a : accepted) {
                    answers.append('=').append(escape(a)).append(' ');
                }
                answers.setLength(answers.length() - 1);
                answers.append(feedback).append('}');
                String text = q.text();
                int blank = text.indexOf("___");
                int end = blank;
                while (end < text.length() && text.charAt(end) == '_') {
                    end++;
                }
                String before = text.substring(0, blank);
                String after = text.substring(end);
                if (after.isBlank()) {
                    return escape(text) + " " + answers; // the blank stays in the text, so it reads back as fill
                }
                return escape(before) + answers + escape(after);
            }
            case NUMERIC -> {
                return escape(q.text()) + " {#" + numeric(q, losses) + feedback + "}";
            }
            default -> {
                if (q.type() == QuestionType.SHORT) {
                    losses.add("short-answer questions as such (written as essays, read back as long)", q.id());
                }
                if (!q.explanation().isEmpty()) {
                    losses.add("an explanation beside a model answer (the model answer is kept as general feedback)", q.id());
                }
                return escape(q.text()) + " {####" + escape(((Answer.Model) q.answer()).text()) + "}";
            }
        }
    }

    /**
     * A numeric answer as GIFT writes one: {@code 9.81:0.05}, {@code 9.76..9.86} or {@code 42}. A percentage
     * becomes the tolerance it gives; a rounding the range it accepts, whose upper end Moodle then accepts too.
     */
    private static String numeric(Question q, Losses losses) {
        Answer.Numeric numeric = (Answer.Numeric) q.answer();
        NumericAnswers.Accepted accepted = numeric.accepted();
        if (!numeric.unit().isEmpty()) {
            losses.add("units of numeric questions (GIFT has none)", q.id());
        }
        return switch (accepted.form()) {
            case EXACT -> NumericAnswers.bank(accepted.value());
            case TOLERANCE -> NumericAnswers.bank(accepted.value()) + ":" + NumericAnswers.bank(accepted.margin());
            case PERCENT -> {
                losses.add("percentage tolerances (written as the tolerance they give)", q.id());
                yield NumericAnswers.bank(accepted.value()) + ":"
                        + NumericAnswers.bank(accepted.high().subtract(accepted.value()));
            }
            case RANGE -> NumericAnswers.bank(accepted.low()) + ".." + NumericAnswers.bank(accepted.high());
            case FIGURES, PLACES -> {
                losses.add("answers rounded to significant figures or decimal places (written as the range they"
                        + " accept, its upper end included)", q.id());
                yield NumericAnswers.bank(accepted.low()) + ".." + NumericAnswers.bank(accepted.high());
            }
        };
    }

    static void sayCommonLosses(Question q, Losses losses, boolean levelInCategory) {
        if (levelInCategory && !q.level().equals(Draft.DEFAULT_LEVEL)) {
            losses.add("levels (kept only in the category path; read back as level general)", q.id());
        }
        if (q.marks().compareTo(BigDecimal.ONE) != 0) {
            losses.add("marks other than 1", q.id());
        }
        if (q.difficulty() != 0) {
            losses.add("difficulty", q.id());
        }
        if (!q.tags().isEmpty()) {
            losses.add("tags", q.id());
        }
        if (!q.shuffleOptions()) {
            losses.add("shuffle=false", q.id());
        }
        if (q.lines() != 0) {
            losses.add("answer lines", q.id());
        }
        if (q.image().isPresent()) {
            losses.add("pictures", q.id());
        }
        if (!q.group().isEmpty()) {
            losses.add("groups", q.id());
        }
    }

    /** Moodle takes only certain percentages; 100 split evenly among up to 8 options is one of them. */
    static String percent(int among) {
        BigDecimal value = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(Math.max(1, among)), 5,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return value.toPlainString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("~=#{}:\\".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

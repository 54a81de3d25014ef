package papersetter.formats;

import java.util.List;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;

/** Questions as Aiken: only one-answer multiple choice, and nothing but the text, options and letter. */
final class AikenWriter {
    private AikenWriter() {
    }

    static String write(List<Question> questions, Losses losses) {
        StringBuilder out = new StringBuilder();
        for (Question q : questions) {
            if (q.type() != QuestionType.MCQ) {
                losses.leaveOut(q.type().label() + " questions (left out: Aiken holds only one-answer multiple choice)", q.id());
                continue;
            }
            losses.add("ids, levels and topics (read back as the file's name and the question's number)", q.id());
            if (!q.explanation().isEmpty()) {
                losses.add("explanations", q.id());
            }
            GiftWriter.sayCommonLosses(q, losses, false);
            // An Aiken question is its lines up to the first option: a blank line inside would end nothing, but keep it tidy.
            out.append(q.text().replaceAll("\n\\s*\n", "\n")).append('\n');
            for (int i = 0; i < q.options().size(); i++) {
                String option = q.options().get(i);
                if (option.contains("\n")) {
                    losses.add("options on several lines (joined into one)", q.id());
                    option = option.replaceAll("\\s*\n\\s*", " ");
                }
                out.append((char) ('A' + i)).append(". ").append(option).append('\n');
            }
            int right = ((Answer.Choice) q.answer()).correct().first();
            out.append("ANSWER: ").append((char) ('A' + right)).append("\n\n");
        }
        return out.toString();
    }
}

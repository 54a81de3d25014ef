package papersetter.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import papersetter.model.Answer;
import papersetter.model.Question;

/** Questions as the rows of a papersetter bank (CSV or workbook), the form {@code BankReader} reads back. */
final class BankRows {
    static final List<String> HEADER = List.of("id", "level", "topic", "type", "question", "option_a", "option_b",
            "option_c", "option_d", "option_e", "option_f", "option_g", "option_h", "answer", "marks", "explanation",
            "difficulty", "tags", "shuffle", "lines", "image", "group", "unit");

    private BankRows() {
    }

    /** The row of a question; {@code pictures} says where each question's picture is written, relative to the bank. */
    static List<String> row(Question q, Map<Path, String> pictures) {
        List<String> cells = new ArrayList<>(List.of(q.id(), q.level(), q.topic(), q.type().label(), q.text()));
        for (int i = 0; i < 8; i++) {
            cells.add(i < q.options().size() ? q.options().get(i) : "");
        }
        cells.add(answer(q.answer()));
        cells.add(q.marks().stripTrailingZeros().toPlainString());
        cells.add(q.explanation());
        cells.add(q.difficulty() == 0 ? "" : Integer.toString(q.difficulty()));
        cells.add(String.join(";", q.tags()));
        cells.add(q.shuffleOptions() ? "" : "false");
        cells.add(q.lines() == 0 ? "" : Integer.toString(q.lines()));
        cells.add(q.image().map(p -> pictures.getOrDefault(p, "")).orElse(""));
        cells.add(q.group());
        cells.add(q.answer() instanceof Answer.Numeric numeric ? numeric.unit() : "");
        return cells;
    }

    static String answer(Answer answer) {
        if (answer instanceof Answer.Choice choice) {
            return choice.correct().stream().map(i -> String.valueOf((char) ('A' + i))).collect(Collectors.joining(";"));
        }
        if (answer instanceof Answer.TrueFalse trueFalse) {
            return Boolean.toString(trueFalse.value());
        }
        if (answer instanceof Answer.Blanks blanks) {
            return blanks.accepted().stream().map(a -> String.join("|", a)).collect(Collectors.joining(";"));
        }
        if (answer instanceof Answer.Numeric numeric) {
            return numeric.written();
        }
        return ((Answer.Model) answer).text();
    }
}

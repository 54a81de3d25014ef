package papersetter.marking;

import java.math.BigDecimal;
import java.util.Map;
import papersetter.model.Paper;

/**
 * One student's marked paper.
 *
 * @param marks each bank item on the student's paper, by id, with how it was answered and scored
 * @param raw the sum of the items' marks (what the statistics use)
 * @param score the total, never below 0
 */
record Student(int line, String roll, String name, Paper paper, Map<String, Scorer.Mark> marks, BigDecimal raw,
        BigDecimal score) {
    Student {
        marks = Map.copyOf(marks);
    }

    /** The student with the total of these marks, held at 0. */
    static Student of(int line, String roll, String name, Paper paper, Map<String, Scorer.Mark> marks) {
        BigDecimal raw = papersetter.model.Marks.sum(marks.values().stream().map(Scorer.Mark::marks).toList());
        return new Student(line, roll, name, paper, marks, raw, raw.max(BigDecimal.ZERO));
    }

    BigDecimal outOf() {
        return paper.totalMarks();
    }

    double percent() {
        return outOf().signum() == 0 ? 0 : score.doubleValue() * 100 / outOf().doubleValue();
    }
}

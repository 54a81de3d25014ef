package papersetter.marking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import papersetter.model.Letters;
import papersetter.model.Question;
import papersetter.output.SpreadsheetCsv;

/**
 * {@code results.csv} and {@code items.csv}, written as a spreadsheet opens them safely
 * ({@link SpreadsheetCsv}). Items go in bank order and options in bank letters, so the columns
 * mean the same in every set.
 */
final class MarksFiles {
    private MarksFiles() {
    }

    /**
     * One row per student: roll, name, set, score (never below 0), out of, percent, then for each
     * bank item its printed number on the student's paper, the answer (bank letters for options) and
     * the marks; the three are empty for an item the student's set did not have.
     */
    static byte[] results(List<Student> students, List<Question> items) {
        List<String> header = new ArrayList<>(List.of("roll", "name", "set", "score", "out of", "percent"));
        for (Question item : items) {
            header.add(item.id() + " number");
            header.add(item.id() + " answer");
            header.add(item.id() + " marks");
        }
        SpreadsheetCsv csv = new SpreadsheetCsv(header.toArray(String[]::new));
        for (Student student : students) {
            List<Object> row = new ArrayList<>(List.of(student.roll(), student.name(), student.paper().set(),
                    student.score(), student.outOf(), percent(student)));
            for (Question item : items) {
                Scorer.Mark mark = student.marks().get(item.id());
                if (mark == null) {
                    row.addAll(List.of("", "", ""));
                } else {
                    int number = student.paper().items().stream().filter(i -> i.question().id().equals(item.id()))
                            .findFirst().orElseThrow().number();
                    row.addAll(List.of(BigDecimal.valueOf(number), mark.response(), mark.marks()));
                }
            }
            csv.row(row);
        }
        return csv.bytes();
    }

    private static Object percent(Student student) {
        if (student.outOf().signum() == 0) {
            return "";
        }
        return student.score().multiply(BigDecimal.valueOf(100)).divide(student.outOf(), 1, RoundingMode.HALF_UP);
    }

    /**
     * One row per bank item: id, type, marks, students who had it, facility, point-biserial,
     * upper-lower, the share choosing each option A… (bank letters), the share leaving it blank, and
     * the flags.
     */
    static byte[] items(List<ItemStat> stats) {
        int options = stats.stream().mapToInt(s -> s.optionShares().size()).max().orElse(0);
        List<String> header = new ArrayList<>(List.of("id", "type", "marks", "students", "facility", "point-biserial",
                "upper-lower"));
        for (int option = 0; option < options; option++) {
            header.add("chose " + Letters.of(option));
        }
        header.add("blank");
        header.add("flags");
        SpreadsheetCsv csv = new SpreadsheetCsv(header.toArray(String[]::new));
        for (ItemStat stat : stats) {
            List<Object> row = new ArrayList<>(List.of(stat.question().id(), stat.question().type().label(),
                    stat.question().marks(), BigDecimal.valueOf(stat.students()), share(stat.facility()),
                    share(stat.pointBiserial()), share(stat.upperLower())));
            for (int option = 0; option < options; option++) {
                row.add(option < stat.optionShares().size() ? share(stat.optionShares().get(option)) : "");
            }
            row.add(share(stat.blank()));
            row.add(String.join("; ", stat.flags()));
            csv.row(row);
        }
        return csv.bytes();
    }

    /** Three decimals, as a number; empty when it could not be worked. */
    static Object share(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP) : "";
    }
}

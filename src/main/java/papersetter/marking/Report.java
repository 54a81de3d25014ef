package papersetter.marking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import papersetter.model.Marks;
import papersetter.model.Question;

/**
 * The class's numbers and each item's statistics, and the one-page summary of them. Statistics use
 * each student's total before it is held at 0 (a penalty is part of how the student did).
 *
 * @param kr20 over the items every student's paper had (all of them unless sets hold different questions)
 */
record Report(int students, String outOf, double mean, double median, double sd, double min, double max, double kr20,
        int kr20Items, List<ItemStat> items) {

    static Report of(List<Student> students, List<Question> items) {
        double[] scores = students.stream().mapToDouble(s -> s.score().doubleValue()).toArray();
        List<ItemStat> stats = new ArrayList<>();
        List<Question> common = new ArrayList<>();
        for (Question question : items) {
            List<Student> had = students.stream().filter(s -> s.marks().containsKey(question.id())).toList();
            double[] totals = had.stream().mapToDouble(s -> s.raw().doubleValue()).toArray();
            stats.add(ItemStat.of(question, had, totals));
            if (had.size() == students.size()) {
                common.add(question);
            }
        }
        int[][] right = new int[students.size()][common.size()];
        for (int s = 0; s < students.size(); s++) {
            for (int i = 0; i < common.size(); i++) {
                right[s][i] = students.get(s).marks().get(common.get(i).id()).right() ? 1 : 0;
            }
        }
        String outOf = String.join(" or ", students.stream().map(s -> Marks.format(s.outOf())).distinct().sorted()
                .toList());
        return new Report(students.size(), outOf, Statistics.mean(scores), Statistics.median(scores),
                Statistics.sampleSd(scores), min(scores), max(scores), Statistics.kr20(right), common.size(), stats);
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(Double.NaN);
    }

    String summary(Path run, MarkRequest request, Scoring scoring, List<String> notes) {
        StringBuilder text = new StringBuilder();
        text.append("Marked ").append(run).append(" from ").append(request.responses()).append('\n');
        text.append(String.format(Locale.ROOT, "  students    %d%n", students));
        text.append(String.format(Locale.ROOT, "  out of      %s%n", outOf.isEmpty() ? "–" : outOf));
        text.append(String.format(Locale.ROOT, "  mean        %s%n", number(mean)));
        text.append(String.format(Locale.ROOT, "  median      %s%n", number(median)));
        text.append(String.format(Locale.ROOT, "  std. dev.   %s%n", number(sd)));
        text.append(String.format(Locale.ROOT, "  range       %s to %s%n", number(min), number(max)));
        text.append(String.format(Locale.ROOT, "  KR-20       %s%s%n", number(kr20),
                Double.isNaN(kr20) ? " (needs 2 or more students and items, and scores that differ)"
                        : kr20Items < items.size() ? " (over the " + kr20Items + " items every paper had)" : ""));
        text.append("  scoring     multi ").append(scoring.partialMulti() ? "partial credit" : "all or nothing")
                .append(!scoring.negative() ? ", no negative marking" : ", wrong answers " + penalties(scoring))
                .append('\n');
        if (!request.rekeys().isEmpty()) {
            text.append("  keys corrected: ").append(String.join(", ", request.rekeys())).append('\n');
        }
        List<ItemStat> flagged = items.stream().filter(item -> !item.flags().isEmpty()).toList();
        text.append(flagged.isEmpty() ? "No items flagged.\n" : "Flagged items (" + flagged.size() + "):\n");
        for (ItemStat item : flagged) {
            text.append(String.format(Locale.ROOT, "  %-16s facility %s, discrimination %s: %s%n", item.question().id(),
                    number(item.facility()), number(item.pointBiserial()), String.join("; ", item.flags())));
        }
        notes.forEach(note -> text.append("Note: ").append(note).append('\n'));
        text.append("Results per student: ").append(run.resolve(MarksFolder.NAME).resolve("results.csv"))
                .append("; per item: items.csv.\n");
        return text.toString();
    }

    private static String penalties(Scoring scoring) {
        if (!scoring.byItem().isEmpty()) {
            return "lose their share of the item's marks as " + scoring.source();
        }
        List<String> parts = new ArrayList<>();
        for (papersetter.model.QuestionType type : papersetter.model.QuestionType.values()) {
            if (scoring.penalties().containsKey(type)) {
                parts.add(type.label() + " " + Marks.format(scoring.penalties().get(type)));
            }
        }
        return String.join(", ", parts) + " × the item's marks (" + scoring.source() + ")";
    }

    /** Two decimals, or "–" when a number could not be worked. */
    static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "–";
    }

    static String marks(double value) {
        return Double.isFinite(value) ? Marks.format(java.math.BigDecimal.valueOf(value)) : "";
    }
}

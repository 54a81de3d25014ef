package papersetter.marking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import papersetter.model.Marks;
import papersetter.model.Question;

/**
 * The class's numbers and each item's statistics, and the one-page summary of them. The class's
 * numbers (mean, median, spread, range) are of the scores as given, never below 0; the item
 * statistics use each student's total before it is held at 0 (a penalty is part of how the student did).
 *
 * @param kr20 over the items every student's paper had (all of them unless sets hold different questions)
 */
record Report(int students, String outOf, double mean, double median, double sd, double min, double max, double kr20,
        int kr20Items, java.util.Map<String, Double> kr20BySet, List<ItemStat> items) {

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
        // Sets with different questions share too few items for one KR-20: each set gets its own.
        java.util.Map<String, Double> bySet = new java.util.TreeMap<>(java.util.Comparator
                .comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder()));
        if (common.size() < 2) {
            java.util.Map<String, List<Student>> sets = new java.util.LinkedHashMap<>();
            students.forEach(s -> sets.computeIfAbsent(s.paper().set(), k -> new ArrayList<>()).add(s));
            sets.forEach((set, members) -> bySet.put(set, Statistics.kr20(rightOrNot(members,
                    members.get(0).paper().items().stream().map(papersetter.model.PaperItem::question).toList()))));
        }
        String outOf = String.join(" or ", students.stream().map(s -> Marks.format(s.outOf())).distinct().sorted()
                .toList());
        return new Report(students.size(), outOf, Statistics.mean(scores), Statistics.median(scores),
                Statistics.sampleSd(scores), min(scores), max(scores), Statistics.kr20(rightOrNot(students, common)),
                common.size(), bySet, stats);
    }

    /** 1 where a student got an item fully right, 0 otherwise. */
    private static int[][] rightOrNot(List<Student> students, List<Question> items) {
        int[][] right = new int[students.size()][items.size()];
        for (int s = 0; s < students.size(); s++) {
            for (int i = 0; i < items.size(); i++) {
                right[s][i] = students.get(s).marks().get(items.get(i).id()).right() ? 1 : 0;
            }
        }
        return right;
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
        if (!kr20BySet.isEmpty()) {
            List<String> parts = new ArrayList<>();
            kr20BySet.forEach((set, value) -> parts.add(set + " " + number(value)));
            text.append("  KR-20       by set (the sets hold different questions): ").append(String.join(", ", parts))
                    .append('\n');
        } else {
            text.append(String.format(Locale.ROOT, "  KR-20       %s%s%n", number(kr20),
                Double.isNaN(kr20) ? " (needs 2 or more students and items, and scores that differ)"
                        : kr20Items < items.size() ? " (over the " + kr20Items + " items every paper had)" : ""));
        }
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
                .append("; per item: items.csv; charts and tables: report.pdf.\n");
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

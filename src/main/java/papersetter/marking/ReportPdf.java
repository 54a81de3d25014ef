package papersetter.marking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import papersetter.bank.BankProblem;
import papersetter.model.Answer;
import papersetter.model.BadInputException;
import papersetter.model.Marks;
import papersetter.model.NaturalOrder;
import papersetter.output.Manifest;
import papersetter.render.FontCoverage;
import papersetter.render.Layout;
import papersetter.render.Layouts;
import papersetter.render.MarksReport;
import papersetter.render.ReportRenderer;

/**
 * {@code marks/report.pdf}: the marking's numbers handed to the report's renderer, the class sorted
 * by roll number (as a register lists it: numbers by value, {@code 2} before {@code 10}).
 */
final class ReportPdf {
    static final String ORDER = "sorted by roll number";

    private ReportPdf() {
    }

    /** @param layout the run's layout: the report takes its page size and fonts */
    static byte[] write(String run, String title, Report report, List<Student> students, Scoring scoring,
            List<String> rekeys, Path responses, Layout layout) {
        checkPrintable(students, responses, layout);
        return ReportRenderer.pdf(of(run, title, report, students, scoring, rekeys), layout);
    }

    /**
     * The layout the run was printed in, as its manifest names it, for the report's page size and
     * fonts; the exam layout, with a note, when it cannot be read now (a layout file since moved).
     */
    static Layout layout(Manifest manifest, List<String> notes) {
        Manifest.Options options = manifest.request();
        String source = options == null ? null
                : options.layoutSource() != null ? options.layoutSource() : options.layout();
        if (source == null || source.isBlank()) {
            return Layout.DEFAULTS;
        }
        try {
            return Layouts.load(source);
        } catch (BadInputException e) {
            notes.add("the run's layout " + source + " could not be read (" + e.getMessage() + "): report.pdf is set"
                    + " on the exam layout's page, in its fonts.");
            return Layout.DEFAULTS;
        }
    }

    static MarksReport of(String run, String title, Report report, List<Student> students, Scoring scoring,
            List<String> rekeys) {
        double outOf = students.stream().mapToDouble(s -> s.outOf().doubleValue()).max().orElse(0);
        List<MarksReport.Fact> facts = new ArrayList<>();
        facts.add(new MarksReport.Fact("Students", String.valueOf(report.students()), ""));
        facts.add(new MarksReport.Fact("Out of", report.outOf().isEmpty() ? "–" : report.outOf(),
                report.outOf().contains(" or ") ? "the sets' papers differ in marks" : ""));
        facts.add(new MarksReport.Fact("Mean", Report.number(report.mean()), percentOf(report.mean(), outOf)));
        facts.add(new MarksReport.Fact("Median", Report.number(report.median()), percentOf(report.median(), outOf)));
        facts.add(new MarksReport.Fact("Spread (std. dev.)", Report.number(report.sd()),
                "the sample's standard deviation, as a spreadsheet's STDEV gives it"));
        facts.add(new MarksReport.Fact("Range", Report.number(report.min()) + " to " + Report.number(report.max()),
                "lowest and highest score"));
        if (!report.kr20BySet().isEmpty()) {
            List<String> parts = new ArrayList<>();
            report.kr20BySet().forEach((set, value) -> parts.add(set + " " + Report.number(value)));
            facts.add(new MarksReport.Fact("KR-20", String.join(", ", parts),
                    "reliability by set: the sets hold different questions"));
        } else {
            facts.add(new MarksReport.Fact("KR-20", Report.number(report.kr20()), Double.isNaN(report.kr20())
                    ? "needs 2 or more students and items, and scores that differ"
                    : "reliability, 0 to 1: a classroom test usually aims for 0.7 or more"
                            + (report.kr20Items() < report.items().size()
                                    ? " (over the " + report.kr20Items() + " items every paper had)" : "")));
        }
        facts.add(new MarksReport.Fact("Scoring", "multi " + (scoring.partialMulti() ? "partial credit"
                : "all or nothing"), scoring.negative() ? "wrong answers cost marks (" + scoring.source() + ")"
                        : "no negative marking"));
        if (!rekeys.isEmpty()) {
            facts.add(new MarksReport.Fact("Keys corrected", String.valueOf(rekeys.size()), String.join(", ", rekeys)));
        }
        long flagged = report.items().stream().filter(item -> !item.flags().isEmpty()).count();
        facts.add(new MarksReport.Fact("Flagged items", flagged + " of " + report.items().size(),
                flagged == 0 ? "" : "see the item chart and the item table"));

        List<MarksReport.Item> items = new ArrayList<>();
        int options = 0;
        for (ItemStat stat : report.items()) {
            List<Integer> key = stat.question().answer() instanceof Answer.Choice choice
                    ? List.copyOf(choice.correct()) : List.of();
            items.add(new MarksReport.Item(stat.question().id(), stat.question().type().label(), stat.students(),
                    stat.facility(), stat.pointBiserial(), stat.upperLower(), stat.optionShares(), key, stat.blank(),
                    stat.flags()));
            options = Math.max(options, stat.optionShares().size());
        }
        List<MarksReport.Student> rows = new ArrayList<>();
        for (Student student : byRoll(students)) {
            rows.add(new MarksReport.Student(student.roll(), student.name(), student.paper().set(),
                    Marks.format(student.score()) + " / " + Marks.format(student.outOf()), percent(student)));
        }
        double[] scores = students.stream().mapToDouble(s -> s.score().doubleValue()).toArray();
        return new MarksReport(run, title, facts, scores, outOf, options, items, rows, ORDER);
    }

    /** Roll numbers in register order: runs of digits compared by value, the rest as text. */
    static List<Student> byRoll(List<Student> students) {
        return students.stream().sorted(Comparator.comparing(Student::roll, NaturalOrder.TEXT)).toList();
    }

    private static String percent(Student student) {
        if (student.outOf().signum() == 0) {
            return "–";
        }
        return student.score().multiply(BigDecimal.valueOf(100)).divide(student.outOf(), 1, RoundingMode.HALF_UP)
                .toPlainString() + " %";
    }

    private static String percentOf(double value, double outOf) {
        return Double.isFinite(value) && outOf > 0
                ? String.format(java.util.Locale.ROOT, "%.1f %% of %s", 100 * value / outOf, Report.marks(outOf)) : "";
    }

    /**
     * Every character of the class's names and rolls must print in the report (the papers' fonts
     * print them); one that no font has stops the marking, naming the line of the responses file.
     */
    private static void checkPrintable(List<Student> students, Path responses, Layout layout) {
        List<FontCoverage.Place> places = new ArrayList<>();
        for (Student student : students) {
            places.add(new FontCoverage.Place(responses, student.line(), "roll", student.roll()));
            places.add(new FontCoverage.Place(responses, student.line(), "name", student.name()));
        }
        List<BankProblem> problems = FontCoverage.check(layout, List.of(), places);
        if (!problems.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (BankProblem problem : problems) {
                lines.add(problem.file() + (problem.line() > 0 ? ":" + problem.line() : "")
                        + (problem.column() == null ? "" : ": column '" + problem.column() + "'") + ": "
                        + problem.message());
            }
            throw new BadInputException("marks/report.pdf could not print every character of the class list:\n  "
                    + String.join("\n  ", lines) + "\nRetype those names or rolls in " + responses
                    + " without the character (or with one a font prints), then mark again. Nothing was written.");
        }
    }
}

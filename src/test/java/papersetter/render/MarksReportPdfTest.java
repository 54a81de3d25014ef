package papersetter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jfree.data.statistics.SimpleHistogramDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.PageWords;
import papersetter.testing.PdfChecks;
import papersetter.testing.PdfText;
import papersetter.testing.VeraPdf;

/**
 * {@code marks/report.pdf} read back with PDFBox, for a class of 300 students (names in Hindi,
 * Arabic, Chinese and Latin letters) and 200 items: every student and item is in the text layer,
 * inside the page and clear of the footer and of each other; the tables run over pages with their
 * header row on each; the histogram's bars are the class's scores; the charts are drawn.
 */
class MarksReportPdfTest {
    private static final String[][] FIRST = {{"अनिल", "सुनीता", "राहुल", "प्रिया", "विक्रम"},
        {"فاطمة", "محمد", "ليلى", "يوسف", "مريم"}, {"王", "李", "张", "刘", "陈"},
        {"Zoë", "José", "Ngozi", "Åsa", "Liam"}};
    private static final String[][] LAST = {{"कुमार", "शर्मा", "वर्मा", "गुप्ता", "सिंह"},
        {"الزهراء", "العلي", "حسن", "ناصر", "خليل"}, {"小明", "娜", "伟", "芳", "静"},
        {"Müller", "García", "Okafor", "Ström", "O'Neil"}};

    @TempDir
    static Path out;
    static MarksReport report;
    static Path pdf;
    static List<PageWords.Page> pages;

    @BeforeAll
    static void render() throws IOException {
        Random random = new Random(15);
        List<MarksReport.Student> students = new ArrayList<>();
        double[] scores = new double[300];
        for (int s = 0; s < 300; s++) {
            int script = s % 4;
            String name = script == 2 ? FIRST[2][s / 4 % 5] + LAST[2][s / 20 % 5]
                    : FIRST[script][s / 4 % 5] + " " + LAST[script][s / 20 % 5];
            // Half marks now and then, and the odd full score.
            double score = Math.min(200, Math.round(random.nextGaussian() * 30 + 120) + (s % 7 == 0 ? 0.5 : 0));
            scores[s] = score;
            students.add(new MarksReport.Student(String.format("R%04d", s + 1), name, String.valueOf((char) ('A' + s % 3)),
                    number(score) + " / 200", String.format(java.util.Locale.ROOT, "%.1f %%", score / 2)));
        }
        List<MarksReport.Item> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double facility = random.nextDouble();
            double discrimination = random.nextDouble() * 1.2 - 0.3;
            List<String> flags = discrimination < 0 ? List.of("negative discrimination")
                    : i % 17 == 0 ? List.of("distractors C, D chosen by nobody") : List.of();
            items.add(new MarksReport.Item(String.format("BANK-%03d", i + 1), "mcq", 300, facility, discrimination,
                    discrimination * 0.9, List.of(facility, (1 - facility) / 3, (1 - facility) / 3, (1 - facility) / 3),
                    List.of(0), 0, flags));
        }
        List<MarksReport.Fact> facts = List.of(new MarksReport.Fact("Students", "300", ""),
                new MarksReport.Fact("KR-20", "0.91", "reliability"));
        report = new MarksReport("big-run-seed15", "Big test", facts, scores, 200, 4, items, students,
                "sorted by roll number");
        pdf = out.resolve("report.pdf");
        Files.write(pdf, ReportRenderer.pdf(report));
        pages = PageWords.read(pdf);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    @Test
    void everyStudentAndItemIsInTheTextLayer() {
        String text = PdfText.compact(PdfText.text(pdf));
        List<String> missing = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (MarksReport.Student student : report.students()) {
            if (!text.contains(student.roll() + PdfText.compact(student.name()))
                    && !text.contains(PdfText.compact(student.name()))) {
                missing.add(student.roll() + " " + student.name());
            }
            names.merge(PdfText.compact(student.name()), 1, Integer::sum);
            if (!text.contains(student.roll())) {
                missing.add(student.roll());
            }
        }
        // Each name printed as often as the class holds it (names repeat in a class of 300).
        names.forEach((name, times) -> {
            int found = (text.length() - text.replace(name, "").length()) / name.length();
            if (found < times) {
                missing.add(name + " printed " + found + " times, the class has " + times);
            }
        });
        for (MarksReport.Item item : report.items()) {
            if (!text.contains(item.id())) {
                missing.add(item.id());
            }
        }
        assertThat(missing).isEmpty();
        assertThat(text).contains("Flagged:negativediscrimination").contains("30students".replace("30", "300"));
    }

    @Test
    void theClassListIsInRollOrder() {
        String text = PdfText.text(pdf);
        int last = -1;
        for (MarksReport.Student student : report.students()) {
            int at = text.indexOf(student.roll());
            assertThat(at).as(student.roll()).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void tablesRunOverPagesWithTheirHeaderOnEach() {
        assertThat(pages).hasSizeGreaterThan(8);
        int itemPages = 0;
        int classPages = 0;
        for (PageWords.Page page : pages) {
            String words = String.join(" ", page.words().stream().map(PageWords.Word::text).toList());
            boolean items = words.matches(".*BANK-\\d{3}.*");
            boolean students = words.matches(".*R\\d{4}.*");
            if (items) {
                itemPages++;
                assertThat(words).as("page %d", page.number()).contains("Facility", "Point-", "biserial", "Blank");
            }
            if (students) {
                classPages++;
                assertThat(words).as("page %d", page.number()).contains("Roll", "Name", "Set", "Score", "Percent");
            }
        }
        assertThat(itemPages).isGreaterThan(2);
        assertThat(classPages).isGreaterThan(2);
    }

    /**
     * Every word inside the page, 10 mm from its edges, clear of every other word, and above the
     * footer: the footer's line is the one with "Page n of m", and nothing else reaches down to it.
     */
    @Test
    void everyWordIsOnThePageAndClearOfTheFooter() {
        assertThat(PageWords.problems(pages)).isEmpty();
        for (PageWords.Page page : pages) {
            String pageNumber = "Page " + page.number() + " of " + pages.size();
            int footerLine = -1;
            for (int l = 0; l < page.lines().size(); l++) {
                if (page.lines().get(l).contains(pageNumber)) {
                    footerLine = l;
                }
            }
            assertThat(footerLine).as("page %d has its footer", page.number()).isNotNegative();
            int line = footerLine;
            float footerTop = (float) page.words().stream().filter(w -> w.line() == line)
                    .mapToDouble(PageWords.Word::top).min().orElseThrow();
            List<String> low = new ArrayList<>();
            for (PageWords.Word word : page.words()) {
                boolean footer = word.top() >= footerTop - 1 && (word.text().matches("Page|of|\\d+|Marks|report|·|Big|test")
                        || word.text().equals("big-run-seed15"));
                if (!footer && word.bottom() > footerTop - 2) {
                    low.add(word.text() + " at " + word.bottom());
                }
            }
            assertThat(low).as("page %d: words reaching the footer at %s", page.number(), footerTop).isEmpty();
        }
    }

    /** The bars are the class's scores, counted here from the scores, not by the chart's own code. */
    @Test
    void theHistogramsBarsAreTheScores() {
        ReportCharts.Chart histogram = ReportRenderer.charts(report).get(0);
        XYDataset data = histogram.chart().getXYPlot().getDataset();
        assertThat(data).isInstanceOf(SimpleHistogramDataset.class);
        SimpleHistogramDataset bars = (SimpleHistogramDataset) data;
        int total = 0;
        for (int bar = 0; bar < bars.getItemCount(0); bar++) {
            double from = bars.getStartXValue(0, bar);
            double to = bars.getEndXValue(0, bar);
            int expected = 0;
            for (double score : report.scores()) {
                if (score >= from && score < to) {
                    expected++;
                }
            }
            assertThat(bars.getYValue(0, bar)).as("bar %s to %s", from, to).isEqualTo(expected);
            total += expected;
        }
        assertThat(total).isEqualTo(300);
        // 200 marks in bars 10 wide: each bar centred on a multiple of 10, from 0 to 200.
        assertThat(bars.getItemCount(0)).isEqualTo(21);
        assertThat(bars.getStartXValue(0, 0)).isEqualTo(-5.0);
        assertThat(histogram.alt()).startsWith("Score histogram: 300 students, scores from");
    }

    @Test
    void theItemChartMarksTheFlaggedItems() {
        ReportCharts.Chart chart = ReportRenderer.charts(report).get(1);
        XYDataset data = chart.chart().getXYPlot().getDataset();
        long flagged = report.items().stream().filter(MarksReport.Item::flagged).count();
        assertThat(data.getItemCount(1)).isEqualTo((int) flagged);
        assertThat(data.getItemCount(0) + data.getItemCount(1)).isEqualTo(200);
        assertThat(chart.chart().getXYPlot().getAnnotations()).hasSize((int) flagged);
        assertThat(chart.alt()).contains("flagged items: BANK-");
    }

    /** The first page, rendered: the histogram's bars and the chart's red squares are there to see. */
    @Test
    void theChartsAreDrawn() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            int bars = 0;
            int red = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y) & 0xFFFFFF;
                    bars += near(rgb, 0x4A6FA5) ? 1 : 0;
                    red += near(rgb, 0xC01C1C) ? 1 : 0;
                }
            }
            assertThat(bars).as("pixels of the histogram's bars").isGreaterThan(2000);
            assertThat(red).as("pixels of flagged items' squares").isGreaterThan(100);
        }
    }

    @Test
    void chartsAreFiguresAndTablesAreTables() {
        List<String> types = PdfChecks.structureTypes(pdf);
        assertThat(types.stream().filter("Figure"::equals).count()).isEqualTo(2);
        assertThat(types).contains("H1", "H2", "Table", "TR", "TH", "TD");
        assertThat(PdfChecks.untaggedContent(pdf)).isEmpty();
        assertThat(PdfChecks.qpdfProblems(pdf)).isEmpty();
        assertThat(PdfChecks.fonts(pdf)).allMatch(font -> font.endsWith("(embedded)"));
        assertThat(VeraPdf.pdfUa1Failures(pdf)).isEmpty();
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(ReportRenderer.pdf(report)).isEqualTo(ReportRenderer.pdf(report));
    }

    private static boolean near(int rgb, int colour) {
        return Math.abs((rgb >> 16) - (colour >> 16)) < 12 && Math.abs((rgb >> 8 & 0xFF) - (colour >> 8 & 0xFF)) < 12
                && Math.abs((rgb & 0xFF) - (colour & 0xFF)) < 12;
    }
}

package papersetter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import papersetter.testing.Cli;
import papersetter.testing.PageWords;
import papersetter.testing.PdfText;

/**
 * A numeric item is printed with a box to write the number in and its unit beside the box: read
 * back with PDFBox, in every shipped layout, each unit stands just right of its own box, on the
 * box's middle, the box and the unit inside the page and clear of the footer, no word printed over
 * a box; a revision sheet prints the answer accepted instead of the box.
 */
class NumericAnswerBoxTest {
    private static final List<String> UNITS = List.of("m/s²", "kg", "mol⁻¹", "km/h", "Ω", "kg·m²/s²");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"exam", "worksheet", "compact", "large-print"})
    void eachUnitStandsBesideItsOwnBoxInsideThePage(String layout) throws IOException {
        Path bank = dir.resolve("numbers.csv");
        StringBuilder csv = new StringBuilder("id,level,topic,type,question,answer,unit,marks\n");
        for (int i = 0; i < UNITS.size(); i++) {
            csv.append("N").append(i + 1).append(",l,t,numeric,\"How much is quantity ").append(i + 1)
                    .append(", worked out from the data? Give your answer to 3 significant figures.\",")
                    .append("9.81 (3 s.f.),").append(UNITS.get(i)).append(",2\n");
        }
        csv.append("N7,l,t,numeric,How many?,42,,1\n");
        // Enough items that boxes fall at page and column ends too.
        for (int i = 8; i <= 30; i++) {
            csv.append("F").append(i).append(",l,t,numeric,Filler question ").append(i).append(" asks for a number.,")
                    .append(i).append(" ±0.5,,1\n");
        }
        Files.writeString(bank, csv);
        Path run = generate(bank, "--layout", layout);
        List<PageWords.Page> pages = PageWords.read(run.resolve("paper-A.pdf"));
        List<List<Rectangle2D>> boxes = boxes(run.resolve("paper-A.pdf"));

        assertThat(PageWords.problems(pages)).as("words off the page, near its edge or overprinted").isEmpty();
        for (String unit : UNITS) {
            List<String> found = new ArrayList<>();
            for (PageWords.Page page : pages) {
                for (PageWords.Word word : page.words()) {
                    if (!word.text().equals(unit)) {
                        continue;
                    }
                    for (Rectangle2D box : boxes.get(page.number() - 1)) {
                        double gap = word.x0() - box.getMaxX();
                        double middle = (word.top() + word.bottom()) / 2;
                        if (gap > 0 && gap < word.size() * 1.2 && middle > box.getMinY() && middle < box.getMaxY()) {
                            found.add("page " + page.number() + " " + box);
                        }
                    }
                }
            }
            assertThat(found).as("the box that unit %s stands beside, in %s", unit, layout).hasSize(1);
        }
        int numbers = 0;
        for (PageWords.Page page : pages) {
            float footer = page.words().stream().filter(w -> w.text().equals("Page")).map(PageWords.Word::top)
                    .min(Float::compare).orElse(page.height());
            for (Rectangle2D box : boxes.get(page.number() - 1)) {
                // An answer box stands under its question's text, level with the stem's first word.
                boolean underAStem = page.words().stream().filter(w -> w.text().equals("How")
                        || w.text().equals("Filler")).anyMatch(w -> Math.abs(w.x0() - box.getMinX()) < 1.5);
                if (!underAStem) {
                    continue; // the name and roll number boxes, the set's box
                }
                numbers++;
                assertThat(box.getMinX()).isGreaterThanOrEqualTo(PageWords.EDGE);
                assertThat(box.getMaxX()).isLessThanOrEqualTo(page.width() - PageWords.EDGE);
                assertThat(box.getMinY()).isGreaterThanOrEqualTo(PageWords.EDGE);
                assertThat(box.getMaxY()).as("box clear of the footer").isLessThan(footer);
                for (PageWords.Word word : page.words()) {
                    Rectangle2D glyphs = new Rectangle2D.Float(word.x0(), word.top(), word.x1() - word.x0(),
                            word.bottom() - word.top());
                    assertThat(box.intersects(glyphs)).as("'%s' printed over a box on page %d", word.text(),
                            page.number()).isFalse();
                }
            }
        }
        assertThat(numbers).as("an answer box per numeric item").isEqualTo(30);
    }

    @org.junit.jupiter.api.Test
    void aRevisionSheetPrintsTheAnswerAcceptedInsteadOfABox() throws IOException {
        Path bank = dir.resolve("numbers.csv");
        Files.writeString(bank, "id,level,topic,type,question,answer,unit,explanation\n"
                + "N1,l,t,numeric,How fast does it fall?,9.81 ±0.05,m/s²,Free fall near the ground.\n");
        Path run = generate(bank, "--layout", "revision");
        String text = PdfText.compact(PdfText.text(run.resolve("paper-A.pdf")));
        assertThat(text).contains(PdfText.compact("Answer: 9.81 ±0.05 · accept 9.76 to 9.86 m/s²"));
        assertThat(boxes(run.resolve("paper-A.pdf")).stream().flatMap(List::stream)
                .filter(b -> b.getHeight() < 60 && b.getWidth() > 20)).isEmpty();
    }

    private Path generate(Path bank, String... more) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime());
        List<String> args = new ArrayList<>(List.of("generate", "--bank", bank.toString(), "--count", "all", "--sets",
                "1", "--seed", "3", "--out", out.toString()));
        args.addAll(List.of(more));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        try (Stream<Path> runs = Files.list(out)) {
            return runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** The stroked rectangles of each page, in the page's coordinates with y down from the top. */
    static List<List<Rectangle2D>> boxes(Path pdf) throws IOException {
        List<List<Rectangle2D>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                float height = page.getMediaBox().getHeight();
                List<Rectangle2D> found = new ArrayList<>();
                List<Rectangle2D> pending = new ArrayList<>();
                new PDFGraphicsStreamEngine(page) {
                    @Override
                    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                        double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
                        double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
                        double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
                        double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
                        pending.add(new Rectangle2D.Double(x0, height - y1, x1 - x0, y1 - y0));
                    }

                    @Override
                    public void strokePath() {
                        found.addAll(pending);
                        pending.clear();
                    }

                    @Override
                    public void fillPath(int windingRule) {
                        pending.clear();
                    }

                    @Override
                    public void fillAndStrokePath(int windingRule) {
                        strokePath();
                    }

                    @Override
                    public void endPath() {
                        pending.clear();
                    }

                    @Override
                    public void drawImage(PDImage pdImage) {
                    }

                    @Override
                    public void clip(int windingRule) {
                    }

                    @Override
                    public void moveTo(float x, float y) {
                    }

                    @Override
                    public void lineTo(float x, float y) {
                    }

                    @Override
                    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                    }

                    @Override
                    public Point2D getCurrentPoint() {
                        return new Point2D.Float();
                    }

                    @Override
                    public void closePath() {
                    }

                    @Override
                    public void shadingFill(COSName shadingName) {
                    }

                    void run() throws IOException {
                        processPage(page);
                    }
                }.run();
                pages.add(found);
            }
        }
        return pages;
    }
}

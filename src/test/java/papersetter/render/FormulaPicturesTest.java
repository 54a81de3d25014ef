package papersetter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import papersetter.pdf.Canvas;
import papersetter.pdf.DocumentDrawer;
import papersetter.pdf.DocumentInfo;
import papersetter.pdf.Tag;

/**
 * A fraction, an integral and a matrix, typeset and drawn into a PDF as a paper draws them, then
 * rendered and compared with pictures checked by eye and pinned in
 * {@code src/test/resources/papersetter/render/formulas/}, at a tolerance that forgives
 * anti-aliasing but not a missing bar, a moved limit or a lost bracket.
 *
 * <p>After a deliberate change, {@code -Dpapersetter.pin=true} writes the pictures afresh into the
 * source tree (look at them before committing).
 */
class FormulaPicturesTest {
    private static final Path PINNED = Path.of("src/test/resources/papersetter/render/formulas");
    private static final DocumentInfo INFO = new DocumentInfo("Formulas", "papersetter", "Pinned formulas", "en-GB",
            false, true);
    /** Dots per inch of the comparison: a formula at 20 pt is about 80 pixels high. */
    private static final float DPI = 150;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fraction | \\frac{a+b}{2c}",
        "integral | \\int_0^1 x^2\\,dx = \\frac{1}{3}",
        "matrix   | \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}"})
    void aFormulaLooksAsItWasPinned(String name, String latex) throws IOException {
        BufferedImage drawn = render(latex);
        Path pinned = PINNED.resolve(name + ".png");
        if (Boolean.getBoolean("papersetter.pin")) {
            Files.createDirectories(PINNED);
            ImageIO.write(drawn, "png", pinned.toFile());
        }
        BufferedImage expected;
        try (InputStream in = Files.newInputStream(pinned)) {
            expected = ImageIO.read(in);
        }
        assertThat(drawn.getWidth()).isEqualTo(expected.getWidth());
        assertThat(drawn.getHeight()).isEqualTo(expected.getHeight());
        long differ = 0;
        long inked = 0;
        double total = 0;
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                int a = drawn.getRaster().getSample(x, y, 0);
                int b = expected.getRaster().getSample(x, y, 0);
                total += Math.abs(a - b);
                if (Math.abs(a - b) > 96) {
                    differ++;
                }
                if (b < 128) {
                    inked++;
                }
            }
        }
        assertThat(inked).as("the pinned picture shows something").isGreaterThan(200);
        assertThat(total / (drawn.getWidth() * drawn.getHeight())).as("mean difference of a pixel").isLessThan(3.0);
        assertThat((double) differ / inked).as("pixels that changed from ink to paper or back").isLessThan(0.02);
    }

    /** The formula at 20 pt on a page just larger than it, rendered in grey. */
    private static BufferedImage render(String latex) throws IOException {
        TypesetFormula formula = TypesetFormula.of(latex, 20, true, Style.INK);
        float margin = 10;
        float width = formula.width() + 2 * margin;
        float height = formula.total() + 2 * margin;
        DocumentDrawer drawer = new DocumentDrawer(width, height);
        Canvas canvas = drawer.newPage();
        canvas.begin(Tag.formula(latex));
        canvas.form(margin - formula.bleed(), margin - formula.bleed(), formula.width() + 2 * formula.bleed(),
                formula.total() + 2 * formula.bleed(), formula.form());
        canvas.end();
        byte[] pdf = drawer.finish(INFO, "Formulas", "test/formulas/" + latex.hashCode()).toPdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
    }
}

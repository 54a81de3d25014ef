package papersetter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.PdfChecks;
import papersetter.testing.VeraPdf;

/**
 * Vector drawings (formulas, charts) go into a document as forms drawn where they were placed, once
 * per file however often they are used, tagged with their alternate text, and the same each time.
 */
class VectorFormTest {
    private static final DocumentInfo INFO = new DocumentInfo("Forms", "City Institute", "A test", "en-GB", false,
            true);

    @TempDir
    Path folder;

    /** A black disc filling a 40 × 20 point form, and a word drawn as outlines. */
    private static VectorForm disc() {
        return VectorForm.draw(40, 20, g -> {
            g.setColor(Color.BLACK);
            g.fill(new Ellipse2D.Float(0, 0, 20, 20));
            g.setStroke(new BasicStroke(1));
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 12));
            g.drawString("x", 24, 15);
        });
    }

    @Test
    void aFormIsDrawnScaledIntoItsRectangleAndNowhereElse() throws IOException {
        DocumentDrawer drawer = new DocumentDrawer(200, 200);
        Canvas canvas = drawer.newPage();
        canvas.begin(Tag.formula("\\frac{1}{2}"));
        // Twice the form's size: the disc covers 100..140 across and 60..100 down.
        canvas.form(100, 60, 80, 40, disc());
        canvas.end();
        byte[] pdf = drawer.finish(INFO, "Forms", "test/forms/1").toPdf();

        BufferedImage page = render(pdf);
        assertThat(dark(page, 120, 80)).as("the disc's centre").isTrue();
        assertThat(dark(page, 60, 80)).as("left of the form").isFalse();
        assertThat(dark(page, 120, 40)).as("above the form").isFalse();
        assertThat(dark(page, 120, 120)).as("below the form").isFalse();
        assertThat(qpdfCheck(pdf)).isTrue();
    }

    @Test
    void aFormulaIsTaggedWithItsSourceAsAlternateAndActualText() throws IOException {
        DocumentDrawer drawer = new DocumentDrawer(595, 842);
        Canvas canvas = drawer.newPage();
        canvas.begin(Tag.formula("\\frac{1}{2}"));
        canvas.form(100, 100, 40, 20, disc());
        canvas.end();
        byte[] pdf = drawer.finish(INFO, "Forms", "test/forms/2").toPdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<COSDictionary> formulas = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), "Formula", formulas, 0);
            assertThat(formulas).hasSize(1);
            assertThat(formulas.get(0).getString(COSName.ALT)).isEqualTo("\\frac{1}{2}");
            assertThat(formulas.get(0).getString(COSName.ACTUAL_TEXT)).isEqualTo("\\frac{1}{2}");
        }
        Path file = Files.write(folder.resolve("formula.pdf"), pdf);
        assertThat(VeraPdf.pdfUa1Failures(file)).isEmpty();
    }

    @Test
    void oneFormUsedOnEveryPageIsStoredOnceAndAFormOutsideAnyElementIsAnArtifact() throws IOException {
        VectorForm form = disc();
        DocumentDrawer drawer = new DocumentDrawer(200, 200);
        for (int p = 0; p < 3; p++) {
            Canvas canvas = drawer.newPage();
            canvas.form(10, 10, 40, 20, form);
            canvas.form(10, 50, 40, 20, form);
        }
        byte[] pdf = drawer.finish(INFO, "Forms", "test/forms/3").toPdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.util.Set<COSBase> streams = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    assertThat(object).isInstanceOf(PDFormXObject.class);
                    org.apache.pdfbox.pdmodel.PDResources own = ((PDFormXObject) object).getResources();
                    assertThat(own == null ? List.of() : own.getFontNames()).as("text drawn as outlines").isEmpty();
                    streams.add(object.getCOSObject());
                }
                String content = new String(page.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(content).contains("/Artifact");
            }
            assertThat(streams).hasSize(1);
        }
    }

    @Test
    void theSameDrawingGivesTheSameBytes() {
        byte[][] files = new byte[2][];
        for (int i = 0; i < 2; i++) {
            DocumentDrawer drawer = new DocumentDrawer(200, 200);
            Canvas canvas = drawer.newPage();
            canvas.begin(Tag.figure("a disc"));
            canvas.form(10, 10, 40, 20, disc());
            canvas.end();
            files[i] = drawer.finish(INFO, "Forms", "test/forms/4").toPdf();
        }
        assertThat(files[1]).isEqualTo(files[0]);
    }

    @Test
    void aFormOfNoSizeIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VectorForm.draw(0, 10, g -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void collect(COSDictionary element, String type, List<COSDictionary> found, int depth) {
        if (depth > 64) {
            return;
        }
        if (COSName.getPDFName(type).equals(element.getCOSName(COSName.S))) {
            found.add(element);
        }
        COSBase kids = element.getDictionaryObject(COSName.K);
        if (kids instanceof COSDictionary kid) {
            collect(kid, type, found, depth + 1);
        } else if (kids instanceof COSArray array) {
            for (COSBase kid : array) {
                COSBase direct = kid instanceof COSObject object ? object.getObject() : kid;
                if (direct instanceof COSDictionary dictionary) {
                    collect(dictionary, type, found, depth + 1);
                }
            }
        }
    }

    /** The page at 72 dpi: one pixel a point. */
    private static BufferedImage render(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, 72);
        }
    }

    private static boolean dark(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 100;
    }

    private boolean qpdfCheck(byte[] pdf) throws IOException {
        Path file = Files.write(folder.resolve("check-" + System.nanoTime() + ".pdf"), pdf);
        return PdfChecks.qpdfProblems(file).isEmpty();
    }
}

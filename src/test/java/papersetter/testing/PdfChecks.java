package papersetter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Print checks on a PDF, read back with PDFBox. */
public final class PdfChecks {
    private PdfChecks() {
    }

    /** Every font on every page, as "name (embedded|NOT embedded)". */
    public static List<String> fonts(Path pdf) {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " (embedded)" : " (NOT embedded)"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    /** Glyphs closer to a page edge than {@code margin} points, described for a failure message. */
    public static List<String> textOutside(Path pdf, float margin) {
        List<String> outside = new ArrayList<>();
        forEachGlyph(pdf, (page, p) -> {
            PDRectangle box = page.getMediaBox();
            if (p.getXDirAdj() < margin || p.getXDirAdj() + p.getWidthDirAdj() > box.getWidth() - margin
                    || p.getYDirAdj() - p.getHeightDir() < margin || p.getYDirAdj() > box.getHeight() - margin / 2) {
                outside.add("'" + p.getUnicode() + "' at " + p.getXDirAdj() + "," + p.getYDirAdj());
            }
        });
        return outside;
    }

    /** The sizes (in points) at which glyphs are drawn. */
    public static List<Float> glyphSizes(Path pdf) {
        List<Float> sizes = new ArrayList<>();
        forEachGlyph(pdf, (page, p) -> sizes.add(p.getFontSizeInPt()));
        return sizes;
    }

    /** The left edges of glyphs, to tell one column from two. */
    public static List<Float> glyphLefts(Path pdf) {
        List<Float> lefts = new ArrayList<>();
        forEachGlyph(pdf, (page, p) -> lefts.add(p.getXDirAdj()));
        return lefts;
    }

    public static List<float[]> pageSizes(Path pdf) {
        List<float[]> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                sizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    private interface GlyphVisitor {
        void visit(PDPage page, TextPosition position);
    }

    private static void forEachGlyph(Path pdf, GlyphVisitor visitor) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        if (!position.getUnicode().isBlank()) {
                            visitor.visit(getCurrentPage(), position);
                        }
                    }
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

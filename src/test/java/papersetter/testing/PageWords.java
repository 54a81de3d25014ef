package papersetter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of a PDF's pages with the boxes their glyphs cover, read back with PDFBox, for the
 * checks a reader makes by eye: inside the page, clear of the edge, clear of the footer and of
 * every other line. The same checks as /work/shared/tools/page-check, which uses mutool.
 */
public final class PageWords {
    /** 10 mm in points. */
    public static final float EDGE = 10 / 25.4f * 72;

    /** A word: its box (y down from the page's top), its text, and the line it was set on. */
    public record Word(float x0, float top, float x1, float bottom, String text, int line, float size) {
    }

    /** One page: its size, its words, and its lines of text in the order they were drawn. */
    public record Page(int number, float width, float height, List<Word> words, List<String> lines) {
    }

    private PageWords() {
    }

    public static List<Page> read(Path pdf) {
        List<Page> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<Word> words = new ArrayList<>();
                List<String> lines = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        int line = lines.size();
                        lines.add(text);
                        float[] box = null;
                        StringBuilder word = new StringBuilder();
                        float size = 0;
                        for (TextPosition g : positions) {
                            if (g.getDir() != 0) {
                                continue; // a watermark, turned: not a line of the page
                            }
                            if (g.getUnicode().isBlank()) {
                                if (box != null) {
                                    words.add(new Word(box[0], box[1], box[2], box[3], word.toString(), line, size));
                                }
                                box = null;
                                word.setLength(0);
                                continue;
                            }
                            PDFontDescriptor font = g.getFont().getFontDescriptor();
                            float ascent = font == null ? 0.8f : font.getAscent() / 1000;
                            float descent = font == null ? 0.2f : -font.getDescent() / 1000;
                            float pt = g.getFontSizeInPt();
                            float[] glyph = {g.getXDirAdj(), g.getYDirAdj() - ascent * pt,
                                g.getXDirAdj() + g.getWidthDirAdj(), g.getYDirAdj() + descent * pt};
                            if (box == null) {
                                box = glyph;
                                size = pt;
                            } else {
                                box[0] = Math.min(box[0], glyph[0]);
                                box[1] = Math.min(box[1], glyph[1]);
                                box[2] = Math.max(box[2], glyph[2]);
                                box[3] = Math.max(box[3], glyph[3]);
                                size = Math.min(size, pt);
                            }
                            word.append(g.getUnicode());
                        }
                        if (box != null) {
                            words.add(new Word(box[0], box[1], box[2], box[3], word.toString(), line, size));
                        }
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(document);
                var box = document.getPage(p - 1).getMediaBox();
                pages.add(new Page(p, box.getWidth(), box.getHeight(), words, lines));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** Words outside the page or within 10 mm of its edge, and words of two lines that overprint each other. */
    public static List<String> problems(List<Page> pages) {
        List<String> found = new ArrayList<>();
        for (Page page : pages) {
            for (Word w : page.words()) {
                if (w.x0() < EDGE || w.top() < EDGE || w.x1() > page.width() - EDGE
                        || w.bottom() > page.height() - EDGE) {
                    found.add("page " + page.number() + ": '" + w.text() + "' within 10 mm of the edge or off the page ("
                            + w.x0() + "," + w.top() + " to " + w.x1() + "," + w.bottom() + ")");
                }
            }
            List<Word> words = new ArrayList<>(page.words());
            words.sort(java.util.Comparator.comparingDouble(Word::top));
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j < words.size() && words.get(j).top() < words.get(i).bottom(); j++) {
                    Word a = words.get(i);
                    Word b = words.get(j);
                    // Unlike page-check, words of one line count too: a hanging number that runs
                    // into its question is set on the question's first line.
                    if (overlap(a, b) > 0.25) {
                        found.add("page " + page.number() + ": '" + a.text() + "' and '" + b.text()
                                + "' overprint each other");
                    }
                }
            }
        }
        return found;
    }

    /** The share of the smaller word's box that the two boxes have in common, as page-check counts it. */
    static float overlap(Word a, Word b) {
        float ix = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
        float iy = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        if (ix <= 0.5f || iy <= 0.5f) {
            return 0;
        }
        float areaA = Math.max((a.x1() - a.x0()) * (a.bottom() - a.top()), 1e-6f);
        float areaB = Math.max((b.x1() - b.x0()) * (b.bottom() - b.top()), 1e-6f);
        return ix * iy / Math.min(areaA, areaB);
    }
}

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
    private static final java.util.Set<String> PAINTING = java.util.Set.of("Tj", "TJ", "'", "\"", "S", "s", "f", "F",
            "f*", "B", "B*", "b", "b*", "Do", "sh");

    private PdfChecks() {
    }

    /**
     * Content a screen reader could not place: text, paths or pictures outside every marked-content
     * sequence that belongs to the structure tree and outside every artifact, or a sequence whose
     * marked-content id the parent tree does not lead back from. Empty when the file is fully tagged.
     */
    public static List<String> untaggedContent(Path pdf) {
        List<String> problems = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot root =
                    document.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                return List.of("no structure tree");
            }
            org.apache.pdfbox.cos.COSArray nums = (org.apache.pdfbox.cos.COSArray) root.getCOSObject()
                    .getCOSDictionary(COSName.PARENT_TREE).getDictionaryObject(COSName.NUMS);
            int pageNumber = 0;
            for (PDPage page : document.getPages()) {
                pageNumber++;
                org.apache.pdfbox.cos.COSArray parents = null;
                for (int i = 0; i + 1 < nums.size(); i += 2) {
                    if (((org.apache.pdfbox.cos.COSInteger) nums.getObject(i)).intValue() == page.getStructParents()) {
                        parents = (org.apache.pdfbox.cos.COSArray) nums.getObject(i + 1);
                    }
                }
                java.util.Deque<String> marked = new java.util.ArrayDeque<>();
                org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
                List<Object> operands = new ArrayList<>();
                for (Object token : parser.parse()) {
                    if (!(token instanceof org.apache.pdfbox.contentstream.operator.Operator operator)) {
                        operands.add(token);
                        continue;
                    }
                    String name = operator.getName();
                    if (name.equals("BMC") || name.equals("BDC")) {
                        String tag = ((COSName) operands.get(0)).getName();
                        if (name.equals("BDC") && operands.get(1) instanceof org.apache.pdfbox.cos.COSDictionary properties
                                && properties.containsKey(COSName.MCID)) {
                            int mcid = properties.getInt(COSName.MCID);
                            if (parents == null || mcid >= parents.size()
                                    || !(parents.getObject(mcid) instanceof org.apache.pdfbox.cos.COSDictionary)) {
                                problems.add("page " + pageNumber + ": marked content " + mcid + " (" + tag
                                        + ") is not in the parent tree");
                            }
                            tag = "MCID";
                        }
                        marked.push(tag);
                    } else if (name.equals("EMC")) {
                        marked.pop();
                    } else if (PAINTING.contains(name) && !marked.contains("MCID") && !marked.contains("Artifact")) {
                        problems.add("page " + pageNumber + ": '" + name + "' outside tagged content and artifacts");
                    }
                    operands.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /**
     * The structure tree in brief, as "Document[H1[page 1], L[LI[...]]]": each element's type and its
     * kids, content shown as the page it is on (one mention for neighbouring content on a page).
     */
    public static String structure(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            StringBuilder out = new StringBuilder();
            List<Object> kids = document.getDocumentCatalog().getStructureTreeRoot().getKids();
            for (Object kid : kids) {
                describe(document, kid, null, out);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void describe(PDDocument document, Object node, PDPage page, StringBuilder out) {
        if (node instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
            PDPage own = element.getPage() != null ? element.getPage() : page;
            out.append(element.getStructureType()).append('[');
            String lastPage = null;
            boolean first = true;
            for (Object kid : element.getKids()) {
                String mention = null;
                if (kid instanceof Integer) {
                    mention = "page " + (document.getPages().indexOf(own) + 1);
                } else if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference reference) {
                    mention = "page " + (document.getPages().indexOf(reference.getPage()) + 1);
                }
                if (mention != null) {
                    if (!mention.equals(lastPage)) {
                        out.append(first ? "" : ", ").append(mention);
                        first = false;
                    }
                    lastPage = mention;
                    continue;
                }
                lastPage = null;
                out.append(first ? "" : ", ");
                first = false;
                describe(document, kid, own, out);
            }
            out.append(']');
        }
    }

    /** The types of the structure elements, in reading order, each once per element ("H1", "L", "LI", …). */
    public static List<String> structureTypes(Path pdf) {
        return java.util.Arrays.stream(structure(pdf).split("[\\[\\], ]+"))
                .filter(word -> !word.isEmpty() && !word.equals("page") && !word.matches("\\d+")).toList();
    }

    /**
     * What {@code qpdf --check} finds wrong with a file: nothing when qpdf passes it, or when qpdf is not
     * installed (the check then rests on PDFBox reading the file back).
     */
    public static List<String> qpdfProblems(Path pdf) {
        try {
            Process qpdf = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
            String output = new String(qpdf.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = qpdf.waitFor();
            return status == 0 && output.contains("No syntax or stream encoding errors") ? List.of()
                    : List.of(pdf.getFileName() + ": " + output.strip());
        } catch (IOException e) {
            return List.of(); // no qpdf on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("interrupted");
        }
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

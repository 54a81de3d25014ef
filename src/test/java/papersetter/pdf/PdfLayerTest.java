package papersetter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.PdfChecks;

/**
 * The PDF layer on its own: what is drawn through a {@link Canvas} reads back where it was drawn,
 * every piece of content is tagged or an artifact, the same drawing gives the same bytes, and a book
 * holds its fonts once and starts each document on an odd page.
 */
class PdfLayerTest {
    private static final DocumentInfo INFO = new DocumentInfo("Test — ünïcode", "City Institute", "A test",
            "en-GB", false, true);

    @TempDir
    Path folder;

    /**
     * Glyph ids travel as bytes in PDF strings; the ones that are parentheses, a backslash or a
     * carriage return must come out escaped, or the page would read wrong or not at all.
     */
    @Test
    void textWhoseGlyphIdsLookLikeSyntaxReadsBackAsWrittenWhereItWasDrawn() throws IOException {
        byte[] font = bundled("DejaVuSans.ttf");
        String awkward = charactersWithGlyphIds(font, 13, 40, 41, 92);
        String text = "Say (" + awkward + ") \\ done";
        EmbeddedFont embedded = font(font, text);

        DocumentDrawer drawer = new DocumentDrawer(595, 842);
        Canvas canvas = drawer.newPage();
        canvas.begin(Tag.of(Role.P));
        canvas.text(embedded, 12, Color.BLACK, 72, 100, glyphs(font, text), null, null, null);
        canvas.end();
        byte[] pdf = drawer.finish(INFO, "Test", "test/1").toPdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<TextPosition> positions = positions(document);
            assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(text);
            assertThat(positions.get(0).getXDirAdj()).isCloseTo(72, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(positions.get(0).getYDirAdj()).isCloseTo(100, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Test — ünïcode");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("City Institute");
            assertThat(document.getDocumentInformation().getCreationDate()).isNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
        assertThat(awkward).hasSize(4);
        assertThat(qpdfCheck(pdf)).isTrue();
    }

    /** A shaper places glyphs itself (kerning, marks); each glyph must land where it was placed. */
    @Test
    void glyphsWithPositionsLandAtThem() throws IOException {
        byte[] font = bundled("DejaVuSans.ttf");
        EmbeddedFont embedded = font(font, "AVAW");
        DocumentDrawer drawer = new DocumentDrawer(595, 842);
        Canvas canvas = drawer.newPage();
        float[] positions = {0, 5.5f, 20, 21.25f};
        canvas.text(embedded, 12, Color.BLACK, 100, 200, glyphs(font, "AVAW"), positions, null, null);
        byte[] pdf = drawer.finish(INFO, "Test", "test/positions").toPdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<TextPosition> glyphs = positions(document);
            assertThat(glyphs).hasSize(4);
            for (int g = 0; g < 4; g++) {
                assertThat(glyphs.get(g).getXDirAdj()).as("glyph %d", g)
                        .isCloseTo(100 + positions[g], org.assertj.core.data.Offset.offset(0.02f));
                assertThat(glyphs.get(g).getUnicode()).isEqualTo("AVAW".substring(g, g + 1));
            }
        }
    }

    /** Shaping raises or lowers a mark; the glyph must stand that far off the baseline, and the next back on it. */
    @Test
    void glyphsWithRisesStandAboveTheBaseline() throws IOException {
        byte[] font = bundled("DejaVuSans.ttf");
        EmbeddedFont embedded = font(font, "a^b");
        DocumentDrawer drawer = new DocumentDrawer(595, 842);
        Canvas canvas = drawer.newPage();
        float[] positions = {0, 7, 14};
        float[] rises = {0, 4.5f, 0};
        canvas.text(embedded, 12, Color.BLACK, 100, 200, glyphs(font, "a^b"), positions, rises, null);
        canvas.text(embedded, 12, Color.BLACK, 100, 300, glyphs(font, "a"), null, null, null);
        byte[] pdf = drawer.finish(INFO, "Test", "test/rises").toPdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<TextPosition> glyphs = positions(document);
            assertThat(glyphs).hasSize(4);
            float[] expected = {200, 195.5f, 200, 300};
            for (int g = 0; g < 4; g++) {
                assertThat(glyphs.get(g).getYDirAdj()).as("glyph %d", g)
                        .isCloseTo(expected[g], org.assertj.core.data.Offset.offset(0.02f));
            }
            assertThat(glyphs.get(2).getXDirAdj()).isCloseTo(114, org.assertj.core.data.Offset.offset(0.02f));
        }
        assertThat(qpdfCheck(pdf)).isTrue();
    }

    @Test
    void glyphsThatDoNotGiveTheTextBackCarryItAsActualText() throws IOException {
        byte[] font = bundled("DejaVuSans.ttf");
        EmbeddedFont embedded = font(font, "fi");
        DocumentDrawer drawer = new DocumentDrawer(595, 842);
        Canvas canvas = drawer.newPage();
        // As a shaper would hand over a ligature: one glyph standing for two letters.
        int[] glyphs = {glyphs(font, "f")[0]};
        canvas.text(embedded, 12, Color.BLACK, 72, 100, glyphs, null, null, "fi");
        canvas.text(embedded, 12, Color.BLACK, 72, 120, glyphs(font, "if"), null, null, null);
        byte[] pdf = drawer.finish(INFO, "Test", "test/2").toPdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> actualTexts = new ArrayList<>();
            PDFStreamParser parser = new PDFStreamParser(document.getPage(0));
            for (Object token : parser.parse()) {
                if (token instanceof COSDictionary properties && properties.containsKey(COSName.ACTUAL_TEXT)) {
                    actualTexts.add(properties.getString(COSName.ACTUAL_TEXT));
                }
            }
            assertThat(actualTexts).containsExactly("fi");
        }
    }

    @Test
    void everyPieceOfContentIsTaggedOrAnArtifactEvenAcrossPages() throws IOException {
        byte[] font = bundled("DejaVuSans.ttf");
        EmbeddedFont embedded = font(font, "Question continues Footer");
        DocumentDrawer drawer = new DocumentDrawer(595, 842);
        Canvas first = drawer.newPage();
        first.begin(Tag.of(Role.LIST));
        first.begin(Tag.of(Role.LIST_ITEM));
        first.text(embedded, 12, Color.BLACK, 72, 100, glyphs(font, "Question"), null, null, null);
        first.rule(72, 110, 300, 110, 0.5f, Color.GRAY);
        first.beginArtifact(Artifact.FOOTER);
        first.text(embedded, 8, Color.BLACK, 72, 800, glyphs(font, "Footer"), null, null, null);
        first.endArtifact();
        Canvas second = drawer.newPage();
        second.text(embedded, 12, Color.BLACK, 72, 100, glyphs(font, "continues"), null, null, null);
        second.end();
        second.end();
        second.text(embedded, 12, Color.BLACK, 72, 140, glyphs(font, "Question"), null, null, null);
        Path pdf = folder.resolve("tagged.pdf");
        Files.write(pdf, drawer.finish(INFO, "Test", "test/3").toPdf());

        assertThat(PdfChecks.untaggedContent(pdf)).isEmpty();
        assertThat(PdfChecks.structure(pdf)).isEqualTo("Document[L[LI[page 1, page 2]], P[page 2]]");
    }

    @Test
    void theSameDrawingGivesTheSameBytesAndItsIdComesFromItsName() throws IOException {
        byte[] font = bundled("DejaVuSans.ttf");
        EmbeddedFont embedded = font(font, "Same");
        byte[][] files = new byte[3][];
        for (int i = 0; i < 3; i++) {
            DocumentDrawer drawer = new DocumentDrawer(595, 842);
            drawer.newPage().text(embedded, 12, Color.BLACK, 72, 100, glyphs(font, "Same"), null, null, null);
            files[i] = drawer.finish(INFO, "Test", i < 2 ? "test/same" : "test/other").toPdf();
        }
        assertThat(files[1]).isEqualTo(files[0]);
        assertThat(files[2]).isNotEqualTo(files[0]);
        try (PDDocument document = Loader.loadPDF(files[0])) {
            assertThat(((org.apache.pdfbox.cos.COSString) document.getDocument().getDocumentID().getObject(0)).getBytes())
                    .isEqualTo(PdfIds.idFor("test/same"));
        }
    }

    @Test
    void aBookHoldsEachFontOnceStartsEachDocumentOnAnOddPageAndHasAnOutline() throws IOException {
        byte[] font = bundled("DejaVuSans.ttf");
        EmbeddedFont embedded = font(font, "Page Section");
        List<DrawnDocument> documents = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            DocumentDrawer drawer = new DocumentDrawer(595, 842);
            for (int p = 0; p < 3; p++) {
                Canvas canvas = drawer.newPage();
                canvas.bookmark(1, "Section " + (p + 1), 50);
                canvas.text(embedded, 12, Color.BLACK, 72, 100, glyphs(font, "Page"), null, null, null);
            }
            documents.add(drawer.finish(INFO, "Set " + (char) ('A' + d), "test/book/" + d));
        }
        PdfBook book = new PdfBook(INFO, PdfIds.idFor("book"), true);
        documents.forEach(book::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.writeTo(out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3 + 1 + 3 + 1 + 3);
            assertThat(document.getPage(3).getCOSObject().containsKey(COSName.CONTENTS)).isFalse();
            java.util.Set<COSDictionary> fonts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getCOSObject());
                }
            }
            assertThat(fonts).hasSize(1);
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem set : document.getDocumentCatalog().getDocumentOutline().children()) {
                int page = document.getPages().indexOf(set.findDestinationPage(document)) + 1;
                outline.add(set.getTitle() + " p" + page + " " + set.children().iterator().next().getTitle());
            }
            assertThat(outline).containsExactly("Set A p1 Section 1", "Set B p5 Section 1", "Set C p9 Section 1");
        }
        assertThat(qpdfCheck(out.toByteArray())).isTrue();
    }

    /** qpdf's structural check, where qpdf is installed (it is on the development machine); true otherwise. */
    private boolean qpdfCheck(byte[] pdf) throws IOException {
        Path file = Files.write(folder.resolve("check-" + System.nanoTime() + ".pdf"), pdf);
        return PdfChecks.qpdfProblems(file).isEmpty();
    }

    private static List<TextPosition> positions(PDDocument document) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                positions.add(text);
            }
        };
        stripper.getText(document);
        return positions;
    }

    /** The whole font, its glyphs for these characters reading back as them. */
    private static EmbeddedFont font(byte[] font, String text) throws IOException {
        Map<Integer, String> unicode = new TreeMap<>();
        int[] glyphs = glyphs(font, text);
        int[] characters = text.codePoints().toArray();
        for (int i = 0; i < glyphs.length; i++) {
            unicode.putIfAbsent(glyphs[i], Character.toString(characters[i]));
        }
        return new EmbeddedFont(font, unicode, "ABCDEF");
    }

    /** The glyph of each character, through the font's own character map (no shaping). */
    private static int[] glyphs(byte[] font, String text) throws IOException {
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = parsed.getUnicodeCmapLookup();
            return text.codePoints().map(cmap::getGlyphId).toArray();
        }
    }

    /** One character for each glyph id given, found through the font's own character map. */
    private static String charactersWithGlyphIds(byte[] font, int... glyphs) throws IOException {
        StringBuilder found = new StringBuilder();
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = parsed.getUnicodeCmapLookup();
            for (int glyph : glyphs) {
                for (int c = 0x21; c < 0x3000; c++) {
                    if (cmap.getGlyphId(c) == glyph && !Character.isWhitespace(c) && !Character.isISOControl(c)) {
                        found.appendCodePoint(c);
                        break;
                    }
                }
            }
        }
        return found.toString();
    }

    private static byte[] bundled(String name) throws IOException {
        try (InputStream in = PdfLayerTest.class.getResourceAsStream("/fonts/" + name)) {
            return in.readAllBytes();
        }
    }
}

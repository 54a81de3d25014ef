package papersetter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF writer on its own: numbers as PDF writes them, a cross-reference that points true, text that reads back. */
class PdfFileTest {

    @Test
    void numbersHaveAtMostThreeDecimalsAndNoExponent() {
        PdfBytes out = new PdfBytes(64);
        for (double value : new double[] {0, 7, 12.5, -0.3333, 1e-4, -1e-4, 1e7, 595.2756}) {
            out.number(value).space();
        }
        assertThat(new String(out.toByteArray(), StandardCharsets.US_ASCII))
                .isEqualTo("0 7 12.5 -0.333 0 0 10000000 595.276 ");
    }

    /**
     * Glyph ids are written as bytes in literal strings; the ones that are parentheses, a backslash
     * or a carriage return must be escaped, or the page would read wrong or not at all.
     */
    @Test
    void textWhoseGlyphIdsLookLikeSyntaxReadsBackAsWritten() throws IOException {
        byte[] font = bundled("DejaVuSans.ttf");
        String awkward = charactersWithGlyphIds(font, 13, 40, 41, 92);
        String text = "Say (" + awkward + ") \\ done";
        int[] glyphs = glyphIds(font, text);
        Map<Integer, String> unicode = new TreeMap<>();
        for (int i = 0; i < glyphs.length; i++) {
            unicode.putIfAbsent(glyphs[i], text.substring(i, i + 1));
        }
        EmbeddedFont embedded = new EmbeddedFont(font, unicode, "ABCDEF");

        PdfBytes content = new PdfBytes(256).ascii("BT /F1 12 Tf 1 0 0 1 72 720 Tm ");
        embedded.encode(glyphs, 0, glyphs.length, content);
        content.ascii(" Tj ET");
        byte[] pdf = new Pages(595, 842, List.of(PdfFile.deflateFast(content.toByteArray())), Map.of("F1", embedded),
                Map.of(), false, "Test — ünïcode", new byte[16]).toPdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(text);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Test — ünïcode");
        }
        assertThat(awkward).hasSize(4);
        crossReferencePointsAtEveryObject(pdf);
    }

    /** Every offset in the table is where its object begins, as a reader jumping to it expects. */
    private static void crossReferencePointsAtEveryObject(byte[] pdf) {
        String file = new String(pdf, StandardCharsets.ISO_8859_1);
        int table = Integer.parseInt(file.substring(file.lastIndexOf("startxref") + 10).strip().split("\\s+")[0]);
        assertThat(file.startsWith("xref", table)).isTrue();
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n ").matcher(file.substring(table));
        int object = 1;
        while (entry.find()) {
            int offset = Integer.parseInt(entry.group(1));
            assertThat(file.startsWith(object + " 0 obj", offset)).as("object %d at %d", object, offset).isTrue();
            object++;
        }
        assertThat(object).isGreaterThan(5);
    }

    /** The glyph of each character (all of the Basic Multilingual Plane), through the font's own map. */
    private static int[] glyphIds(byte[] font, String text) throws IOException {
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = parsed.getUnicodeCmapLookup();
            return text.chars().map(cmap::getGlyphId).toArray();
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
        try (InputStream in = PdfFileTest.class.getResourceAsStream("/fonts/" + name)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}

package papersetter.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font already cut down to one run's glyphs, ready to embed: its program compressed,
 * its widths and its map back to Unicode (so text can be searched and copied) are all worked out
 * once, and every document of the run embeds the same bytes. Text reaches it already shaped, as
 * glyph ids of this cut.
 *
 * <p>Immutable once built, so every rendering thread may share it.
 */
public final class EmbeddedFont {
    private final String name;
    private final int unitsPerEm;
    /** Advance of each glyph, in thousandths of the size. */
    private final int[] advance;
    private final String[] unicode;
    private final int ascent;
    private final int descent;
    private final byte[] program;
    private final int programLength;
    private final String descriptor;
    private final String widths;
    private final byte[] toUnicode;

    /**
     * @param font the cut-down font program
     * @param unicodeOfGlyph what each glyph reads as (a character, or the several characters of a
     *     conjunct or ligature); glyphs left out read as nothing
     * @param tag six capital letters naming this cut (PDF's convention for a subset)
     */
    public EmbeddedFont(byte[] font, Map<Integer, String> unicodeOfGlyph, String tag) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            unitsPerEm = ttf.getUnitsPerEm();
            int glyphs = ttf.getNumberOfGlyphs();
            advance = new int[glyphs];
            for (int g = 0; g < glyphs; g++) {
                advance[g] = thousandths(ttf.getHorizontalMetrics().getAdvanceWidth(g));
            }
            unicode = new String[glyphs];
            Map<Integer, String> mapped = new TreeMap<>();
            unicodeOfGlyph.forEach((glyph, text) -> {
                if (glyph != null && glyph > 0 && glyph < glyphs && !text.isEmpty()) {
                    unicode[glyph] = text;
                    mapped.put(glyph, text);
                }
            });
            OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
            HeaderTable head = ttf.getHeader();
            ascent = os2 != null ? thousandths(os2.getTypoAscender()) : thousandths(ttf.getHorizontalHeader().getAscender());
            descent = os2 != null ? thousandths(os2.getTypoDescender())
                    : thousandths(ttf.getHorizontalHeader().getDescender());
            name = tag + "+" + ttf.getName().replaceAll("[^A-Za-z0-9-]", "");
            float italicAngle = ttf.getPostScript().getItalicAngle();
            boolean fixed = ttf.getPostScript().getIsFixedPitch() != 0;
            int capHeight = os2 != null && os2.getVersion() >= 2 ? thousandths(os2.getCapHeight()) : ascent;
            int flags = 32 | (fixed ? 1 : 0) | (italicAngle != 0 ? 64 : 0);
            descriptor = "/Type /FontDescriptor /FontName /" + name + " /Flags " + flags + " /FontBBox ["
                    + thousandths(head.getXMin()) + " " + thousandths(head.getYMin()) + " "
                    + thousandths(head.getXMax()) + " " + thousandths(head.getYMax()) + "] /ItalicAngle "
                    + Math.round(italicAngle) + " /Ascent " + ascent + " /Descent " + descent + " /CapHeight "
                    + capHeight + " /StemV 80";
            widths = widthArray(glyphs);
            toUnicode = PdfFile.deflate(toUnicodeMap(mapped).getBytes(StandardCharsets.US_ASCII));
            program = PdfFile.deflate(font);
            programLength = font.length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a cut-down font", e);
        }
    }

    /** A glyph's advance as the PDF carries it, in thousandths of the size. */
    public int advance(int glyph) {
        return glyph >= 0 && glyph < advance.length ? advance[glyph] : 0;
    }

    /** What a glyph reads as through the font's map back to Unicode ("" for none). */
    public String unicode(int glyph) {
        String text = glyph >= 0 && glyph < unicode.length ? unicode[glyph] : null;
        return text == null ? "" : text;
    }

    /** Height above the baseline at a size. */
    public float ascent(float size) {
        return ascent * size / 1000f;
    }

    /** Depth below the baseline at a size, as a positive number. */
    public float descent(float size) {
        return -descent * size / 1000f;
    }

    /** Writes glyphs as a string of two-byte glyph ids. */
    public void encode(int[] glyphs, int from, int to, PdfBytes out) {
        out.ascii("(");
        for (int i = from; i < to; i++) {
            out.stringByte(glyphs[i] >> 8).stringByte(glyphs[i] & 0xFF);
        }
        out.ascii(")");
    }

    /** Writes the font's objects into a file and returns the number of the one a page names. */
    public int writeTo(PdfFile file) {
        int fontFile = file.stream(" /Length1 " + programLength + " /Filter /FlateDecode", program);
        int fontDescriptor = file.object(new PdfBytes(256).ascii("<<").ascii(descriptor).ascii(" /FontFile2 ")
                .number(fontFile).ascii(" 0 R>>"));
        int cidFont = file.object(new PdfBytes(widths.length() + 256).ascii("<</Type /Font /Subtype /CIDFontType2 /BaseFont /")
                .ascii(name).ascii(" /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>")
                .ascii(" /FontDescriptor ").number(fontDescriptor).ascii(" 0 R /CIDToGIDMap /Identity /W ").ascii(widths)
                .ascii(">>"));
        int unicode = file.stream(" /Filter /FlateDecode", toUnicode);
        return file.object(new PdfBytes(256).ascii("<</Type /Font /Subtype /Type0 /BaseFont /").ascii(name)
                .ascii(" /Encoding /Identity-H /DescendantFonts [").number(cidFont).ascii(" 0 R] /ToUnicode ")
                .number(unicode).ascii(" 0 R>>"));
    }

    /** In thousandths of the em, rounded down: the unit of a PDF font's widths and metrics. */
    private int thousandths(int units) {
        return units * 1000 / unitsPerEm;
    }

    private String widthArray(int glyphs) {
        StringBuilder text = new StringBuilder(glyphs * 5 + 8).append("[0 [");
        for (int g = 0; g < glyphs; g++) {
            text.append(g == 0 ? "" : " ").append(advance[g]);
        }
        return text.append("]]").toString();
    }

    private static String toUnicodeMap(Map<Integer, String> unicodeOfGlyph) {
        StringBuilder map = new StringBuilder(unicodeOfGlyph.size() * 20 + 400);
        map.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int inBlock = 0;
        int left = unicodeOfGlyph.size();
        for (Map.Entry<Integer, String> entry : unicodeOfGlyph.entrySet()) {
            if (inBlock == 0) {
                map.append(Math.min(100, left)).append(" beginbfchar\n");
            }
            map.append('<').append(hex4(entry.getKey())).append("> <");
            for (char unit : entry.getValue().toCharArray()) {
                map.append(hex4(unit));
            }
            map.append(">\n");
            inBlock++;
            left--;
            if (inBlock == 100 || left == 0) {
                map.append("endbfchar\n");
                inBlock = 0;
            }
        }
        return map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }

    private static String hex4(int value) {
        String hex = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(hex.length()) + hex;
    }
}

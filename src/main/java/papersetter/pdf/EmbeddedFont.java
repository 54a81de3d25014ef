package papersetter.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font already cut down to one run's characters, ready to embed: its program
 * compressed, its widths and its map back to Unicode (so text can be searched and copied) are
 * all worked out once, and every document of the run embeds the same bytes. It also answers the
 * layout's questions (how wide, how tall), from the very numbers the PDF will carry.
 *
 * <p>Immutable once built, so every rendering thread may share it.
 */
public final class EmbeddedFont {
    private final String name;
    private final int unitsPerEm;
    /** Glyph id of each character of the Basic Multilingual Plane (0: none). */
    private final char[] glyphOfChar = new char[0x10000];
    private final Map<Integer, Integer> glyphOfSupplementary = new HashMap<>();
    /** Advance of each glyph, in thousandths of the size. */
    private final int[] advance;
    private final int ascent;
    private final int descent;
    private final byte[] program;
    private final int programLength;
    private final String descriptor;
    private final String widths;
    private final byte[] toUnicode;

    /**
     * @param font the cut-down font program
     * @param characters the characters it was cut down to
     * @param beyondBmp the glyphs of characters beyond the Basic Multilingual Plane, which the
     *     cut-down font's character map does not hold
     * @param tag six capital letters naming this cut (PDF's convention for a subset)
     */
    public EmbeddedFont(byte[] font, Set<Integer> characters, Map<Integer, Integer> beyondBmp, String tag) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            unitsPerEm = ttf.getUnitsPerEm();
            int glyphs = ttf.getNumberOfGlyphs();
            advance = new int[glyphs];
            for (int g = 0; g < glyphs; g++) {
                advance[g] = thousandths(ttf.getHorizontalMetrics().getAdvanceWidth(g));
            }
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            // Lowest code point first: where two characters share a glyph (space, no-break space),
            // copying the text gives the plainer one.
            Map<Integer, Integer> unicodeOfGlyph = new TreeMap<>();
            for (int c : characters) {
                int glyph = c < 0x10000 ? cmap.getGlyphId(c) : beyondBmp.getOrDefault(c, 0);
                if (glyph <= 0 || glyph >= glyphs) {
                    continue;
                }
                if (c < 0x10000) {
                    glyphOfChar[c] = (char) glyph;
                } else {
                    glyphOfSupplementary.put(c, glyph);
                }
                unicodeOfGlyph.putIfAbsent(glyph, c);
            }
            OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
            HeaderTable head = ttf.getHeader();
            ascent = thousandths(os2.getTypoAscender());
            descent = thousandths(os2.getTypoDescender());
            name = tag + "+" + ttf.getName().replaceAll("[^A-Za-z0-9-]", "");
            float italicAngle = ttf.getPostScript().getItalicAngle();
            boolean fixed = ttf.getPostScript().getIsFixedPitch() != 0;
            int capHeight = os2.getVersion() >= 2 ? thousandths(os2.getCapHeight()) : ascent;
            int flags = 32 | (fixed ? 1 : 0) | (italicAngle != 0 ? 64 : 0);
            descriptor = "/Type /FontDescriptor /FontName /" + name + " /Flags " + flags + " /FontBBox ["
                    + thousandths(head.getXMin()) + " " + thousandths(head.getYMin()) + " "
                    + thousandths(head.getXMax()) + " " + thousandths(head.getYMax()) + "] /ItalicAngle "
                    + Math.round(italicAngle) + " /Ascent " + ascent + " /Descent " + descent + " /CapHeight "
                    + capHeight + " /StemV 80";
            widths = widthArray(glyphs);
            toUnicode = PdfFile.deflate(toUnicodeMap(unicodeOfGlyph).getBytes(StandardCharsets.US_ASCII));
            program = PdfFile.deflate(font);
            programLength = font.length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a bundled font", e);
        }
    }

    /** The advance of a text, in points, at a size. */
    public float width(String text, float size) {
        long total = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int glyph = glyph(c);
            if (glyph > 0) {
                total += advance[glyph];
            }
        }
        return total * size / 1000f;
    }

    /** Height above the baseline at a size. */
    public float ascent(float size) {
        return ascent * size / 1000f;
    }

    /** Depth below the baseline at a size, as a positive number. */
    public float descent(float size) {
        return -descent * size / 1000f;
    }

    /** Writes the text as a string of two-byte glyph ids; characters the font lacks are left out. */
    public void encode(String text, PdfBytes out) {
        out.ascii("(");
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int glyph = glyph(c);
            if (glyph > 0) {
                out.stringByte(glyph >> 8).stringByte(glyph & 0xFF);
            }
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

    private int glyph(int c) {
        if (c < 0x10000) {
            return glyphOfChar[c];
        }
        Integer glyph = glyphOfSupplementary.get(c);
        return glyph == null ? 0 : glyph;
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

    private static String toUnicodeMap(Map<Integer, Integer> unicodeOfGlyph) {
        StringBuilder map = new StringBuilder(unicodeOfGlyph.size() * 20 + 400);
        map.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int inBlock = 0;
        int left = unicodeOfGlyph.size();
        for (Map.Entry<Integer, Integer> entry : unicodeOfGlyph.entrySet()) {
            if (inBlock == 0) {
                map.append(Math.min(100, left)).append(" beginbfchar\n");
            }
            map.append('<').append(hex4(entry.getKey())).append("> <");
            for (char unit : Character.toChars(entry.getValue())) {
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

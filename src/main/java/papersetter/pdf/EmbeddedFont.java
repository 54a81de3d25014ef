package papersetter.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.UnicodeMapWriter;

/**
 * A TrueType font already cut down to one run's characters, ready to embed: its program
 * compressed, its widths and its map back to Unicode (so text can be searched and copied) are
 * all worked out once, and every document of the run embeds the same bytes, copied into fresh PDF
 * objects ({@link #toCos}) through PDFBox. It also answers the
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
    private final int flags;
    private final int[] box;
    private final float italicAngle;
    private final int capHeight;
    private final byte[] toUnicode;
    /** The character each glyph stands for (the plainest where several share one), or 0. */
    private final int[] unicodeOfGlyph;

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
            italicAngle = ttf.getPostScript().getItalicAngle();
            boolean fixed = ttf.getPostScript().getIsFixedPitch() != 0;
            capHeight = os2.getVersion() >= 2 ? thousandths(os2.getCapHeight()) : ascent;
            flags = 32 | (fixed ? 1 : 0) | (italicAngle != 0 ? 64 : 0);
            box = new int[] {thousandths(head.getXMin()), thousandths(head.getYMin()), thousandths(head.getXMax()),
                    thousandths(head.getYMax())};
            this.unicodeOfGlyph = new int[glyphs];
            Map<Integer, String> textOfGlyph = new TreeMap<>();
            unicodeOfGlyph.forEach((glyph, c) -> {
                this.unicodeOfGlyph[glyph] = c;
                textOfGlyph.put(glyph, new String(Character.toChars(c)));
            });
            toUnicode = DocumentDrawer.deflate(UnicodeMapWriter.toUnicode(textOfGlyph));
            program = DocumentDrawer.deflate(font);
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

    /**
     * The glyphs that show a text, in order; characters the font lacks are left out (the run's
     * checks see to it that a bank's text has none).
     */
    public int[] glyphIds(String text) {
        int length = text.length();
        int[] glyphs = new int[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            char unit = text.charAt(i);
            int glyph;
            if (Character.isHighSurrogate(unit) && i + 1 < length) {
                glyph = glyph(text.codePointAt(i));
                i++;
            } else {
                glyph = glyphOfChar[unit];
            }
            if (glyph > 0) {
                glyphs[count++] = glyph;
            }
        }
        return count == length ? glyphs : java.util.Arrays.copyOf(glyphs, count);
    }

    /** A glyph's advance, in thousandths of the size. */
    int advance(int glyph) {
        return advance[glyph];
    }

    /** Whether the glyphs give back exactly this text through the font's map to Unicode. */
    boolean givesBack(int[] glyphs, String text) {
        int at = 0;
        int length = text.length();
        for (int glyph : glyphs) {
            int c = glyph < unicodeOfGlyph.length ? unicodeOfGlyph[glyph] : 0;
            if (c == 0 || at >= length) {
                return false;
            }
            if (c < 0x10000) {
                if (text.charAt(at) != c) {
                    return false;
                }
                at++;
            } else {
                if (text.codePointAt(at) != c) {
                    return false;
                }
                at += 2;
            }
        }
        return at == length;
    }

    /** The glyph ids as a PDF string shows them with this font's Identity-H encoding: two bytes each. */
    byte[] encode(int[] glyphs) {
        byte[] bytes = new byte[glyphs.length * 2];
        for (int g = 0; g < glyphs.length; g++) {
            bytes[2 * g] = (byte) (glyphs[g] >> 8);
            bytes[2 * g + 1] = (byte) glyphs[g];
        }
        return bytes;
    }

    /**
     * The font as new PDF objects (a Type 0 font over a CIDFontType2), its program and map to
     * Unicode copied in already compressed: nothing is parsed or encoded again per document.
     */
    COSDictionary toCos() {
        COSStream file = stream(program);
        file.setInt(COSName.LENGTH1, programLength);
        PDFontDescriptor descriptor = new PDFontDescriptor(new COSDictionary());
        descriptor.getCOSObject().setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setFontName(name);
        descriptor.setFlags(flags);
        descriptor.setFontBoundingBox(new PDRectangle(box[0], box[1], box[2] - box[0], box[3] - box[1]));
        descriptor.setItalicAngle(Math.round(italicAngle));
        descriptor.setAscent(ascent);
        descriptor.setDescent(descent);
        descriptor.setCapHeight(capHeight);
        descriptor.setStemV(80);
        descriptor.getCOSObject().setItem(COSName.FONT_FILE2, file);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);
        systemInfo.setDirect(true);
        COSArray widths = new COSArray();
        for (int g = 0; g < advance.length; g++) {
            widths.add(COSInteger.get(advance[g]));
        }
        COSArray w = new COSArray();
        w.add(COSInteger.ZERO);
        w.add(widths);
        widths.setDirect(true);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, name);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        cidFont.setItem(COSName.W, w);

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, name);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, stream(toUnicode));
        return type0;
    }

    /** A stream holding data already Flate-compressed. */
    static COSStream stream(byte[] deflated) {
        COSStream stream = new COSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(deflated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
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
}

package papersetter.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
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
 * A TrueType font already cut down to one run's glyphs, ready to embed: its program compressed,
 * its widths and its map back to Unicode (so text can be searched and copied) are all worked out
 * once, and every document of the run embeds the same bytes, copied into fresh PDF objects
 * ({@link #toCos}) through PDFBox. Text reaches it already shaped, as glyph ids of this cut; the
 * layout measures with the very advances the PDF carries.
 *
 * <p>Immutable once built, so every rendering thread may share it.
 */
public final class EmbeddedFont {
    private final String name;
    private final int unitsPerEm;
    /** Advance of each glyph, in thousandths of the size. */
    private final int[] advance;
    /** What each glyph reads as (null: nothing). */
    private final String[] unicode;
    private final int ascent;
    private final int descent;
    private final byte[] program;
    private final int programLength;
    private final int flags;
    private final int[] box;
    private final float italicAngle;
    private final int capHeight;
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
            italicAngle = ttf.getPostScript().getItalicAngle();
            boolean fixed = ttf.getPostScript().getIsFixedPitch() != 0;
            capHeight = os2 != null && os2.getVersion() >= 2 ? thousandths(os2.getCapHeight()) : ascent;
            flags = 32 | (fixed ? 1 : 0) | (italicAngle != 0 ? 64 : 0);
            box = new int[] {thousandths(head.getXMin()), thousandths(head.getYMin()), thousandths(head.getXMax()),
                    thousandths(head.getYMax())};
            toUnicode = DocumentDrawer.deflate(UnicodeMapWriter.toUnicode(mapped));
            program = DocumentDrawer.deflate(font);
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

    /** In thousandths of the em, rounded down: the unit of a PDF font's widths and metrics. */
    private int thousandths(int units) {
        return units * 1000 / unitsPerEm;
    }
}

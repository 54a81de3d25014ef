package papersetter.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.KerningSubtable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One font file, read whole: what choosing a font for a character, measuring and shaping need.
 * Every table it reads is read when it is made, so rendering threads share it; cutting it down
 * (which reads glyph outlines) is done under its lock.
 */
final class FontProgram {
    /**
     * The tables a PDF viewer or printer reads from an embedded TrueType font (outlines, metrics,
     * hinting), and those papersetter reads back (cmap, OS/2, post, name). Substitution and
     * positioning tables are left out: a PDF's glyphs are already chosen and placed.
     */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx",
            "cvt ", "fpgm", "prep", "cmap", "OS/2", "post", "name");

    /** The name a trainer knows it by: a bundled font's name ({@code noto-devanagari}) or the file's path. */
    final String name;
    private final byte[] bytes;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final KerningSubtable kerning;
    final int unitsPerEm;
    final int glyphCount;
    private final int[] advance;
    /** Height above and depth below the baseline, in thousandths of the size (descent negative). */
    final int ascent;
    final int descent;
    private volatile Font awt;

    /** @throws IOException when the bytes are not a TrueType font papersetter can embed */
    FontProgram(String name, byte[] bytes) throws IOException {
        this.name = name;
        this.bytes = bytes;
        ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        if (ttf.getGlyph() == null) {
            throw new IOException("it has no TrueType outlines (glyf table)");
        }
        cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            throw new IOException("it has no Unicode character map");
        }
        unitsPerEm = ttf.getUnitsPerEm();
        glyphCount = ttf.getNumberOfGlyphs();
        advance = new int[glyphCount];
        for (int g = 0; g < glyphCount; g++) {
            advance[g] = ttf.getHorizontalMetrics().getAdvanceWidth(g);
        }
        KerningSubtable kern = null;
        if (ttf.getKerning() != null) {
            kern = ttf.getKerning().getHorizontalKerningSubtable();
        }
        kerning = kern;
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        if (os2 != null) {
            ascent = thousandths(os2.getTypoAscender());
            descent = thousandths(os2.getTypoDescender());
        } else {
            ascent = thousandths(ttf.getHorizontalHeader().getAscender());
            descent = thousandths(ttf.getHorizontalHeader().getDescender());
        }
        // Read now what cutting down will need, so that it is not read lazily on several threads.
        ttf.getIndexToLocation();
        ttf.getNaming();
        ttf.getPostScript();
        ttf.getHeader();
    }

    /** The glyph of a character, or 0 when the font has none. */
    int glyph(int c) {
        return cmap.getGlyphId(c);
    }

    boolean has(int c) {
        return cmap.getGlyphId(c) > 0;
    }

    /**
     * A glyph's advance in thousandths of the size, rounded down as a PDF font's widths are
     * (EmbeddedFont): text placed glyph by glyph then needs no correction between glyphs.
     */
    float advance(int glyph) {
        return glyph < glyphCount ? advance[glyph] * 1000 / unitsPerEm : 0;
    }

    /** The kerning between two glyphs in thousandths of the size (negative brings them closer). */
    float kerning(int left, int right) {
        return kerning == null ? 0 : kerning.getKerning(left, right) * 1000f / unitsPerEm;
    }

    int thousandths(int units) {
        return units * 1000 / unitsPerEm;
    }

    /** The font for the JDK's OpenType layout (HarfBuzz), at 1000 points: positions come in thousandths. */
    Font awt() {
        Font font = awt;
        if (font == null) {
            synchronized (this) {
                font = awt;
                if (font == null) {
                    try {
                        font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)).deriveFont(1000f)
                                .deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON));
                    } catch (FontFormatException | IOException e) {
                        throw new IllegalStateException("the JDK cannot lay out the font " + name, e);
                    }
                    awt = font;
                }
            }
        }
        return font;
    }

    /** A font cut down to some glyphs, with where each kept glyph went. */
    record Cut(byte[] font, Map<Integer, Integer> newGlyphOfOld) {
    }

    /**
     * Cuts the font down to these glyphs (plus those composite glyphs are made of); the characters
     * of the Basic Multilingual Plane among {@code characters} keep their entries in its character map.
     */
    synchronized Cut cut(Set<Integer> glyphs, Set<Integer> characters) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, KEPT_TABLES);
            for (int c : characters) {
                if (c < 0x10000 && has(c)) {
                    subsetter.add(c);
                }
            }
            subsetter.addGlyphIds(new TreeSet<>(glyphs));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            subsetter.writeToStream(out);
            Map<Integer, Integer> newGlyphOfOld = new HashMap<>();
            subsetter.getGIDMap().forEach((newGlyph, oldGlyph) -> newGlyphOfOld.put(oldGlyph, newGlyph));
            return new Cut(out.toByteArray(), newGlyphOfOld);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut down the font " + name, e);
        }
    }
}

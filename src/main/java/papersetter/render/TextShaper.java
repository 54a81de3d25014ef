package papersetter.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns a text into placed glyphs, font by font. Text that needs OpenType layout (Indic conjuncts
 * and vowel signs, Arabic joining, Thai and other marks, anything right to left) is shaped by the
 * JDK's font layout, which is HarfBuzz; plain left-to-right text of scripts without such rules
 * (Latin, Greek, Cyrillic, Chinese, symbols) takes each character's glyph from the font's map and
 * its kerning from the font's kerning table, which gives the same placing far faster.
 *
 * <p>Glyph ids here are the whole font's; {@link RunFonts} maps them to the cut-down font's.
 */
final class TextShaper {
    /** Loaded only when some text needs the JDK's layout: a Latin paper never loads the JDK's font machinery. */
    private static final class Jdk {
        static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    }

    private TextShaper() {
    }

    /** Stretches of a text that one font prints: [start, end) and the font, in reading order. */
    record Item(int start, int end, int font) {
    }

    static List<Item> itemize(FontChoice choice, Face face, String text) {
        List<Item> items = new ArrayList<>();
        int start = 0;
        int current = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int font = choice.pick(face, c, current);
            if (font < 0) {
                if (!FontChoice.needsNoGlyph(c)) {
                    throw new IllegalStateException(String.format(
                            "no font of the layout has U+%04X; the bank check should have refused it", c));
                }
                font = current >= 0 ? current : choice.chain(face)[0];
            }
            if (font != current && i > start) {
                items.add(new Item(start, i, current));
                start = i;
            }
            current = font;
            i += Character.charCount(c);
        }
        if (text.length() > start) {
            items.add(new Item(start, text.length(), current));
        }
        return items;
    }

    /** A text in one face, read in one direction; glyph ids of the whole fonts. */
    static Shaped shape(FontChoice choice, Face face, String text, boolean rtl) {
        List<Item> items = itemize(choice, face, text);
        List<GlyphRun> runs = new ArrayList<>(items.size());
        for (Item item : items) {
            runs.add(shapeItem(choice.program(item.font()), item.font(), text.substring(item.start(), item.end()), rtl));
        }
        if (rtl) {
            Collections.reverse(runs);
        }
        List<GlyphRun> placed = new ArrayList<>(runs.size());
        float pen = 0;
        for (GlyphRun run : runs) {
            placed.add(run.shifted(pen));
            pen += run.end();
        }
        return new Shaped(text, placed, pen, rtl);
    }

    static GlyphRun shapeItem(FontProgram font, int index, String text, boolean rtl) {
        if (!rtl && simple(text)) {
            return simpleRun(font, index, text);
        }
        char[] chars = text.toCharArray();
        int flags = (rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT) | Font.LAYOUT_NO_START_CONTEXT
                | Font.LAYOUT_NO_LIMIT_CONTEXT;
        GlyphVector vector = font.awt().layoutGlyphVector(Jdk.CONTEXT, chars, 0, chars.length, flags);
        int n = vector.getNumGlyphs();
        int[] glyphs = new int[n];
        float[] x = new float[n];
        float[] y = new float[n];
        int[] clusters = new int[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int glyph = vector.getGlyphCode(i);
            int cluster = vector.getGlyphCharIndex(i);
            // The JDK gives invisible glyphs (0xFFFF) for joiners and controls; a missing glyph is 0.
            if (glyph >= font.glyphCount || glyph < 0
                    || glyph == 0 && FontChoice.needsNoGlyph(text.codePointAt(Math.max(0, cluster)))) {
                continue;
            }
            Point2D at = vector.getGlyphPosition(i);
            glyphs[kept] = glyph;
            x[kept] = (float) at.getX();
            y[kept] = (float) -at.getY();
            clusters[kept] = Math.max(0, cluster);
            kept++;
        }
        float end = (float) vector.getGlyphPosition(n).getX();
        return new GlyphRun(index, java.util.Arrays.copyOf(glyphs, kept), java.util.Arrays.copyOf(x, kept),
                java.util.Arrays.copyOf(y, kept), end, text, java.util.Arrays.copyOf(clusters, kept), rtl, false);
    }

    /** Each character's glyph from the map, kerned: plain left-to-right text of simple scripts. */
    private static GlyphRun simpleRun(FontProgram font, int index, String text) {
        int n = text.codePointCount(0, text.length());
        int[] glyphs = new int[n];
        float[] x = new float[n];
        int[] clusters = new int[n];
        float pen = 0;
        int kept = 0;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int glyph = font.glyph(c);
            if (glyph > 0) {
                if (previous > 0) {
                    pen += font.kerning(previous, glyph);
                }
                glyphs[kept] = glyph;
                x[kept] = pen;
                clusters[kept] = i;
                pen += font.advance(glyph);
                kept++;
                previous = glyph;
            }
            i += Character.charCount(c);
        }
        return new GlyphRun(index, java.util.Arrays.copyOf(glyphs, kept), java.util.Arrays.copyOf(x, kept),
                new float[kept], pen, text, java.util.Arrays.copyOf(clusters, kept), false, false);
    }

    /**
     * Whether a text can be set glyph by glyph from the font's map: no marks, joiners or other
     * format characters, no right-to-left letters, and no script whose letters change shape or
     * order (Indic, Arabic, Thai and their kin).
     */
    static boolean simple(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x0300) {
                continue;
            }
            if (!simple(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean simple(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return false;
        }
        byte direction = Character.getDirectionality(c);
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            return false;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case LATIN, GREEK, CYRILLIC, COMMON, HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO, ARMENIAN, GEORGIAN,
                    ETHIOPIC, CHEROKEE, YI -> true;
            default -> false;
        };
    }
}

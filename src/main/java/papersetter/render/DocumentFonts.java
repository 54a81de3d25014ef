package papersetter.render;

import java.util.Map;
import java.util.TreeMap;
import papersetter.pdf.EmbeddedFont;

/**
 * The fonts of one PDF: which of the run's fonts it has used, under which resource names. Only the
 * fonts a document uses are embedded in it, so a Latin paper carries no Devanagari font.
 */
final class DocumentFonts implements Metrics {
    private final RunFonts run;
    private final Map<Integer, String> used = new TreeMap<>();

    DocumentFonts(RunFonts run) {
        this.run = run;
    }

    /** The resource name a page calls one of the run's fonts by ("F1"), noting that the document uses it. */
    String resource(int font) {
        return used.computeIfAbsent(font, f -> "F" + (f + 1));
    }

    RunFonts run() {
        return run;
    }

    /** The fonts used, by resource name. */
    Map<String, EmbeddedFont> used() {
        Map<String, EmbeddedFont> fonts = new TreeMap<>();
        used.forEach((font, name) -> fonts.put(name, run.font(font)));
        return fonts;
    }

    @Override
    public Shaped shape(Face face, String text, boolean rtl) {
        return run.shape(face, text, rtl);
    }

    Shaped line(Face face, String text) {
        return run.line(face, text);
    }

    @Override
    public float width(Face face, String text, float size) {
        return run.width(face, text, size);
    }

    @Override
    public float ascent(Face face, float size) {
        return run.ascent(face, size);
    }

    @Override
    public float descent(Face face, float size) {
        return run.descent(face, size);
    }
}

package papersetter.render;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import papersetter.pdf.EmbeddedFont;

/**
 * The fonts of one PDF: which of the run's faces it has used, under which resource names. Only the
 * faces a document uses are embedded in it. DejaVu covers Latin, Greek, Cyrillic and the symbols a
 * bank is likely to hold (é ₹ → ½ H₂SO₄ µ Ω), and is embedded so every printer shows the same.
 */
final class DocumentFonts implements Metrics {
    private final RunFonts run;
    private final Map<Face, String> used = new EnumMap<>(Face.class);

    DocumentFonts(RunFonts run) {
        this.run = run;
    }

    /** The resource name a page calls a face by ("F1"), noting that the document uses it. */
    String resource(Face face) {
        return used.computeIfAbsent(face, f -> "F" + (f.ordinal() + 1));
    }

    RunFonts run() {
        return run;
    }

    /** The faces used, by resource name. */
    Map<String, EmbeddedFont> used() {
        Map<String, EmbeddedFont> fonts = new TreeMap<>();
        used.forEach((face, name) -> fonts.put(name, run.font(face)));
        return fonts;
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

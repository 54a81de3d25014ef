package papersetter.render;

import papersetter.pdf.EmbeddedFont;

/**
 * The fonts one document measures and draws with: the run's faces, each cut down and prepared once
 * per run. DejaVu covers Latin, Greek, Cyrillic and the symbols a bank is likely to hold
 * (é ₹ → ½ H₂SO₄ µ Ω), and is embedded so every printer shows the same. Only the faces a document
 * draws with are embedded in it.
 */
final class DocumentFonts implements Metrics {
    private final RunFonts run;
    /** The faces this document has asked for, kept at hand: a page asks for one with every run of text. */
    private final java.util.EnumMap<Face, EmbeddedFont> faces = new java.util.EnumMap<>(Face.class);

    DocumentFonts(RunFonts run) {
        this.run = run;
    }

    RunFonts run() {
        return run;
    }

    /** The face as the PDF embeds it. */
    EmbeddedFont font(Face face) {
        EmbeddedFont font = faces.get(face);
        if (font == null) {
            font = run.font(face);
            faces.put(face, font);
        }
        return font;
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

package papersetter.render;

import papersetter.pdf.EmbeddedFont;

/**
 * The fonts one document measures, shapes and draws with: the run's fonts, each cut down and
 * prepared once per run. Only the fonts a document draws with are embedded in it (the drawing
 * interface names each as it is first used), so a Latin paper carries no Devanagari font.
 */
final class DocumentFonts implements Metrics {
    private final RunFonts run;

    DocumentFonts(RunFonts run) {
        this.run = run;
    }

    RunFonts run() {
        return run;
    }

    /** One of the run's fonts, by its place in {@link RunFonts#fonts()}, as the PDF embeds it. */
    EmbeddedFont font(int index) {
        return run.font(index);
    }

    @Override
    public Shaped shape(Face face, String text, boolean rtl) {
        return run.shape(face, text, rtl);
    }

    /** A one-line text shaped and set in bidirectional order (a footer, a watermark). */
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

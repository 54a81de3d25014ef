package papersetter.render;

import java.util.List;
import papersetter.pdf.Canvas;
import papersetter.pdf.EmbeddedFont;
import papersetter.pdf.Tag;

/** Draws inks on a page through the drawing interface; it knows nothing of PDF. */
final class InkPainter {
    private final Canvas canvas;
    private final DocumentFonts fonts;

    InkPainter(Canvas canvas, DocumentFonts fonts) {
        this.canvas = canvas;
        this.fonts = fonts;
    }

    /** @param left the page x of the inks' x = 0; @param top the distance from the page's top edge of their y = 0 */
    void paint(List<Ink> inks, float left, float top) {
        for (Ink ink : inks) {
            if (ink instanceof Ink.Text text) {
                Style style = text.style();
                for (GlyphRun run : text.glyphs()) {
                    if (run.glyphs().length > 0) {
                        Placed placed = placed(run, style.size());
                        canvas.text(fonts.font(run.font()), style.size(), style.color(), left + text.x() + placed.x,
                                top + text.baseline(), run.glyphs(), placed.positions, placed.rises, actualText(run));
                    }
                }
            } else if (ink instanceof Ink.Fill box) {
                canvas.fill(left + box.x(), top + box.y(), box.width(), box.height(), box.color());
            } else if (ink instanceof Ink.Rule rule) {
                canvas.rule(left + rule.x1(), top + rule.y1(), left + rule.x2(), top + rule.y2(), rule.lineWidth(),
                        rule.color());
            } else if (ink instanceof Ink.Frame frame) {
                canvas.box(left + frame.x(), top + frame.y(), frame.width(), frame.height(), frame.lineWidth(),
                        frame.color());
            } else if (ink instanceof Ink.Picture picture) {
                canvas.picture(left + picture.x(), top + picture.y(), picture.width(), picture.height(),
                        picture.image());
            } else if (ink instanceof Ink.Formula formula) {
                // Its own element, whose alternate text (and the text copying gives) is the LaTeX.
                TypesetFormula set = formula.formula();
                float bleed = set.bleed() * formula.scale();
                canvas.begin(Tag.formula(set.latex()));
                canvas.form(left + formula.x() - bleed, top + formula.top() - bleed, formula.width() + 2 * bleed,
                        (set.total() + 2 * set.bleed()) * formula.scale(), set.form());
                canvas.end();
            } else if (ink instanceof Ink.Begin begin) {
                canvas.begin(begin.tag());
            } else if (ink instanceof Ink.End) {
                canvas.end();
            } else if (ink instanceof Ink.Bookmark bookmark) {
                canvas.bookmark(bookmark.level(), bookmark.title(), top + bookmark.y());
            }
        }
    }

    /**
     * A one-line text turned by an angle about (x, y) on its baseline, run by run (a watermark).
     *
     * @param y the distance of the baseline's start from the page's top edge
     */
    void watermark(Shaped line, float size, java.awt.Color color, float x, float y, double degrees) {
        for (GlyphRun run : line.runs()) {
            if (run.glyphs().length > 0) {
                float[] positions = new float[run.glyphs().length];
                float[] rises = rises(run, size);
                for (int i = 0; i < positions.length; i++) {
                    positions[i] = run.x()[i] * size / 1000f;
                }
                EmbeddedFont font = fonts.font(run.font());
                canvas.watermark(font, size, color, x, y, degrees, run.glyphs(), positions, rises, actualText(run));
            }
        }
    }

    /** A run's glyphs placed from its first: where the run starts, and each glyph's x and rise, in points. */
    private record Placed(float x, float[] positions, float[] rises) {
    }

    private static Placed placed(GlyphRun run, float size) {
        float[] x = run.x();
        float start = x[0];
        float[] positions = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            positions[i] = (x[i] - start) * size / 1000f;
        }
        return new Placed(start * size / 1000f, positions, rises(run, size));
    }

    /** Each glyph's rise in points, or null when every glyph sits on the baseline. */
    private static float[] rises(GlyphRun run, float size) {
        float[] y = run.y();
        float[] rises = null;
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0) {
                if (rises == null) {
                    rises = new float[y.length];
                }
                rises[i] = y[i] * size / 1000f;
            }
        }
        return rises;
    }

    /** The run's text where its glyphs do not give it back one by one (decided once, as the run was shaped). */
    private static String actualText(GlyphRun run) {
        return run.actualText() ? run.text() : null;
    }
}

package papersetter.render;

import java.util.List;
import papersetter.pdf.Canvas;
import papersetter.pdf.EmbeddedFont;

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
                EmbeddedFont font = fonts.font(style.face());
                canvas.text(font, style.size(), style.color(), left + text.x(), top + text.baseline(),
                        font.glyphIds(text.text()), null, text.text());
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
            } else if (ink instanceof Ink.Begin begin) {
                canvas.begin(begin.tag());
            } else if (ink instanceof Ink.End) {
                canvas.end();
            } else if (ink instanceof Ink.Bookmark bookmark) {
                canvas.bookmark(bookmark.level(), bookmark.title(), top + bookmark.y());
            }
        }
    }
}

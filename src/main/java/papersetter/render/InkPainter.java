package papersetter.render;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;
import papersetter.model.BadInputException;

/**
 * Paints inks onto a page with the document's own fonts. Neighbouring texts share one text object
 * (across figures too, until {@link #finish()}), and the font and colour are set only when they
 * change, which keeps the content stream small.
 */
final class InkPainter {
    private final PdfContentByte canvas;
    private final DocumentFonts fonts;
    private boolean inText;
    private BaseFont font;
    private float size;
    private Color color;

    InkPainter(PdfContentByte canvas, DocumentFonts fonts) {
        this.canvas = canvas;
        this.fonts = fonts;
    }

    /** @param left the page x of the inks' x = 0; @param top the page y of their y = 0 */
    void paint(List<Ink> inks, float left, float top) {
        for (Ink ink : inks) {
            if (ink instanceof Ink.Text text) {
                text(text, left, top);
                continue;
            }
            endText();
            if (ink instanceof Ink.Fill fill) {
                canvas.setColorFill(fill.color());
                canvas.rectangle(left + fill.x(), top - fill.y() - fill.height(), fill.width(), fill.height());
                canvas.fill();
                color = null;
            } else if (ink instanceof Ink.Rule rule) {
                canvas.setLineWidth(rule.lineWidth());
                canvas.setColorStroke(rule.color());
                canvas.moveTo(left + rule.x1(), top - rule.y1());
                canvas.lineTo(left + rule.x2(), top - rule.y2());
                canvas.stroke();
            } else if (ink instanceof Ink.Frame frame) {
                canvas.setLineWidth(frame.lineWidth());
                canvas.setColorStroke(frame.color());
                canvas.rectangle(left + frame.x(), top - frame.y() - frame.height(), frame.width(), frame.height());
                canvas.stroke();
            } else if (ink instanceof Ink.Picture picture) {
                picture(picture, left, top);
            }
        }
    }

    /** Ends the text object the last inks left open; call once after the last {@link #paint}. */
    void finish() {
        endText();
    }

    private void text(Ink.Text text, float left, float top) {
        if (!inText) {
            canvas.beginText();
            inText = true;
        }
        BaseFont wanted = fonts.font(text.style().face());
        if (wanted != font || text.style().size() != size) {
            font = wanted;
            size = text.style().size();
            canvas.setFontAndSize(font, size);
        }
        if (!text.style().color().equals(color)) {
            color = text.style().color();
            canvas.setColorFill(color);
        }
        canvas.setTextMatrix(left + text.x(), top - text.baseline());
        canvas.showText(text.text());
    }

    private void endText() {
        if (inText) {
            canvas.endText();
            inText = false;
        }
    }

    private void picture(Ink.Picture picture, float left, float top) {
        try {
            Image image = Image.getInstance(picture.bytes());
            canvas.addImage(image, picture.width(), 0, 0, picture.height(), left + picture.x(),
                    top - picture.y() - picture.height());
        } catch (java.io.IOException | RuntimeException e) {
            throw new BadInputException("a picture could not be drawn — save it as PNG or JPEG");
        }
    }
}

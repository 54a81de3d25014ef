package papersetter.render;

import java.awt.Color;
import java.util.List;
import papersetter.pdf.PdfBytes;

/**
 * Writes inks as PDF page-description operators. Neighbouring texts share one text object (across
 * figures too, until {@link #finish()}), and the font and colour are set only when they change,
 * which keeps the content stream small.
 */
final class InkPainter {
    private final PdfBytes out;
    private final DocumentFonts fonts;
    private final Pictures pictures;
    private boolean inText;
    private Face face;
    private float size;
    private Color fill;

    InkPainter(PdfBytes out, DocumentFonts fonts, Pictures pictures) {
        this.out = out;
        this.fonts = fonts;
        this.pictures = pictures;
    }

    /** @param left the page x of the inks' x = 0; @param top the page y of their y = 0 */
    void paint(List<Ink> inks, float left, float top) {
        for (Ink ink : inks) {
            if (ink instanceof Ink.Text text) {
                text(text, left, top);
                continue;
            }
            endText();
            if (ink instanceof Ink.Fill box) {
                fill(box.color());
                out.number(left + box.x()).space().number(top - box.y() - box.height()).space().number(box.width())
                        .space().number(box.height()).ascii(" re f\n");
            } else if (ink instanceof Ink.Rule rule) {
                stroke(rule.lineWidth(), rule.color());
                out.number(left + rule.x1()).space().number(top - rule.y1()).ascii(" m ").number(left + rule.x2())
                        .space().number(top - rule.y2()).ascii(" l S\n");
            } else if (ink instanceof Ink.Frame frame) {
                stroke(frame.lineWidth(), frame.color());
                out.number(left + frame.x()).space().number(top - frame.y() - frame.height()).space()
                        .number(frame.width()).space().number(frame.height()).ascii(" re S\n");
            } else if (ink instanceof Ink.Picture picture) {
                out.ascii("q ").number(picture.width()).ascii(" 0 0 ").number(picture.height()).space()
                        .number(left + picture.x()).space().number(top - picture.y() - picture.height())
                        .ascii(" cm /").ascii(pictures.resource(picture.image())).ascii(" Do Q\n");
            }
        }
    }

    /** Ends the text object the last inks left open; call once after the last {@link #paint}. */
    void finish() {
        endText();
    }

    private void text(Ink.Text text, float left, float top) {
        if (!inText) {
            out.ascii("BT\n");
            inText = true;
        }
        Style style = text.style();
        if (style.face() != face || style.size() != size) {
            face = style.face();
            size = style.size();
            out.ascii("/").ascii(fonts.resource(face)).space().number(size).ascii(" Tf\n");
        }
        fill(style.color());
        out.ascii("1 0 0 1 ").number(left + text.x()).space().number(top - text.baseline()).ascii(" Tm ");
        fonts.run().font(face).encode(text.text(), out);
        out.ascii(" Tj\n");
    }

    private void fill(Color color) {
        if (!color.equals(fill)) {
            fill = color;
            rgb(color).ascii(" rg\n");
        }
    }

    private void stroke(float lineWidth, Color color) {
        out.number(lineWidth).ascii(" w ");
        rgb(color).ascii(" RG ");
    }

    private PdfBytes rgb(Color color) {
        return out.number(color.getRed() / 255.0).space().number(color.getGreen() / 255.0).space()
                .number(color.getBlue() / 255.0);
    }

    private void endText() {
        if (inText) {
            out.ascii("ET\n");
            inText = false;
        }
    }
}

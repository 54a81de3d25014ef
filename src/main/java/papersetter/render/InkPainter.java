package papersetter.render;

import java.awt.Color;
import java.util.List;
import papersetter.pdf.EmbeddedFont;
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
    private int font = -1;
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
        fill(text.style().color());
        show(text.glyphs(), text.style().size(), 1, 0, left + text.x(), top - text.baseline());
    }

    /**
     * Shows glyph runs from an origin, along a direction (cos, sin): each run at its place, with the
     * pen moved where shaping or kerning placed a glyph other than where the font's advance would
     * (TJ), and raised where a mark sits above the baseline (Ts). A run whose glyphs do not read
     * back as its text carries its text as /ActualText.
     */
    void show(java.util.List<GlyphRun> runs, float size, float cos, float sin, float x, float y) {
        for (GlyphRun run : runs) {
            if (run.glyphs().length == 0) {
                continue;
            }
            if (run.font() != font || size != this.size) {
                font = run.font();
                this.size = size;
                out.ascii("/").ascii(fonts.resource(font)).space().number(size).ascii(" Tf\n");
            }
            if (run.actualText()) {
                out.ascii("/Span <</ActualText ").textString(run.text()).ascii(">> BDC ");
            }
            float dx = run.x()[0] * size / 1000f;
            if (cos == 1 && sin == 0) {
                out.ascii("1 0 0 1 ");
            } else {
                out.number(cos).space().number(sin).space().number(-sin).space().number(cos).space();
            }
            out.number(x + dx * cos).space().number(y + dx * sin).ascii(" Tm ");
            EmbeddedFont embedded = fonts.run().font(run.font());
            float pen = run.x()[0];
            float rise = 0;
            boolean inArray = false;
            boolean inString = false;
            for (int i = 0; i < run.glyphs().length; i++) {
                float glyphRise = run.y()[i];
                if (Math.abs(glyphRise - rise) > 0.5f) {
                    if (inString) {
                        out.ascii(")");
                        inString = false;
                    }
                    if (inArray) {
                        out.ascii("] TJ ");
                        inArray = false;
                    }
                    rise = glyphRise;
                    out.number(rise * size / 1000f).ascii(" Ts ");
                }
                if (!inArray) {
                    out.ascii("[");
                    inArray = true;
                }
                float move = run.x()[i] - pen;
                if (Math.abs(move) > 0.5f) {
                    if (inString) {
                        out.ascii(")");
                        inString = false;
                    }
                    out.number(Math.round(-move));
                    pen += Math.round(move);
                }
                if (!inString) {
                    out.ascii("(");
                    inString = true;
                }
                int glyph = run.glyphs()[i];
                out.stringByte(glyph >> 8).stringByte(glyph & 0xFF);
                pen += embedded.advance(glyph);
            }
            if (inString) {
                out.ascii(")");
            }
            out.ascii("] TJ");
            if (rise != 0) {
                out.ascii(" 0 Ts");
            }
            if (run.actualText()) {
                out.ascii(" EMC");
            }
            out.ascii("\n");
        }
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

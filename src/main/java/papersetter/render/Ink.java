package papersetter.render;

import java.awt.Color;
import java.util.List;
import papersetter.pdf.PdfImage;
import papersetter.pdf.Tag;

/**
 * One mark on the page, in a figure's own coordinates: x rightwards from its left edge, y
 * downwards from its top. Figures are laid out once per run and painted into many documents,
 * so an ink holds values only, never anything that belongs to one document.
 */
sealed interface Ink {

    Ink shifted(float dx, float dy);

    /**
     * Text on one baseline in one style, shaped: its glyph runs, in line order, placed in
     * thousandths of the size from x, and the text they show (each run's text in reading order).
     */
    record Text(float x, float baseline, Style style, String text, List<GlyphRun> glyphs) implements Ink {
        public Text {
            glyphs = List.copyOf(glyphs);
        }

        /** A text shaped whole, set from x. */
        static Text of(float x, float baseline, Style style, Shaped shaped) {
            return new Text(x, baseline, style, shaped.text(), shaped.runs());
        }

        @Override
        public Ink shifted(float dx, float dy) {
            return new Text(x + dx, baseline + dy, style, text, glyphs);
        }
    }

    /** A filled rectangle (a shade behind code, a stripe behind a key entry). */
    record Fill(float x, float y, float width, float height, Color color) implements Ink {
        @Override
        public Ink shifted(float dx, float dy) {
            return new Fill(x + dx, y + dy, width, height, color);
        }
    }

    /** A straight rule. */
    record Rule(float x1, float y1, float x2, float y2, float lineWidth, Color color) implements Ink {
        @Override
        public Ink shifted(float dx, float dy) {
            return new Rule(x1 + dx, y1 + dy, x2 + dx, y2 + dy, lineWidth, color);
        }
    }

    /** The outline of a rectangle (an answer box, a cell of the key's grid). */
    record Frame(float x, float y, float width, float height, float lineWidth, Color color) implements Ink {
        @Override
        public Ink shifted(float dx, float dy) {
            return new Frame(x + dx, y + dy, width, height, lineWidth, color);
        }
    }

    /** A picture (a question's, a logo), drawn at the given size; it is read and compressed once per run. */
    record Picture(float x, float y, float width, float height, PdfImage image) implements Ink {
        @Override
        public Ink shifted(float dx, float dy) {
            return new Picture(x + dx, y + dy, width, height, image);
        }
    }

    /**
     * A typeset formula, its left edge at x and its baseline at baseline, drawn at scale (below 1
     * for a displayed formula shrunk to fit its column). It draws as a structure element of its own
     * whose alternate text is its LaTeX.
     */
    record Formula(float x, float baseline, TypesetFormula formula, float scale) implements Ink {
        float width() {
            return formula.width() * scale;
        }

        /** The top of the formula's box, in the figure's coordinates. */
        float top() {
            return baseline - formula.height() * scale;
        }

        float bottom() {
            return baseline + formula.depth() * scale;
        }

        @Override
        public Ink shifted(float dx, float dy) {
            return new Formula(x + dx, baseline + dy, formula, scale);
        }
    }

    /**
     * Opens a structure element (a heading, a list item, a table cell) around the inks that follow,
     * up to the matching {@link End}: what a screen reader announces. It draws nothing.
     */
    record Begin(Tag tag) implements Ink {
        @Override
        public Ink shifted(float dx, float dy) {
            return this;
        }
    }

    /** Closes the element the last open {@link Begin} opened. */
    record End() implements Ink {
        static final End END = new End();

        @Override
        public Ink shifted(float dx, float dy) {
            return this;
        }
    }

    /** An entry of the document's outline (bookmarks) pointing at this place; it draws nothing. */
    record Bookmark(float y, int level, String title) implements Ink {
        @Override
        public Ink shifted(float dx, float dy) {
            return new Bookmark(y + dy, level, title);
        }
    }
}

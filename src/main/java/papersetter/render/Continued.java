package papersetter.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The quiet marks on a block that runs on into the next frame: "continued on the next page" in
 * small grey italics at the foot of the part that breaks off, and "Question 7 (continued)" over
 * the part that carries on, so a student never wonders whether the text stopped there.
 */
final class Continued {
    /** The lines of a block's first row that always stay with its number: the number and two lines. */
    static final int FIRST_LINES = 3;
    private static final float GAP = 3;

    private final FigureMaker maker;
    private final Style style;
    private final float lineHeight;

    Continued(FigureMaker maker, float size) {
        this.maker = maker;
        this.style = Style.of(Face.ITALIC, size).tinted(DocumentStyle.GREY);
        this.lineHeight = maker.line("continued", style).height() + maker.descent(size);
    }

    /** The room above the part that carries on. */
    float above() {
        return lineHeight + GAP;
    }

    /** The room below the part that breaks off. */
    float below() {
        return GAP + lineHeight;
    }

    /** "Question 7 (continued)", its top at 0, at the left of the frame at x. */
    List<Ink> top(String label, float x) {
        String text = label.isEmpty() ? "(continued)" : label + " (continued)";
        return shifted(maker.line(text, style), x, 0);
    }

    /** "continued on the next page" at the right of a frame at x, under the part that breaks off. */
    List<Ink> bottom(boolean nextColumn, float x, float width) {
        Figure note = maker.line(nextColumn ? "continued in the next column" : "continued on the next page", style);
        return shifted(note, x + width - note.width(), GAP);
    }

    private static List<Ink> shifted(Figure figure, float x, float y) {
        List<Ink> inks = new ArrayList<>();
        for (Ink ink : figure.inks()) {
            inks.add(ink.shifted(x, y));
        }
        return inks;
    }
}

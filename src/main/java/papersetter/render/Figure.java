package papersetter.render;

import java.util.ArrayList;
import java.util.List;
import papersetter.pdf.Role;
import papersetter.pdf.Tag;

/**
 * Something laid out and ready to paint: its inks, in its own coordinates, and its size. A
 * figure is immutable, so one laid out for set A is painted again, unchanged, for set B.
 *
 * @param height from the top to the baseline of the last line (descenders hang into the
 *     padding below, as they do in a table cell)
 * @param ascent for text, from the top to the first baseline; 0 otherwise
 * @param lead for text, how far its first baseline wants to be below a line of text above it
 */
record Figure(List<Ink> inks, float width, float height, float ascent, float lead) {
    static final Figure EMPTY = new Figure(List.of(), 0, 0, 0, 0);

    Figure {
        inks = List.copyOf(inks);
    }

    /** A figure that is not text: a box, a picture, a grid. */
    static Figure of(List<Ink> inks, float width, float height) {
        return new Figure(inks, width, height, 0, 0);
    }

    /** The same figure moved right by dx and down by dy (dy is room above it, so it counts in its height). */
    Figure shifted(float dx, float dy) {
        List<Ink> moved = new ArrayList<>(inks.size());
        for (Ink ink : inks) {
            moved.add(ink.shifted(dx, dy));
        }
        return new Figure(moved, width + dx, height + dy, ascent + dy, lead + dy);
    }

    Figure withWidth(float newWidth) {
        return new Figure(inks, newWidth, height, ascent, lead);
    }

    /** The same figure as one structure element (a heading, a label, code) for screen readers. */
    Figure tagged(Tag tag) {
        List<Ink> wrapped = new ArrayList<>(inks.size() + 2);
        wrapped.add(new Ink.Begin(tag));
        wrapped.addAll(inks);
        wrapped.add(Ink.End.END);
        return new Figure(wrapped, width, height, ascent, lead);
    }

    Figure tagged(Role role) {
        return tagged(Tag.of(role));
    }

    boolean isText() {
        return lead > 0;
    }
}

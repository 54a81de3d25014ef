package papersetter.render;

import java.util.ArrayList;
import java.util.List;
import papersetter.pdf.Role;
import papersetter.pdf.Tag;

/**
 * A block papersetter lays out itself, row by row: a question, a key entry, a heading. Its figures
 * are laid out once per run and only placed anew for each set, so a row holds figures and where
 * they go, not copies of their inks.
 *
 * @param label what the block is called where it continues in another frame ("Question 7"), or
 *     empty
 */
record DrawnBlock(List<Row> rows, int keepRows, boolean keepWithNext, String label) {

    /** A figure placed in a row, its top-left corner at (x, y) from the row's top-left. */
    record Placed(Figure figure, float x, float y) {
    }

    /** One row: its height and what it shows. */
    record Row(float height, List<Placed> placed) {
    }

    DrawnBlock {
        rows = List.copyOf(rows);
    }

    /**
     * The same block with inks that draw nothing (structure, bookmarks) before its first row's
     * figures and after its last row's: a section's list opens with its first question and closes
     * with its last.
     */
    DrawnBlock around(List<Ink> before, List<Ink> after) {
        if (rows.isEmpty()) {
            return this;
        }
        List<Row> changed = new ArrayList<>(rows);
        Row first = changed.get(0);
        List<Placed> firstPlaced = new ArrayList<>();
        for (Ink ink : before) {
            firstPlaced.add(new Placed(Figure.of(List.of(ink), 0, 0), 0, 0));
        }
        firstPlaced.addAll(first.placed());
        changed.set(0, new Row(first.height(), firstPlaced));
        Row last = changed.get(changed.size() - 1);
        List<Placed> lastPlaced = new ArrayList<>(last.placed());
        for (Ink ink : after) {
            lastPlaced.add(new Placed(Figure.of(List.of(ink), 0, 0), 0, 0));
        }
        changed.set(changed.size() - 1, new Row(last.height(), lastPlaced));
        return new DrawnBlock(changed, keepRows, keepWithNext, label);
    }

    float[] heights() {
        float[] heights = new float[rows.size()];
        for (int r = 0; r < heights.length; r++) {
            heights[r] = rows.get(r).height();
        }
        return heights;
    }

    /** Builds a block a row at a time. */
    static final class Builder {
        private static final Figure END = Figure.of(List.of(Ink.End.END), 0, 0);

        private final List<Row> rows = new ArrayList<>();
        private List<Placed> placed = new ArrayList<>();
        private String label = "";

        /** Adds a figure to the row being built, its top {@code y} below the row's top. */
        Builder put(Figure figure, float x, float y) {
            placed.add(new Placed(figure, x, y));
            return this;
        }

        Builder put(Ink ink) {
            placed.add(new Placed(Figure.of(List.of(ink), 0, 0), 0, 0));
            return this;
        }

        /** Opens a structure element around the figures put after it, until {@link #close}. */
        Builder open(Role role) {
            return put(new Ink.Begin(Tag.of(role)));
        }

        /** Closes the element last opened; after the last row, it goes at that row's end. */
        Builder close() {
            if (placed.isEmpty() && !rows.isEmpty()) {
                Row last = rows.remove(rows.size() - 1);
                List<Placed> more = new ArrayList<>(last.placed());
                more.add(new Placed(END, 0, 0));
                rows.add(new Row(last.height(), more));
                return this;
            }
            placed.add(new Placed(END, 0, 0));
            return this;
        }

        Builder endRow(float height) {
            rows.add(new Row(height, placed));
            placed = new ArrayList<>();
            return this;
        }

        /** What the block is called at the top of a frame it continues into. */
        Builder label(String name) {
            this.label = name;
            return this;
        }

        int size() {
            return rows.size();
        }

        DrawnBlock build(int keepRows, boolean keepWithNext) {
            return new DrawnBlock(rows, keepRows, keepWithNext, label);
        }
    }
}

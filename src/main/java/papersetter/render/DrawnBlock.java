package papersetter.render;

import java.util.ArrayList;
import java.util.List;

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

    float[] heights() {
        float[] heights = new float[rows.size()];
        for (int r = 0; r < heights.length; r++) {
            heights[r] = rows.get(r).height();
        }
        return heights;
    }

    /** Builds a block a row at a time. */
    static final class Builder {
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

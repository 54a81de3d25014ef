package papersetter.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A block papersetter lays out itself, row by row: questions and key entries, whose pieces are
 * laid out once per run and only arranged anew for each set.
 */
record DrawnBlock(List<Row> rows, int keepRows, boolean keepWithNext) {

    /** One row: its height, and its inks with y = 0 at the row's top. */
    record Row(float height, List<Ink> inks) {
        Row {
            inks = List.copyOf(inks);
        }
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
        private List<Ink> inks = new ArrayList<>();

        /** Adds a figure to the row being built, its top {@code y} below the row's top. */
        Builder put(Figure figure, float x, float y) {
            for (Ink ink : figure.inks()) {
                inks.add(ink.shifted(x, y));
            }
            return this;
        }

        Builder put(Ink ink) {
            inks.add(ink);
            return this;
        }

        Builder endRow(float height) {
            rows.add(new Row(height, inks));
            inks = new ArrayList<>();
            return this;
        }

        int size() {
            return rows.size();
        }

        DrawnBlock build(int keepRows, boolean keepWithNext) {
            return new DrawnBlock(rows, keepRows, keepWithNext);
        }
    }
}

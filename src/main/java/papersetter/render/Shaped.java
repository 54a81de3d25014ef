package papersetter.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A text set in one face: its glyph runs (one per font) in the order they stand on the line, and
 * how far it advances, in thousandths of the size; the same at every size, so a text is shaped once.
 */
record Shaped(String text, List<GlyphRun> runs, float advance, boolean rtl) {
    Shaped {
        runs = List.copyOf(runs);
    }

    float width(float size) {
        return advance * size / 1000f;
    }

    /**
     * The glyphs that show characters {@code from} to {@code to} of the text, moved to start at 0;
     * for a word too long for its line, cut between clusters without shaping the pieces anew.
     */
    Shaped slice(int from, int to) {
        if (from == 0 && to == text.length()) {
            return this;
        }
        // The runs stand in line order; their texts follow one another in reading order.
        int[] starts = new int[runs.size()];
        int offset = 0;
        for (int r = 0; r < runs.size(); r++) {
            int logical = rtl ? runs.size() - 1 - r : r;
            starts[logical] = offset;
            offset += runs.get(logical).text().length();
        }
        List<GlyphRun> kept = new ArrayList<>();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (int r = 0; r < runs.size(); r++) {
            GlyphRun run = runs.get(r);
            int a = Math.max(from, starts[r]) - starts[r];
            int b = Math.min(to, starts[r] + run.text().length()) - starts[r];
            if (a >= b) {
                continue;
            }
            int count = 0;
            for (int i = 0; i < run.glyphs().length; i++) {
                if (run.clusters()[i] >= a && run.clusters()[i] < b) {
                    count++;
                }
            }
            int[] pick = new int[count];
            int k = 0;
            for (int i = 0; i < run.glyphs().length; i++) {
                if (run.clusters()[i] >= a && run.clusters()[i] < b) {
                    pick[k++] = i;
                    left = Math.min(left, run.x()[i]);
                    right = Math.max(right, run.x()[i] + advanceAfter(run, i));
                }
            }
            kept.add(sliceRun(run, pick, a, b));
        }
        if (left == Float.MAX_VALUE) {
            return new Shaped(text.substring(from, to), List.of(), 0, rtl);
        }
        List<GlyphRun> moved = new ArrayList<>();
        for (GlyphRun run : kept) {
            moved.add(run.shifted(-left));
        }
        return new Shaped(text.substring(from, to), moved, right - left, rtl);
    }

    /** How far the pen moves from a glyph to the next one (or to the run's end). */
    private static float advanceAfter(GlyphRun run, int i) {
        return (i + 1 < run.x().length ? run.x()[i + 1] : run.end()) - run.x()[i];
    }

    private static GlyphRun sliceRun(GlyphRun run, int[] pick, int a, int b) {
        int[] glyphs = new int[pick.length];
        float[] x = new float[pick.length];
        float[] y = new float[pick.length];
        int[] clusters = new int[pick.length];
        float end = pick.length == 0 ? 0 : run.x()[pick[pick.length - 1]] + advanceAfter(run, pick[pick.length - 1]);
        for (int k = 0; k < pick.length; k++) {
            glyphs[k] = run.glyphs()[pick[k]];
            x[k] = run.x()[pick[k]];
            y[k] = run.y()[pick[k]];
            clusters[k] = run.clusters()[pick[k]] - a;
        }
        return new GlyphRun(run.font(), glyphs, x, y, end, run.text().substring(a, b), clusters, run.rtl(),
                run.actualText());
    }

    /** One glyph per character, each as wide as {@code widths} says: for measuring without fonts (tests). */
    static Shaped uniform(String text, java.util.function.IntToDoubleFunction widths) {
        int n = text.codePointCount(0, text.length());
        int[] glyphs = new int[n];
        float[] x = new float[n];
        int[] clusters = new int[n];
        float pen = 0;
        int k = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            glyphs[k] = c;
            x[k] = pen;
            clusters[k] = i;
            pen += (float) widths.applyAsDouble(c);
            k++;
            i += Character.charCount(c);
        }
        return new Shaped(text, List.of(new GlyphRun(0, glyphs, x, new float[n], pen, text, clusters, false, false)),
                pen, false);
    }
}

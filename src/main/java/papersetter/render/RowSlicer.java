package papersetter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a block's rows between their lines of text, so that a stem, an option, a code box or a
 * model answer taller than the room left can continue in the next frame instead of running off
 * the page. A cut falls only where no line of text, picture or answer box crosses it; shading and
 * side bars are cut with the text (a shaded code box becomes two shaded boxes).
 *
 * <p>The planner sees the slices as rows; a row with no place to cut is one slice, painted whole.
 */
final class RowSlicer {
    /** A horizontal band of a row, {@code from} to {@code to} down from the row's top. */
    record Slice(int row, float from, float to, boolean first, boolean last) {
        float height() {
            return to - from;
        }
    }

    /** Below this a slice is not worth a cut of its own. */
    private static final float LEAST_SLICE = 2;

    private final Metrics metrics;

    RowSlicer(Metrics metrics) {
        this.metrics = metrics;
    }

    /** Every row of the block, cut where it may be, top to bottom. */
    List<Slice> slices(DrawnBlock block) {
        List<Slice> slices = new ArrayList<>();
        for (int r = 0; r < block.rows().size(); r++) {
            DrawnBlock.Row row = block.rows().get(r);
            List<Float> cuts = cuts(row);
            float from = 0;
            for (int c = 0; c <= cuts.size(); c++) {
                float to = c < cuts.size() ? cuts.get(c) : row.height();
                slices.add(new Slice(r, from, to, c == 0, c == cuts.size()));
                from = to;
            }
        }
        return slices;
    }

    /** The places a row may be cut: the top of each line of text that nothing else crosses. */
    List<Float> cuts(DrawnBlock.Row row) {
        List<float[]> solid = new ArrayList<>();
        TreeSet<Float> candidates = new TreeSet<>();
        for (DrawnBlock.Placed placed : row.placed()) {
            for (Ink ink : placed.figure().inks()) {
                float[] extent = extent(ink.shifted(placed.x(), placed.y()));
                if (extent != null) {
                    solid.add(extent);
                    if (ink instanceof Ink.Text || ink instanceof Ink.Formula) {
                        candidates.add(extent[0]);
                    }
                }
            }
        }
        // Swept top to bottom: a cut is free when nothing that starts above it reaches below it.
        solid.sort((a, b) -> Float.compare(a[0], b[0]));
        List<Float> cuts = new ArrayList<>();
        float last = 0;
        float reach = Float.NEGATIVE_INFINITY;
        int next = 0;
        for (float cut : candidates) {
            while (next < solid.size() && solid.get(next)[0] < cut - 0.01f) {
                reach = Math.max(reach, solid.get(next)[1]);
                next++;
            }
            if (cut - last < LEAST_SLICE || row.height() - cut < LEAST_SLICE || reach > cut + 0.01f) {
                continue;
            }
            cuts.add(cut);
            last = cut;
        }
        return cuts;
    }

    /**
     * The inks of one slice of a row, moved so that the slice's top is at 0. Marks that take no room
     * (a structure element's start and end, a bookmark) go with the text they belong to: a start
     * with the first thing drawn inside its element, an end with the last, so that an element cut
     * between two pages opens on the first and closes on the second, nested as it was.
     */
    List<Ink> inks(DrawnBlock.Row row, Slice slice, float dx) {
        float from = slice.first() ? Float.NEGATIVE_INFINITY : slice.from();
        float to = slice.last() ? Float.POSITIVE_INFINITY : slice.to();
        List<Ink> all = new ArrayList<>();
        for (DrawnBlock.Placed placed : row.placed()) {
            for (Ink ink : placed.figure().inks()) {
                all.add(ink.shifted(placed.x(), placed.y()));
            }
        }
        float[] anchors = anchors(all);
        List<Ink> inks = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Ink ink = all.get(i);
            Ink kept;
            if (Float.isNaN(anchors[i])) {
                kept = clip(ink, from, to);
            } else {
                kept = from <= anchors[i] && anchors[i] < to ? ink : null;
            }
            if (kept != null) {
                inks.add(kept.shifted(dx, -slice.from()));
            }
        }
        return inks;
    }

    /**
     * For each mark that takes no room, the middle of the ink it goes with (NaN for every other
     * ink): a start goes with the first ink inside its element, an end with the last; an element
     * with nothing inside goes with the ink before it (or after it, when it comes first).
     */
    private float[] anchors(List<Ink> all) {
        float[] anchors = new float[all.size()];
        float[] middles = new float[all.size()];
        for (int i = 0; i < all.size(); i++) {
            float[] extent = extent(all.get(i));
            middles[i] = extent == null ? Float.NaN : (extent[0] + extent[1]) / 2;
            anchors[i] = Float.NaN;
        }
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < all.size(); i++) {
            Ink ink = all.get(i);
            if (ink instanceof Ink.Begin) {
                open.push(i);
            } else if (ink instanceof Ink.End && open.isEmpty()) {
                anchors[i] = before(middles, i); // closes an element opened in an earlier row
            } else if (ink instanceof Ink.End) {
                int begin = open.pop();
                float first = Float.NaN;
                float last = Float.NaN;
                for (int j = begin + 1; j < i; j++) {
                    if (!Float.isNaN(middles[j])) {
                        first = Float.isNaN(first) ? middles[j] : first;
                        last = middles[j];
                    }
                }
                if (Float.isNaN(first)) {
                    first = nearest(middles, begin);
                    last = first;
                }
                anchors[begin] = first;
                anchors[i] = last;
            } else if (!(ink instanceof Ink.Text || ink instanceof Ink.Formula || ink instanceof Ink.Picture
                    || ink instanceof Ink.Frame
                    || ink instanceof Ink.Fill || ink instanceof Ink.Rule)) {
                anchors[i] = nearest(middles, i); // a bookmark: with what follows it
            }
        }
        // An element opened in this row and closed in a later one (or never): its start goes with what follows.
        for (int begin : open) {
            anchors[begin] = nearest(middles, begin);
        }
        return anchors;
    }

    /** The middle of the last ink before {@code at} that takes room, else of the first after it; 0 if none. */
    private static float before(float[] middles, int at) {
        for (int j = at - 1; j >= 0; j--) {
            if (!Float.isNaN(middles[j])) {
                return middles[j];
            }
        }
        return nearest(middles, at);
    }

    /** The middle of the first ink after {@code at} that takes room, else of the last before it; 0 if none. */
    private static float nearest(float[] middles, int at) {
        for (int j = at + 1; j < middles.length; j++) {
            if (!Float.isNaN(middles[j])) {
                return middles[j];
            }
        }
        for (int j = at - 1; j >= 0; j--) {
            if (!Float.isNaN(middles[j])) {
                return middles[j];
            }
        }
        return 0;
    }

    /** What of an ink falls in the band: text, pictures and frames whole by their middle; shades and bars cut. */
    private Ink clip(Ink ink, float from, float to) {
        if (ink instanceof Ink.Fill fill) {
            float top = Math.max(from, fill.y());
            float bottom = Math.min(to, fill.y() + fill.height());
            return bottom - top > 0.01f ? new Ink.Fill(fill.x(), top, fill.width(), bottom - top, fill.color()) : null;
        }
        if (ink instanceof Ink.Rule rule && rule.y1() != rule.y2()) {
            float top = Math.max(from, Math.min(rule.y1(), rule.y2()));
            float bottom = Math.min(to, Math.max(rule.y1(), rule.y2()));
            return bottom - top > 0.01f ? new Ink.Rule(rule.x1(), top, rule.x2(), bottom, rule.lineWidth(), rule.color())
                    : null;
        }
        if (ink instanceof Ink.Rule rule) {
            return from < rule.y1() && rule.y1() <= to ? rule : null;
        }
        float[] extent = extent(ink);
        float middle = (extent[0] + extent[1]) / 2;
        return from <= middle && middle < to ? ink : null;
    }

    /** How far down an ink that must not be cut reaches, top and bottom; null for one that may be. */
    private float[] extent(Ink ink) {
        if (ink instanceof Ink.Text text) {
            Style style = text.style();
            return new float[] {text.baseline() - metrics.ascent(style.face(), style.size()),
                text.baseline() + metrics.descent(style.face(), style.size())};
        }
        if (ink instanceof Ink.Formula formula) {
            return new float[] {formula.top(), formula.bottom()};
        }
        if (ink instanceof Ink.Picture picture) {
            return new float[] {picture.y(), picture.y() + picture.height()};
        }
        if (ink instanceof Ink.Frame frame) {
            return new float[] {frame.y(), frame.y() + frame.height()};
        }
        return null;
    }
}

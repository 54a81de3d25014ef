package papersetter.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a located sheet. Each spot's darkness is measured against the sheet's own paper
 * white and ink black, then against the sheet's own empty spots (which hold printed rings and
 * letters), so a light pencil on one sheet and a dark pen on another are read alike.
 */
final class SheetReader {
    /** The inner share of a spot measured: clear of its printed ring even a little off true. */
    private static final double INNER = 0.70;
    /** A pixel this much darker than paper (of ink black) counts as covered. */
    private static final double COVERED = 0.30;

    private SheetReader() {
    }

    /** A spot's pixels as measured: their mean darkness and each one's darkness with its neighbours'. */
    /**
     * @param patches the mean darkness of five small patches: the centre and four around it; a fill
     *     covers them all, a cross or a dot leaves some of them paper
     */
    private record Sample(double mean, float[] smooth, double[] patches) {
        double weakestPatch() {
            double weakest = Double.MAX_VALUE;
            for (double patch : patches) {
                weakest = Math.min(weakest, patch);
            }
            return patches.length == 0 ? 0 : weakest;
        }

        double covered(double threshold) {
            if (smooth.length == 0) {
                return 0;
            }
            int count = 0;
            for (float value : smooth) {
                if (value >= threshold) {
                    count++;
                }
            }
            return count / (double) smooth.length;
        }
    }

    static List<RowReading> read(GreyImage image, Located page, List<SheetRow> rows) {
        List<Sample> samples = new ArrayList<>();
        for (SheetRow row : rows) {
            for (Spot spot : row.spots()) {
                samples.add(measure(image, page, spot));
            }
        }
        double ink = studentsInk(rows, samples);
        // A pixel counts as covered when it holds at least half the student's own ink.
        double bubbleCovered = Math.max(0.07, ink / 2);
        List<double[]> measures = new ArrayList<>();
        int at = 0;
        for (SheetRow row : rows) {
            for (int i = 0; i < row.spots().size(); i++) {
                Sample sample = samples.get(at++);
                measures.add(new double[] {sample.mean(), sample.covered(row.kind() == SheetRow.Kind.BOX ? COVERED
                        : bubbleCovered)});
            }
        }
        Baselines bubbles = new Baselines(rows, measures, false);
        Baselines boxes = new Baselines(rows, measures, true);
        List<RowReading> readings = new ArrayList<>();
        at = 0;
        for (SheetRow row : rows) {
            List<Mark> marks = new ArrayList<>();
            boolean box = row.kind() == SheetRow.Kind.BOX;
            for (int i = 0; i < row.spots().size(); i++) {
                double[] m = measures.get(at++);
                double[] base = (box ? boxes : bubbles).of(row.printed().get(i));
                double darkness = Math.max(0, m[0] - base[0]);
                double coverage = Math.max(0, m[1] - base[1]);
                double weakest = samples.get(at - 1).weakestPatch();
                marks.add(new Mark(darkness, coverage, box ? Mark.judgeBox(darkness, coverage)
                        : Mark.judgeBubble(darkness, coverage, weakest, ink)));
            }
            readings.add(decide(row, marks));
        }
        return readings;
    }

    /**
     * How dark this student's marks are: the median darkness of the bubbles they clearly marked (a
     * pen gives about 0.9 of the sheet's ink black, a light pencil 0.4), so that their marks are
     * judged against their own hand. A sheet with no clear mark is judged as for a pen.
     */
    private static double studentsInk(List<SheetRow> rows, List<Sample> samples) {
        List<double[]> first = new ArrayList<>();
        for (Sample sample : samples) {
            first.add(new double[] {sample.mean(), sample.covered(0.15)});
        }
        Baselines base = new Baselines(rows, first, false);
        List<Double> marked = new ArrayList<>();
        int at = 0;
        for (SheetRow row : rows) {
            for (int i = 0; i < row.spots().size(); i++, at++) {
                if (row.kind() == SheetRow.Kind.BOX) {
                    continue;
                }
                double[] b = base.of(row.printed().get(i));
                if (first.get(at)[0] - b[0] >= 0.12 && first.get(at)[1] - b[1] >= 0.5) {
                    marked.add(first.get(at)[0] - b[0]);
                }
            }
        }
        if (marked.isEmpty()) {
            return Mark.PEN;
        }
        marked.sort(null);
        return Math.max(Mark.LIGHTEST, Math.min(1, marked.get(marked.size() / 2)));
    }

    static RowReading decide(SheetRow row, List<Mark> marks) {
        List<String> filled = new ArrayList<>();
        List<String> doubtful = new ArrayList<>();
        List<String> likely = new ArrayList<>();
        int darkest = -1;
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            String label = row.labels().get(i);
            switch (mark.state()) {
                case FILLED -> filled.add(label);
                case DOUBTFUL -> doubtful.add(label);
                default -> {
                }
            }
            if (mark.darkness() >= 0.2) {
                likely.add(label);
            }
            if (darkest < 0 || mark.darkness() > marks.get(darkest).darkness()) {
                darkest = i;
            }
        }
        boolean one = row.kind() != SheetRow.Kind.ANY;
        if (!doubtful.isEmpty()) {
            String would = one ? (marks.get(darkest).darkness() >= 0.2 ? row.labels().get(darkest) : "")
                    : String.join(";", likely);
            return new RowReading(row, would, (doubtful.size() == 1 ? "an unclear mark at " : "unclear marks at ")
                    + String.join(", ", doubtful) + " (erased, crossed out, faint or a stray stroke)", marks);
        }
        if (one && filled.size() > 1) {
            return new RowReading(row, String.join(";", filled), "multiple: " + filled.size() + " marks ("
                    + String.join(", ", filled) + ") where one is allowed", marks);
        }
        return new RowReading(row, String.join(";", filled), null, marks);
    }

    /**
     * The typical empty spot of this sheet, per printed label (an "M" holds more ink than an "I"):
     * the lower quarter of the darkness and coverage of the spots with that label, never more than a
     * little above the lower quarter of all of them, so a label most students filled is still read.
     */
    private static final class Baselines {
        private static final double MOST_ABOVE_ALL = 0.05;
        private final double[] all;
        private final java.util.Map<String, double[]> byLabel = new java.util.HashMap<>();

        Baselines(List<SheetRow> rows, List<double[]> measures, boolean boxes) {
            List<double[]> picked = new ArrayList<>();
            java.util.Map<String, List<double[]>> labelled = new java.util.HashMap<>();
            int at = 0;
            for (SheetRow row : rows) {
                for (int i = 0; i < row.spots().size(); i++, at++) {
                    if ((row.kind() == SheetRow.Kind.BOX) == boxes) {
                        picked.add(measures.get(at));
                        labelled.computeIfAbsent(row.printed().get(i), k -> new ArrayList<>()).add(measures.get(at));
                    }
                }
            }
            all = lowerQuarter(picked);
            labelled.forEach((label, list) -> {
                if (list.size() >= 4) {
                    double[] own = lowerQuarter(list);
                    byLabel.put(label, new double[] {Math.min(own[0], all[0] + MOST_ABOVE_ALL),
                        Math.min(own[1], all[1] + MOST_ABOVE_ALL)});
                }
            });
        }

        double[] of(String label) {
            return byLabel.getOrDefault(label, all);
        }

        private static double[] lowerQuarter(List<double[]> measures) {
            if (measures.isEmpty()) {
                return new double[] {0, 0};
            }
            double[] darkness = measures.stream().mapToDouble(m -> m[0]).sorted().toArray();
            double[] coverage = measures.stream().mapToDouble(m -> m[1]).sorted().toArray();
            int quarter = (darkness.length - 1) / 4;
            return new double[] {darkness[quarter], coverage[quarter]};
        }
    }

    /** A spot's inside: each pixel's darkness as a share of the sheet's ink black. */
    private static Sample measure(GreyImage image, Located page, Spot spot) {
        double[] centre = page.toScan().map(spot.x(), spot.y());
        double scale = page.toScan().scaleAt(spot.x(), spot.y());
        double r = spot.radius() * scale * INNER;
        int x0 = (int) Math.floor(centre[0] - r);
        int x1 = (int) Math.ceil(centre[0] + r);
        int y0 = (int) Math.floor(centre[1] - r);
        int y1 = (int) Math.ceil(centre[1] + r);
        double range = Math.max(1, page.white() - page.black());
        double sum = 0;
        int count = 0;
        float[] smooth = new float[(x1 - x0 + 1) * (y1 - y0 + 1)];
        double r2 = r * r;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double dx = x - centre[0];
                double dy = y - centre[1];
                if (!spot.square() && dx * dx + dy * dy > r2) {
                    continue;
                }
                double dark = darkness(image, x, y, page.white(), range);
                sum += dark;
                // Covered is judged on the 3×3 mean, so a dithered (1-bit) pencil fill counts as a fill.
                double around = 0;
                for (int ky = -1; ky <= 1; ky++) {
                    for (int kx = -1; kx <= 1; kx++) {
                        around += darkness(image, x + kx, y + ky, page.white(), range);
                    }
                }
                smooth[count++] = (float) (around / 9);
            }
        }
        double[] patches = new double[0];
        if (!spot.square()) {
            double offset = spot.radius() * scale * 0.42;
            double size = Math.max(1, spot.radius() * scale * 0.18);
            double[][] at = {{0, 0}, {0, -offset}, {offset, 0}, {0, offset}, {-offset, 0}};
            patches = new double[at.length];
            for (int p = 0; p < at.length; p++) {
                double px = centre[0] + at[p][0];
                double py = centre[1] + at[p][1];
                double total = 0;
                int n = 0;
                for (int y = (int) Math.floor(py - size); y <= (int) Math.ceil(py + size); y++) {
                    for (int x = (int) Math.floor(px - size); x <= (int) Math.ceil(px + size); x++) {
                        if ((x - px) * (x - px) + (y - py) * (y - py) <= size * size) {
                            total += darkness(image, x, y, page.white(), range);
                            n++;
                        }
                    }
                }
                patches[p] = n == 0 ? 0 : total / n;
            }
        }
        return new Sample(count == 0 ? 0 : sum / count, java.util.Arrays.copyOf(smooth, count), patches);
    }

    private static double darkness(GreyImage image, int x, int y, int white, double range) {
        if (x < 0 || y < 0 || x >= image.width() || y >= image.height()) {
            return 0;
        }
        double d = (white - image.at(x, y)) / range;
        return d < 0 ? 0 : d > 1 ? 1 : d;
    }

}

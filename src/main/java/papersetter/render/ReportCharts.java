package papersetter.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.SimpleHistogramBin;
import org.jfree.data.statistics.SimpleHistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import papersetter.pdf.VectorForm;

/**
 * The report's two charts, made with JFreeChart and handed on as a drawing on a {@link Graphics2D}
 * (which the PDF layer records as vector graphics): the score histogram and the item chart,
 * facility against discrimination with the usual guide zones. The charts' few words (axis titles,
 * tick numbers, bank ids) are set in the bundled DejaVu Sans, so the drawing is the same on every
 * machine; everything else the report says is set by the report's own text layout.
 */
final class ReportCharts {
    /** Below this discrimination an item tells strong and weak students apart too little. */
    static final double WEAK_DISCRIMINATION = 0.2;
    /** Below this facility an item is hard for nearly everyone. */
    static final double HARD = 0.2;
    /** Above this facility an item is easy for nearly everyone. */
    static final double EASY = 0.9;
    private static final Color BAR = new Color(0x4A, 0x6F, 0xA5);
    private static final Color ITEM = new Color(0x33, 0x33, 0x33);
    private static final Color FLAGGED = new Color(0xC0, 0x1C, 0x1C);
    private static final Color WEAK_ZONE = new Color(0xFB, 0xE3, 0xD6);
    private static final Color EDGE_ZONE = new Color(0xEC, 0xEC, 0xEC);
    private static final Font BASE = bundled("DejaVuSans.ttf");
    private static final Font LABEL = BASE.deriveFont(7f);
    /** Measures labels as drawn: no screen's settings, so the same on every machine. */
    private static final java.awt.font.FontRenderContext MEASURE = new java.awt.font.FontRenderContext(null, true,
            true);

    /**
     * A chart ready to draw: what it draws, at what size (points), and what it shows in words.
     *
     * @param chart the chart itself, for a test to read its dataset
     */
    record Chart(JFreeChart chart, float width, float height, String alt) {
        /** The drawing, filling the chart's size from (0, 0). */
        Consumer<Graphics2D> drawing() {
            return graphics -> chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        }

        /** The chart as vector graphics, ready to place on a page. */
        VectorForm form() {
            return VectorForm.draw(width, height, drawing());
        }
    }

    /** The bars of a histogram: each centred on a score, {@code step} wide, and how many scores it holds. */
    record Bins(double step, double[] centres, int[] counts) {
        int most() {
            int most = 0;
            for (int count : counts) {
                most = Math.max(most, count);
            }
            return most;
        }
    }

    private ReportCharts() {
    }

    /**
     * Bars centred on 0, step, 2·step … up to the most a student could score, each holding the
     * scores from half a step below its centre up to (not including) half a step above: with a
     * step of 1, a bar per whole mark, a half mark counted with the mark above.
     */
    static Bins bins(double[] scores, double outOf) {
        double top = Double.isFinite(outOf) && outOf > 0 ? outOf : 0;
        for (double score : scores) {
            top = Math.max(top, score);
        }
        double step = step(top);
        int n = (int) Math.ceil(top / step - 1e-9) + 1;
        double[] centres = new double[n];
        int[] counts = new int[n];
        for (int k = 0; k < n; k++) {
            centres[k] = k * step;
        }
        for (double score : scores) {
            int k = (int) Math.floor(score / step + 0.5 + 1e-9);
            counts[Math.max(0, Math.min(n - 1, k))]++;
        }
        return new Bins(step, centres, counts);
    }

    /** The smallest round step that gives at most 25 bars. */
    static double step(double top) {
        double[] steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};
        for (double step : steps) {
            if (top / step <= 25) {
                return step;
            }
        }
        return Math.ceil(top / 25);
    }

    static Chart histogram(double[] scores, double outOf, float width, float height) {
        Bins bins = bins(scores, outOf);
        SimpleHistogramDataset data = new SimpleHistogramDataset("Students");
        data.setAdjustForBinSize(false);
        for (int k = 0; k < bins.centres().length; k++) {
            double half = bins.step() / 2;
            data.addBin(new SimpleHistogramBin(bins.centres()[k] - half, bins.centres()[k] + half, true, false));
        }
        for (double value : scores) {
            data.addObservation(value);
        }
        NumberAxis score = new NumberAxis("Score" + (outOf > 0 ? " (out of " + number(outOf) + ")" : ""));
        score.setRange(-bins.step() / 2, bins.centres()[bins.centres().length - 1] + bins.step() / 2);
        score.setTickUnit(new NumberTickUnit(bins.centres().length > 13 ? 2 * bins.step() : bins.step()));
        NumberAxis students = new NumberAxis("Students");
        students.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        students.setRange(0, Math.max(1, bins.most()) * 1.1);
        XYBarRenderer bars = new XYBarRenderer(0.08);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        XYPlot plot = new XYPlot(data, score, students, bars);
        JFreeChart chart = new JFreeChart(null, BASE, plot, false);
        style(chart);
        bars.setSeriesPaint(0, BAR); // after the theme, which sets its own colours
        return new Chart(chart, width, height, histogramAlt(scores, outOf, bins));
    }

    private static String histogramAlt(double[] scores, double outOf, Bins bins) {
        if (scores.length == 0) {
            return "Score histogram: no students.";
        }
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (double score : scores) {
            low = Math.min(low, score);
            high = Math.max(high, score);
        }
        int busiest = 0;
        for (int k = 1; k < bins.counts().length; k++) {
            if (bins.counts()[k] > bins.counts()[busiest]) {
                busiest = k;
            }
        }
        String bar = bins.step() == 1 ? "a score of " + number(bins.centres()[busiest])
                : "scores around " + number(bins.centres()[busiest]);
        return "Score histogram: " + scores.length + (scores.length == 1 ? " student" : " students") + ", scores from "
                + number(low) + " to " + number(high) + (outOf > 0 ? " out of " + number(outOf) : "")
                + "; the tallest bar is " + bar + " (" + bins.counts()[busiest] + ").";
    }

    /**
     * Facility across, discrimination up; the zones where an item needs a look are shaded (weak
     * discrimination below 0.2, facility below 0.2 or above 0.9), flagged items are red and labelled
     * by bank id (or by their row in the item table where the chart's font cannot draw the id).
     */
    static Chart items(List<MarksReport.Item> items, float width, float height) {
        XYSeries plain = new XYSeries("Item", false, true);
        XYSeries flagged = new XYSeries("Flagged item", false, true);
        double lowest = -0.2;
        int unplotted = 0;
        List<Integer> labelled = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            MarksReport.Item item = items.get(i);
            if (!Double.isFinite(item.facility()) || !Double.isFinite(item.discrimination())) {
                unplotted++;
                continue;
            }
            (item.flagged() ? flagged : plain).add(item.facility(), item.discrimination());
            lowest = Math.min(lowest, item.discrimination() - 0.1);
            if (item.flagged()) {
                labelled.add(i);
            }
        }
        double low = Math.max(-1.05, lowest);
        LabelPlacer placer = new LabelPlacer(1.04 / (width - 70), (1.02 - low) / (height - 75), -0.02, 1.02, low,
                1.02);
        // Labels keep off every point, not only off each other.
        for (MarksReport.Item item : items) {
            if (Double.isFinite(item.facility()) && Double.isFinite(item.discrimination())) {
                placer.point(item.facility(), item.discrimination());
            }
        }
        List<XYTextAnnotation> labels = new ArrayList<>();
        for (int i : labelled) {
            MarksReport.Item item = items.get(i);
            String text = " " + chartName(item, i) + " ";
            XYTextAnnotation label = new XYTextAnnotation(text, item.facility(), item.discrimination());
            label.setFont(LABEL);
            label.setPaint(FLAGGED);
            label.setTextAnchor(placer.place(item.facility(), item.discrimination(),
                    LABEL.getStringBounds(text, MEASURE).getWidth()));
            labels.add(label);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(plain);
        data.addSeries(flagged);
        NumberAxis facility = new NumberAxis("Facility (share of the marks earned)");
        facility.setRange(-0.02, 1.02);
        facility.setTickUnit(new NumberTickUnit(0.1));
        NumberAxis discrimination = new NumberAxis("Discrimination (point-biserial)");
        discrimination.setRange(low, 1.02);
        discrimination.setTickUnit(new NumberTickUnit(0.2));
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        dots.setSeriesShape(1, new Rectangle2D.Double(-3, -3, 6, 6));
        XYPlot plot = new XYPlot(data, facility, discrimination, dots);
        plot.addRangeMarker(zone(-1.05, WEAK_DISCRIMINATION, WEAK_ZONE, "weak discrimination (below 0.2)",
                RectangleAnchor.BOTTOM_LEFT, TextAnchor.BOTTOM_LEFT), Layer.BACKGROUND);
        plot.addDomainMarker(zone(-0.02, HARD, EDGE_ZONE, "hard", RectangleAnchor.TOP, TextAnchor.TOP_CENTER),
                Layer.BACKGROUND);
        plot.addDomainMarker(zone(EASY, 1.02, EDGE_ZONE, "easy", RectangleAnchor.TOP, TextAnchor.TOP_CENTER),
                Layer.BACKGROUND);
        ValueMarker zero = new ValueMarker(0, Color.GRAY, new BasicStroke(0.6f));
        plot.addRangeMarker(zero, Layer.BACKGROUND);
        JFreeChart chart = new JFreeChart(null, BASE, plot, true);
        style(chart);
        // After the theme, which sets its own colours and fonts.
        dots.setSeriesPaint(0, ITEM);
        dots.setSeriesPaint(1, FLAGGED);
        labels.forEach(plot::addAnnotation);
        return new Chart(chart, width, height, itemsAlt(items, flagged.getItemCount(), unplotted));
    }

    /**
     * Places the flagged items' labels one after another: each beside its point, above and away from
     * the nearer side edge if that is free, else in the first of the other three corners that
     * overlaps no label placed before and stays inside the plot, else where it overlaps least.
     * Sizes are worked in the plot's units from the label's width in points.
     */
    static final class LabelPlacer {
        private static final double HEIGHT = 9;
        private final double xPerPoint;
        private final double yPerPoint;
        private final double xMin;
        private final double xMax;
        private final double yMin;
        private final double yMax;
        private final List<double[]> placed = new ArrayList<>();

        LabelPlacer(double xPerPoint, double yPerPoint, double xMin, double xMax, double yMin, double yMax) {
            this.xPerPoint = xPerPoint;
            this.yPerPoint = yPerPoint;
            this.xMin = xMin;
            this.xMax = xMax;
            this.yMin = yMin;
            this.yMax = yMax;
        }

        /** A plotted point, which labels keep off (a square 6 points wide). */
        void point(double x, double y) {
            double w = 3 * xPerPoint;
            double h = 3 * yPerPoint;
            placed.add(new double[] {x - w, y - h, x + w, y + h});
        }

        TextAnchor place(double x, double y, double widthPoints) {
            double w = widthPoints * xPerPoint;
            double h = HEIGHT * yPerPoint;
            TextAnchor[] order = x > 0.5
                    ? new TextAnchor[] {TextAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT, TextAnchor.BOTTOM_LEFT,
                        TextAnchor.TOP_LEFT}
                    : new TextAnchor[] {TextAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT, TextAnchor.BOTTOM_RIGHT,
                        TextAnchor.TOP_RIGHT};
            TextAnchor best = order[0];
            double[] bestBox = null;
            double bestCost = Double.MAX_VALUE;
            for (TextAnchor anchor : order) {
                double left = anchor == TextAnchor.BOTTOM_LEFT || anchor == TextAnchor.TOP_LEFT ? x : x - w;
                double bottom = anchor.isBottom() ? y : y - h;
                double[] box = {left, bottom, left + w, bottom + h};
                double cost = 0;
                for (double[] other : placed) {
                    cost += Math.max(0, Math.min(box[2], other[2]) - Math.max(box[0], other[0]))
                            * Math.max(0, Math.min(box[3], other[3]) - Math.max(box[1], other[1]));
                }
                if (box[0] < xMin || box[2] > xMax || box[1] < yMin || box[3] > yMax) {
                    cost += w * h; // outside the plot counts as covering a whole label
                }
                if (cost < bestCost) {
                    best = anchor;
                    bestBox = box;
                    bestCost = cost;
                }
                if (cost == 0) {
                    break;
                }
            }
            placed.add(bestBox);
            return best;
        }
    }

    /** An item's bank id where the chart's font draws every character of it; otherwise "#" and its row. */
    static String chartName(MarksReport.Item item, int index) {
        return BASE.canDisplayUpTo(item.id()) < 0 ? item.id() : "#" + (index + 1);
    }

    private static String itemsAlt(List<MarksReport.Item> items, int flagged, int unplotted) {
        StringBuilder alt = new StringBuilder("Item chart: facility against discrimination for ")
                .append(items.size() - unplotted).append(items.size() - unplotted == 1 ? " item" : " items");
        if (unplotted > 0) {
            alt.append(" (").append(unplotted).append(" without a discrimination not shown)");
        }
        alt.append("; shaded zones mark discrimination below 0.2 and facility below 0.2 or above 0.9. ");
        if (flagged == 0) {
            alt.append("No item is flagged.");
            return alt.toString();
        }
        alt.append(flagged).append(flagged == 1 ? " flagged item: " : " flagged items: ");
        List<String> named = new ArrayList<>();
        for (MarksReport.Item item : items) {
            if (item.flagged() && Double.isFinite(item.facility()) && Double.isFinite(item.discrimination())) {
                if (named.size() == 10) {
                    named.add("and " + (flagged - 10) + " more (see the item table)");
                    break;
                }
                named.add(item.id() + " (facility " + share(item.facility()) + ", discrimination "
                        + share(item.discrimination()) + ")");
            }
        }
        return alt.append(String.join(", ", named)).append('.').toString();
    }

    private static IntervalMarker zone(double from, double to, Color color, String label, RectangleAnchor anchor,
            TextAnchor text) {
        IntervalMarker zone = new IntervalMarker(from, to, color);
        zone.setOutlinePaint(null);
        zone.setLabel(label);
        zone.setLabelFont(BASE.deriveFont(7f));
        zone.setLabelPaint(Color.DARK_GRAY);
        zone.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        zone.setLabelAnchor(anchor);
        zone.setLabelTextAnchor(text);
        zone.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
        return zone;
    }

    private static void style(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("papersetter");
        theme.setExtraLargeFont(BASE.deriveFont(Font.BOLD, 11f));
        theme.setLargeFont(BASE.deriveFont(8.5f));
        theme.setRegularFont(BASE.deriveFont(7.5f));
        theme.setSmallFont(BASE.deriveFont(7f));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(Color.BLACK);
        theme.setShadowVisible(false);
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.apply(chart);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 6));
        XYPlot plot = chart.getXYPlot();
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    private static Font bundled(String name) {
        try (InputStream in = ReportCharts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + name + " is missing from the program");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(8f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + name + " cannot be read", e);
        }
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }

    private static String share(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}

package papersetter.marking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The class's numbers, worked from plain arrays so that a test can check each against a hand-worked
 * class and an independent library.
 *
 * <ul>
 * <li>standard deviation: the sample's (divided by n − 1), as spreadsheets' STDEV gives it;</li>
 * <li>KR-20 = k/(k−1) · (1 − Σ p·q / σ²) over right/not right of each item (a written or partly right
 * item counts as right only with full marks), σ² the population variance of the number right; it is
 * left out for fewer than 2 students or items, or when every student has the same number right;</li>
 * <li>point-biserial: Pearson's correlation of an item's credit (0 to 1) with the rest of the test
 * (the student's total less this item), over the students whose paper had the item;</li>
 * <li>upper-lower: the item's facility among the top 27 % of those students by total less among the
 * bottom 27 % (at least one student in each; ties are broken by the order of the responses file).</li>
 * </ul>
 */
final class Statistics {
    static final double GROUP_SHARE = 0.27;

    private Statistics() {
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double sampleSd(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double mean = mean(values);
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.length - 1));
    }

    /** Pearson's r; NaN when either side does not vary. */
    static double correlation(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /**
     * KR-20 of a class: {@code right[student][item]} is 1 for a right answer, 0 otherwise.
     */
    static double kr20(int[][] right) {
        int students = right.length;
        int items = students == 0 ? 0 : right[0].length;
        if (students < 2 || items < 2) {
            return Double.NaN;
        }
        double[] totals = new double[students];
        double pq = 0;
        for (int item = 0; item < items; item++) {
            double p = 0;
            for (int s = 0; s < students; s++) {
                p += right[s][item];
                totals[s] += right[s][item];
            }
            p /= students;
            pq += p * (1 - p);
        }
        double mean = mean(totals);
        double variance = Arrays.stream(totals).map(t -> (t - mean) * (t - mean)).sum() / students;
        if (variance == 0) {
            return Double.NaN;
        }
        return (double) items / (items - 1) * (1 - pq / variance);
    }

    /** The size of each of the upper and lower groups of {@code n} students. */
    static int groupSize(int n) {
        if (n < 2) {
            return 0;
        }
        return Math.min(n / 2, Math.max(1, (int) Math.round(GROUP_SHARE * n)));
    }

    /**
     * The indexes of the upper and lower groups: students ordered by total, highest first, ties kept
     * in the given order.
     */
    static List<int[]> groups(double[] totals) {
        int n = totals.length;
        int size = groupSize(n);
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -totals[i]));
        int[] upper = new int[size];
        int[] lower = new int[size];
        for (int i = 0; i < size; i++) {
            upper[i] = order[i];
            lower[i] = order[n - size + i];
        }
        List<int[]> both = new ArrayList<>();
        both.add(upper);
        both.add(lower);
        return both;
    }

    /** Upper-group facility minus lower-group facility; NaN for fewer than 2 students. */
    static double upperLower(double[] credit, double[] totals) {
        if (credit.length < 2) {
            return Double.NaN;
        }
        List<int[]> groups = groups(totals);
        return meanOf(credit, groups.get(0)) - meanOf(credit, groups.get(1));
    }

    static double meanOf(double[] values, int[] indexes) {
        return Arrays.stream(indexes).mapToDouble(i -> values[i]).average().orElse(Double.NaN);
    }
}

package papersetter.scan;

/**
 * A projective map from the sheet (points, y downwards) to the scan (pixels), found from the four
 * corner marks: it takes in rotation, skew, scale and offset, and a page not lying flat on the glass.
 */
record Homography(double[] h) {

    /** The map that takes each from[i] (x, y pairs) to to[i]. */
    static Homography fromFour(double[][] from, double[][] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0];
            double y = from[i][1];
            double u = to[i][0];
            double v = to[i][1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int row = col + 1; row < 8; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                throw new IllegalArgumentException("the four marks are in a line");
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = 0; row < 8; row++) {
                if (row != col) {
                    double f = a[row][col] / a[col][col];
                    for (int k = col; k < 9; k++) {
                        a[row][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] h = new double[9];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        h[8] = 1;
        return new Homography(h);
    }

    double[] map(double x, double y) {
        double w = h[6] * x + h[7] * y + h[8];
        return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
    }

    /** Pixels a point of the sheet spans near (x, y): the scan's resolution there. */
    double scaleAt(double x, double y) {
        double[] a = map(x, y);
        double[] b = map(x + 1, y);
        double[] c = map(x, y + 1);
        return (Math.hypot(b[0] - a[0], b[1] - a[1]) + Math.hypot(c[0] - a[0], c[1] - a[1])) / 2;
    }
}

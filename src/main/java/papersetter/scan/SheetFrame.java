package papersetter.scan;

import java.util.List;

/**
 * What every sheet of a run shares, in points from the page's top-left (y downwards): the page, the
 * centres of its four corner marks and their size, and the QR code's square. The reader finds the
 * marks and the code from this before it knows which sheet it holds.
 *
 * @param corners the marks, top-left, top-right, bottom-right, bottom-left, each {x, y, side}: (x, y)
 *     its centre (a mark may be smaller than the others, so that a page turned round tells itself apart)
 * @param qr the QR code's square: {x, y, size}, (x, y) its top-left corner
 */
record SheetFrame(float width, float height, List<float[]> corners, float[] qr) {
    SheetFrame {
        corners = List.copyOf(corners);
        if (corners.size() != 4) {
            throw new IllegalArgumentException("four corner marks, not " + corners.size());
        }
    }

    float smallestMark() {
        return (float) corners.stream().mapToDouble(c -> c[2]).min().orElseThrow();
    }

    float largestMark() {
        return (float) corners.stream().mapToDouble(c -> c[2]).max().orElseThrow();
    }

    double[][] cornerPoints() {
        double[][] points = new double[4][];
        for (int i = 0; i < 4; i++) {
            points[i] = new double[] {corners.get(i)[0], corners.get(i)[1]};
        }
        return points;
    }
}

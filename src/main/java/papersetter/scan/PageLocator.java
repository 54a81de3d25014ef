package papersetter.scan;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a sheet on a scan: its four corner marks (the darkest solid squares of about the mark's
 * size near each corner of the scan), then the QR code where the marks say it must be, the right
 * way up or turned half round. A mark or a code that is not there is said, never made up.
 */
final class PageLocator {
    private static final String[] CORNER_NAMES = {"top-left", "top-right", "bottom-right", "bottom-left"};
    private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(Map.of(
            DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, Boolean.TRUE));

    /** Why a page could not be found on a scan, in a trainer's words. */
    static final class NotFound extends Exception {
        NotFound(String message) {
            super(message, null, false, false);
        }
    }

    private PageLocator() {
    }

    static Located locate(GreyImage image, SheetFrame frame) throws NotFound {
        int[] histogram = histogram(image);
        int white = percentile(histogram, 0.90);
        int threshold = otsu(histogram);
        if (white - threshold < 30) {
            throw new NotFound("the page is blank or all one shade — not an answer sheet, or the scanner saw no paper");
        }
        double sx = image.width() / (double) frame.width();
        double sy = image.height() / (double) frame.height();
        double smallest = frame.smallestMark() * (sx + sy) / 2;
        double largest = frame.largestMark() * (sx + sy) / 2;
        List<List<Blob>> candidates = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            float[] corner = frame.corners().get(i);
            // Turned half round, the small mark stands where a large one should: any mark's size will do.
            List<Blob> near = findMarks(image, corner[0] * sx, corner[1] * sy, smallest, largest, threshold,
                    Math.max(image.width(), image.height()) * 0.09);
            if (near.isEmpty()) {
                throw new NotFound("no corner mark at the scan's " + CORNER_NAMES[i] + " — the corner is torn off,"
                        + " covered or outside the scan; rescan the whole page flat on the glass");
            }
            candidates.add(near);
        }
        // The four marks are the corners of a rectangle, however the page lies: of the few dark squares
        // near each corner, the four that best make a parallelogram are taken, and only if they do.
        Blob[] chosen = new Blob[4];
        double bestError = Double.MAX_VALUE;
        for (Blob a : candidates.get(0)) {
            for (Blob b : candidates.get(1)) {
                for (Blob c : candidates.get(2)) {
                    for (Blob d : candidates.get(3)) {
                        double error = Math.hypot(a.cx + c.cx - b.cx - d.cx, a.cy + c.cy - b.cy - d.cy);
                        if (error < bestError) {
                            bestError = error;
                            chosen = new Blob[] {a, b, c, d};
                        }
                    }
                }
            }
        }
        if (bestError > 0.012 * Math.hypot(image.width(), image.height())) {
            throw new NotFound("the corner marks found do not stand at the corners of the sheet — one is covered,"
                    + " smudged or torn, or something dark lies beside it; rescan the whole page flat on the glass");
        }
        double[][] found = new double[4][];
        long inkSum = 0;
        long inkCount = 0;
        for (int i = 0; i < 4; i++) {
            Blob blob = chosen[i];
            found[i] = new double[] {blob.cx, blob.cy};
            int half = (int) Math.max(1, Math.min(blob.w, blob.h) / 4);
            for (int y = (int) blob.cy - half; y <= (int) blob.cy + half; y++) {
                for (int x = (int) blob.cx - half; x <= (int) blob.cx + half; x++) {
                    if (x >= 0 && y >= 0 && x < image.width() && y < image.height()) {
                        inkSum += image.at(x, y);
                        inkCount++;
                    }
                }
            }
        }
        int black = (int) (inkSum / Math.max(1, inkCount));
        if (white - black < 40) {
            throw new NotFound("the corner marks are hardly darker than the paper — scan darker (greyscale, not"
                    + " 'draft' or 'toner saving')");
        }
        double[][] page = frame.cornerPoints();
        double[][] turned = {found[2], found[3], found[0], found[1]};
        String[] why = new String[1];
        for (double[][] marks : new double[][][] {found, turned}) {
            Homography map;
            try {
                map = Homography.fromFour(page, marks);
            } catch (IllegalArgumentException e) {
                throw new NotFound("the corner marks found do not make a page — is this an answer sheet?");
            }
            String code = qr(image, map, frame, why);
            if (code != null) {
                return new Located(map, code, white, black, marks == turned);
            }
        }
        throw new NotFound("the QR code cannot be read" + (why[0] == null ? "" : " (" + why[0] + ")")
                + " — it is torn, covered or smudged; rescan, or type this sheet's answers into responses.csv");
    }

    /** The QR code's text if it reads where the map puts it and the right way round, else null. */
    private static String qr(GreyImage image, Homography map, SheetFrame frame, String[] why) {
        float[] qr = frame.qr();
        double margin = qr[2] * 0.25;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] corner : new double[][] {{qr[0] - margin, qr[1] - margin}, {qr[0] + qr[2] + margin, qr[1] - margin},
                {qr[0] + qr[2] + margin, qr[1] + qr[2] + margin}, {qr[0] - margin, qr[1] + qr[2] + margin}}) {
            double[] p = map.map(corner[0], corner[1]);
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        int left = (int) Math.max(0, Math.floor(minX));
        int top = (int) Math.max(0, Math.floor(minY));
        int right = (int) Math.min(image.width(), Math.ceil(maxX));
        int bottom = (int) Math.min(image.height(), Math.ceil(maxY));
        if (right - left < 21 || bottom - top < 21) {
            return null;
        }
        // Big modules drawn edge to edge can leave faint seams a binarizer takes for white: the code is
        // read at about 300 pixels across first (averaging seams away, and fast), then at full size.
        int width = right - left;
        int height = bottom - top;
        int factor = Math.max(1, (int) Math.round(width / 300.0));
        Result result = decode(image, left, top, width, height, factor);
        // Then at full size, and halved: averaging also undoes a 1-bit scan's halftone dots.
        for (int other : new int[] {1, 2}) {
            if (result == null && other != factor) {
                result = decode(image, left, top, width, height, other);
            }
        }
        if (result == null) {
            // A 1-bit scan's halftone dots at full size, smoothed over 3×3 pixels.
            result = decode(image, left, top, width, height, -1);
        }
        if (result == null) {
            return null;
        }
        ResultPoint[] points = result.getResultPoints();
        if (points != null && points.length >= 3) {
            // Points are bottom-left, top-left, top-right finder patterns, in the crop's pixels.
            double[] a = map.map(qr[0], qr[1]);
            double[] b = map.map(qr[0] + qr[2], qr[1]);
            double dx = points[2].getX() - points[1].getX();
            double dy = points[2].getY() - points[1].getY();
            if (dx * (b[0] - a[0]) + dy * (b[1] - a[1]) <= 0) {
                why[0] = "it stands turned against its corner marks";
                return null;
            }
        }
        return result.getText();
    }

    private static Result decode(GreyImage image, int left, int top, int width, int height, int factor) {
        PlanarYUVLuminanceSource source;
        if (factor < 0) {
            byte[] pixels = image.pixels();
            byte[] smooth = new byte[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int sum = 0;
                    int n = 0;
                    for (int ky = -1; ky <= 1; ky++) {
                        int yy = top + y + ky;
                        if (yy < 0 || yy >= image.height()) {
                            continue;
                        }
                        for (int kx = -1; kx <= 1; kx++) {
                            int xx = left + x + kx;
                            if (xx >= 0 && xx < image.width()) {
                                sum += pixels[yy * image.width() + xx] & 0xFF;
                                n++;
                            }
                        }
                    }
                    smooth[y * width + x] = (byte) (sum / n);
                }
            }
            source = new PlanarYUVLuminanceSource(smooth, width, height, 0, 0, width, height, false);
        } else if (factor == 1) {
            source = new PlanarYUVLuminanceSource(image.pixels(), image.width(), image.height(), left, top, width,
                    height, false);
        } else {
            int w = width / factor;
            int h = height / factor;
            byte[] small = new byte[w * h];
            byte[] pixels = image.pixels();
            int area = factor * factor;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int sum = 0;
                    for (int ky = 0; ky < factor; ky++) {
                        int row = (top + y * factor + ky) * image.width() + left + x * factor;
                        for (int kx = 0; kx < factor; kx++) {
                            sum += pixels[row + kx] & 0xFF;
                        }
                    }
                    small[y * w + x] = (byte) (sum / area);
                }
            }
            source = new PlanarYUVLuminanceSource(small, w, h, 0, 0, w, h, false);
        }
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), HINTS);
        } catch (ReaderException e) {
            return null;
        }
    }

    private record Blob(double cx, double cy, int count, int w, int h, double distance) {
    }

    /** The solid marks of about a corner mark's size nearest where one is expected, the nearest first (three at most). */
    private static List<Blob> findMarks(GreyImage image, double ex, double ey, double smallest, double largest,
            int threshold, double reach) {
        int x0 = (int) Math.max(0, ex - reach);
        int y0 = (int) Math.max(0, ey - reach);
        int x1 = (int) Math.min(image.width(), ex + reach);
        int y1 = (int) Math.min(image.height(), ey + reach);
        int w = x1 - x0;
        int h = y1 - y0;
        if (w <= 0 || h <= 0) {
            return List.of();
        }
        byte[] seen = new byte[w * h];
        byte[] pixels = image.pixels();
        int stride = image.width();
        for (int y = 0; y < h; y++) {
            int row = (y + y0) * stride + x0;
            for (int x = 0; x < w; x++) {
                if ((pixels[row + x] & 0xFF) >= threshold) {
                    seen[y * w + x] = 1; // paper: never part of a mark
                }
            }
        }
        List<Blob> found = new ArrayList<>();
        int[] queue = new int[w * h];
        for (int start = 0; start < seen.length; start++) {
            if (seen[start] != 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            seen[start] = 1;
            int minX = w;
            int minY = h;
            int maxX = -1;
            int maxY = -1;
            boolean touchesEdge = false;
            while (head < tail) {
                int p = queue[head++];
                int x = p % w;
                int y = p / w;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                if ((x == 0 && x0 > 0) || (y == 0 && y0 > 0) || (x == w - 1 && x1 < image.width())
                        || (y == h - 1 && y1 < image.height())) {
                    touchesEdge = true;
                }
                if (x > 0 && seen[p - 1] == 0) {
                    seen[p - 1] = 1;
                    queue[tail++] = p - 1;
                }
                if (x < w - 1 && seen[p + 1] == 0) {
                    seen[p + 1] = 1;
                    queue[tail++] = p + 1;
                }
                if (y > 0 && seen[p - w] == 0) {
                    seen[p - w] = 1;
                    queue[tail++] = p - w;
                }
                if (y < h - 1 && seen[p + w] == 0) {
                    seen[p + w] = 1;
                    queue[tail++] = p + w;
                }
            }
            int bw = maxX - minX + 1;
            int bh = maxY - minY + 1;
            if (touchesEdge || bw < smallest * 0.7 || bh < smallest * 0.7 || bw > largest * 1.45
                    || bh > largest * 1.45 || tail < 0.55 * bw * bh) {
                continue;
            }
            double cx = x0 + (minX + maxX) / 2.0;
            double cy = y0 + (minY + maxY) / 2.0;
            found.add(new Blob(cx, cy, tail, bw, bh, Math.hypot(cx - ex, cy - ey)));
        }
        found.sort(java.util.Comparator.comparingDouble(Blob::distance));
        return found.subList(0, Math.min(3, found.size()));
    }

    /** Grey levels of every fourth pixel of every fourth row: enough to know the paper and the ink. */
    private static int[] histogram(GreyImage image) {
        int[] histogram = new int[256];
        byte[] pixels = image.pixels();
        for (int y = 0; y < image.height(); y += 4) {
            int row = y * image.width();
            for (int x = 0; x < image.width(); x += 4) {
                histogram[pixels[row + x] & 0xFF]++;
            }
        }
        return histogram;
    }

    private static int percentile(int[] histogram, double share) {
        long total = 0;
        for (int count : histogram) {
            total += count;
        }
        long want = (long) (total * share);
        long seen = 0;
        for (int level = 0; level < 256; level++) {
            seen += histogram[level];
            if (seen > want) {
                return level;
            }
        }
        return 255;
    }

    /** Otsu's threshold: the grey level that best parts ink from paper. */
    private static int otsu(int[] histogram) {
        long total = 0;
        double sum = 0;
        for (int level = 0; level < 256; level++) {
            total += histogram[level];
            sum += (double) level * histogram[level];
        }
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 128;
        for (int level = 0; level < 256; level++) {
            below += histogram[level];
            if (below == 0) {
                continue;
            }
            long above = total - below;
            if (above == 0) {
                break;
            }
            sumBelow += (double) level * histogram[level];
            double meanBelow = sumBelow / below;
            double meanAbove = (sum - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = level + 1;
            }
        }
        return threshold;
    }

}

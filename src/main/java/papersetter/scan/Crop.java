package papersetter.scan;

/**
 * A small grey picture cut from a scan for the review: a doubtful row set upright, or a whole
 * page that could not be read, shrunk.
 *
 * @param key the row it shows ("12", "roll"), or "page"
 * @param pointsWide how wide it stands on the sheet, in points (for drawing it at its size)
 */
record Crop(String key, GreyImage image, float pointsWide) {

    /** The part of the sheet from (x, y) of this size, in points, upright, at about 3 pixels a point. */
    static Crop of(String key, GreyImage scan, Homography map, float x, float y, float width, float height) {
        int scale = 3;
        int w = Math.max(1, Math.round(width * scale));
        int h = Math.max(1, Math.round(height * scale));
        byte[] pixels = new byte[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double[] p = map.map(x + (i + 0.5) / scale, y + (j + 0.5) / scale);
                pixels[j * w + i] = (byte) scan.near(p[0], p[1]);
            }
        }
        return new Crop(key, new GreyImage(w, h, pixels), width);
    }

    /** The whole scan shrunk to about 600 pixels across. */
    static Crop thumbnail(GreyImage scan) {
        int step = Math.max(1, scan.width() / 600);
        int w = scan.width() / step;
        int h = scan.height() / step;
        byte[] pixels = new byte[w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                pixels[j * w + i] = (byte) scan.at(i * step, j * step);
            }
        }
        return new Crop("page", new GreyImage(w, h, pixels), 595);
    }
}

package papersetter.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An answer sheet drawn with Java2D for the reader's own tests: an A4 page with four corner marks, a
 * QR code, a roll-number grid, mcq rows with letters inside the bubbles and rows of marker boxes.
 */
record SyntheticSheet(SheetFrame frame, List<SheetRow> rows, String code) {
    static final float W = 595.28f;
    static final float H = 841.89f;
    static final float MARK = 14;
    static final float R = 5.5f;

    static SyntheticSheet of(String code, int questions, int rollDigits, int boxRows) {
        float inset = 28;
        List<float[]> corners = List.of(new float[] {inset + MARK / 2, inset + MARK / 2, MARK},
                new float[] {W - inset - MARK / 2, inset + MARK / 2, MARK},
                new float[] {W - inset - MARK / 2, H - inset - MARK / 2, MARK * 0.7f},
                new float[] {inset + MARK / 2, H - inset - MARK / 2, MARK});
        SheetFrame frame = new SheetFrame(W, H, corners, new float[] {W - 150, 60, 90});
        List<SheetRow> rows = new ArrayList<>();
        for (int d = 0; d < rollDigits; d++) {
            List<Spot> spots = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int v = 0; v < 10; v++) {
                spots.add(new Spot(70 + d * 16, 80 + v * 14, R, false));
                labels.add(String.valueOf(v));
            }
            rows.add(new SheetRow("roll " + (d + 1), SheetRow.Kind.ONE, labels, spots));
        }
        for (int q = 0; q < questions; q++) {
            int column = q / 35;
            int line = q % 35;
            float y = 250 + line * 15;
            float x = 80 + column * 170;
            List<Spot> spots = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            int options = q % 7 == 6 ? 2 : 4 + q % 3;
            boolean tf = options == 2;
            for (int o = 0; o < options; o++) {
                spots.add(new Spot(x + o * 16, y, R, false));
                labels.add(tf ? (o == 0 ? "T" : "F") : String.valueOf((char) ('A' + o)));
            }
            rows.add(new SheetRow(String.valueOf(q + 1), q % 5 == 4 ? SheetRow.Kind.ANY : SheetRow.Kind.ONE, labels,
                    spots));
        }
        for (int b = 0; b < boxRows; b++) {
            List<Spot> spots = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int v = 0; v <= 4; v++) {
                spots.add(new Spot(420 + v * 18, 250 + b * 18, 6, true));
                labels.add(v % 2 == 0 ? String.valueOf(v / 2) : (v / 2 == 0 ? "½" : (v / 2) + "½"));
            }
            rows.add(new SheetRow(String.valueOf(questions + b + 1), SheetRow.Kind.BOX, labels, spots));
        }
        return new SyntheticSheet(frame, rows, code);
    }

    /** The clean sheet at a resolution, as a printer would print it. */
    BufferedImage draw(double dpi) {
        double s = dpi / 72;
        BufferedImage image = new BufferedImage((int) Math.round(W * s), (int) Math.round(H * s),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(s, s);
        g.setColor(Color.BLACK);
        for (float[] c : frame.corners()) {
            g.fill(new Rectangle2D.Float(c[0] - c[2] / 2, c[1] - c[2] / 2, c[2], c[2]));
        }
        try {
            BitMatrix matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.CHARACTER_SET, "UTF-8"));
            float module = frame.qr()[2] / matrix.getWidth();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        g.fill(new Rectangle2D.Float(frame.qr()[0] + x * module, frame.qr()[1] + y * module, module,
                                module));
                    }
                }
            }
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        g.setStroke(new BasicStroke(0.6f));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 6));
        for (SheetRow row : rows) {
            Spot first = row.spots().get(0);
            if (!row.key().startsWith("roll")) {
                g.drawString(row.key(), first.x() - 22, first.y() + 2);
            }
            for (int i = 0; i < row.spots().size(); i++) {
                Spot spot = row.spots().get(i);
                g.setColor(new Color(0x30, 0x30, 0x30));
                if (spot.square()) {
                    g.draw(new Rectangle2D.Float(spot.x() - spot.radius(), spot.y() - spot.radius(), 2 * spot.radius(),
                            2 * spot.radius()));
                    g.drawString(row.labels().get(i), spot.x() - 2, spot.y() + spot.radius() + 7);
                } else {
                    g.draw(new Ellipse2D.Float(spot.x() - spot.radius(), spot.y() - spot.radius(), 2 * spot.radius(),
                            2 * spot.radius()));
                    g.setColor(new Color(0x60, 0x60, 0x60));
                    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 5));
                    g.drawString(row.labels().get(i), spot.x() - 1.6f, spot.y() + 1.8f);
                }
            }
        }
        g.dispose();
        return image;
    }
}

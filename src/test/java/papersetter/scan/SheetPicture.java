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
import java.util.Map;
import papersetter.sheet.SheetCode;
import papersetter.sheet.SheetGeometry;

/**
 * A page of an answer sheet drawn with Java2D from its geometry, as the printed sheet lays it
 * out (corner marks, QR code, roll grid, bubbles with their labels inside, marker boxes), for
 * tests that run before the sheets' own PDF is at hand.
 */
final class SheetPicture {
    private SheetPicture() {
    }

    static BufferedImage draw(SheetGeometry page, SheetCode code, double dpi) {
        double s = dpi / 72;
        BufferedImage image = new BufferedImage((int) Math.round(page.width() * s), (int) Math.round(page.height() * s),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(s, s);
        g.setColor(Color.BLACK);
        for (SheetGeometry.CornerMark mark : page.corners()) {
            g.fill(new Rectangle2D.Float(mark.x() - mark.size() / 2, mark.y() - mark.size() / 2, mark.size(),
                    mark.size()));
        }
        try {
            BitMatrix matrix = new QRCodeWriter().encode(code.encode(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0));
            float module = page.qr().size() / matrix.getWidth();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        g.fill(new Rectangle2D.Float(page.qr().x() + x * module, page.qr().y() + y * module, module,
                                module));
                    }
                }
            }
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        g.setStroke(new BasicStroke(0.5f));
        if (page.roll() != null) {
            for (java.util.List<SheetGeometry.Bubble> column : page.roll().digits()) {
                column.forEach(bubble -> bubble(g, bubble));
            }
        }
        for (SheetGeometry.Question question : page.questions()) {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 7));
            String number = String.valueOf(question.number());
            g.drawString(number, question.numberRight() - g.getFontMetrics().stringWidth(number), question.baseline());
            question.bubbles().forEach(bubble -> bubble(g, bubble));
            for (SheetGeometry.MarkBox box : question.boxes()) {
                g.setColor(new Color(0x40, 0x40, 0x40));
                g.draw(new Rectangle2D.Float(box.x(), box.y(), box.size(), box.size()));
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 5));
                int w = g.getFontMetrics().stringWidth(box.label());
                g.drawString(box.label(), box.x() + (box.size() - w) / 2, box.y() + box.size() / 2 + 1.8f);
            }
        }
        g.dispose();
        return image;
    }

    private static void bubble(Graphics2D g, SheetGeometry.Bubble bubble) {
        g.setColor(new Color(0x40, 0x40, 0x40));
        float r = bubble.radius();
        g.draw(new Ellipse2D.Float(bubble.x() - r, bubble.y() - r, 2 * r, 2 * r));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 5));
        int w = g.getFontMetrics().stringWidth(bubble.label());
        g.setColor(new Color(0x70, 0x70, 0x70));
        g.drawString(bubble.label(), bubble.x() - w / 2f, bubble.y() + 1.8f);
    }
}

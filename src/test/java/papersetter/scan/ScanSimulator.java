package papersetter.scan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Fills a clean sheet as a student (and a marker) would, then scans it as a tired office scanner
 * would: marks of pen and pencil of varied darkness and coverage, stray dots, erased and crossed-out
 * marks; then a page turned a little or half round, scaled, shifted, blurred, noisy, saved as a poor
 * JPEG or as 1-bit.
 */
final class ScanSimulator {
    /** What a hand did to one spot, and what a reader must make of it. */
    enum Hand {
        NONE(Mark.State.EMPTY), PEN(Mark.State.FILLED), PENCIL(Mark.State.FILLED), STRAY_DOT(Mark.State.EMPTY),
        ERASED(Mark.State.DOUBTFUL), CROSSED_OUT(Mark.State.DOUBTFUL), HALF(Mark.State.DOUBTFUL),
        /** A marker's tick in a box. */
        TICK(Mark.State.FILLED);

        final Mark.State truth;

        Hand(Mark.State truth) {
            this.truth = truth;
        }
    }

    /** How the page went through the scanner. */
    record Damage(double degrees, boolean upsideDown, double scale, double shiftX, double shiftY, boolean blur,
            double noise, boolean jpeg40, boolean oneBit) {
        static final Damage NONE = new Damage(0, false, 1, 0, 0, false, 0, false, false);

        static Damage random(Random random) {
            return new Damage(random.nextDouble(-3, 3), random.nextInt(4) == 0, random.nextDouble(0.97, 1.03),
                    random.nextDouble(-15, 15), random.nextDouble(-15, 15), random.nextBoolean(),
                    random.nextInt(3) == 0 ? 0 : random.nextDouble(2, 12), random.nextInt(3) == 0,
                    random.nextInt(6) == 0);
        }
    }

    private ScanSimulator() {
    }

    /**
     * Draws a hand's mark on the sheet image (dpi its resolution).
     *
     * @param ink how dark the student's pen or pencil is, 0 (paper) to 1 (black): a pen 0.8–1, a
     *     pencil 0.38–0.65; erasures, crosses and dots are made with the same hand
     */
    static void mark(BufferedImage sheet, double dpi, Spot spot, Hand hand, double ink, Random random) {
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(dpi / 72, dpi / 72);
        float r = spot.radius();
        float x = spot.x();
        float y = spot.y();
        switch (hand) {
            case NONE -> {
            }
            case PEN, PENCIL -> {
                g.setColor(dark(ink));
                float f = (float) random.nextDouble(0.85, 1.1);
                float dx = (float) random.nextDouble(-0.12, 0.12) * r;
                float dy = (float) random.nextDouble(-0.12, 0.12) * r;
                g.fill(shape(spot, x + dx, y + dy, r * f));
                if (hand == Hand.PENCIL) {
                    // Pencil leaves grain: specks lighter and darker than its mean across the bubble.
                    for (int k = 0; k < 40; k++) {
                        g.setColor(dark(Math.max(0, Math.min(1, ink + random.nextDouble(-0.12, 0.12)))));
                        double a = random.nextDouble(0, 2 * Math.PI);
                        double d = Math.sqrt(random.nextDouble()) * r * 0.8;
                        g.fill(new Ellipse2D.Double(x + dx + Math.cos(a) * d - 0.4, y + dy + Math.sin(a) * d - 0.4, 0.8,
                                0.8));
                    }
                }
            }
            case STRAY_DOT -> {
                g.setColor(dark(ink));
                double angle = random.nextDouble(0, 2 * Math.PI);
                double distance = random.nextDouble(0, 1.6) * r;
                float d = (float) random.nextDouble(0.5, 0.9);
                g.fill(new Ellipse2D.Double(x + Math.cos(angle) * distance - d / 2, y + Math.sin(angle) * distance - d / 2,
                        d, d));
            }
            case ERASED -> {
                // What a rubber leaves: a third to a half of the mark's darkness, never less than a faint smudge.
                g.setColor(dark(Math.max(0.2, ink * random.nextDouble(0.3, 0.45))));
                g.fill(shape(spot, x, y, r * (float) random.nextDouble(0.85, 1.05)));
            }
            case CROSSED_OUT -> {
                g.setColor(dark(ink));
                g.setStroke(new BasicStroke((float) random.nextDouble(1.0, 1.5), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                float k = r * 1.1f;
                g.draw(new Line2D.Float(x - k, y - k, x + k, y + k));
                g.draw(new Line2D.Float(x - k, y + k, x + k, y - k));
            }
            case HALF -> {
                // A small mark in the middle: a dot or a hesitation, not a fill.
                g.setColor(dark(ink));
                float k = r * (float) random.nextDouble(0.4, 0.5);
                g.fill(new Ellipse2D.Float(x - k, y - k, 2 * k, 2 * k));
            }
            case TICK -> {
                g.setColor(grey(random.nextInt(0, 60)));
                g.setStroke(new BasicStroke((float) random.nextDouble(1.0, 1.6), BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Float(x - 0.7f * r, y, x - 0.1f * r, y + 0.7f * r));
                g.draw(new Line2D.Float(x - 0.1f * r, y + 0.7f * r, x + 0.8f * r, y - 0.8f * r));
            }
        }
        g.dispose();
    }

    private static java.awt.Shape shape(Spot spot, float x, float y, float r) {
        return spot.square() ? new Rectangle2D.Float(x - r, y - r, 2 * r, 2 * r)
                : new Ellipse2D.Float(x - r, y - r, 2 * r, 2 * r);
    }

    private static Color dark(double ink) {
        int level = (int) Math.round(255 * (1 - ink));
        return new Color(level, level, level);
    }

    private static Color grey(int level) {
        return new Color(level, level, level);
    }

    /** The filled sheet as the scanner gives it back. */
    static BufferedImage scan(BufferedImage sheet, Damage damage, Random random) {
        int width = (int) Math.round(sheet.getWidth() * damage.scale());
        int height = (int) Math.round(sheet.getHeight() * damage.scale());
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(width / 2.0 + damage.shiftX(), height / 2.0 + damage.shiftY());
        t.rotate(Math.toRadians(damage.degrees() + (damage.upsideDown() ? 180 : 0)));
        t.scale(damage.scale(), damage.scale());
        t.translate(-sheet.getWidth() / 2.0, -sheet.getHeight() / 2.0);
        g.drawImage(sheet, t, null);
        g.dispose();
        if (damage.blur()) {
            float[] box = new float[9];
            java.util.Arrays.fill(box, 1 / 9f);
            BufferedImage blurred = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            new ConvolveOp(new Kernel(3, 3, box), ConvolveOp.EDGE_NO_OP, null).filter(out, blurred);
            out = blurred;
        }
        byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        if (damage.noise() > 0) {
            for (int i = 0; i < pixels.length; i++) {
                int v = (int) Math.round((pixels[i] & 0xFF) + random.nextGaussian() * damage.noise());
                pixels[i] = (byte) Math.max(0, Math.min(255, v));
            }
        }
        if (damage.oneBit()) {
            return dither(out);
        }
        if (damage.jpeg40()) {
            return ImageIOs.read(jpeg(out, 0.4f));
        }
        return out;
    }

    /** Floyd–Steinberg to black and white, as a scanner's 1-bit mode with halftoning does. */
    static BufferedImage dither(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        BufferedImage bits = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        float[] current = new float[w + 2];
        float[] next = new float[w + 2];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = (pixels[y * w + x] & 0xFF) + current[x + 1];
                int out = v < 128 ? 0 : 255;
                float e = v - out;
                current[x + 2] += e * 7 / 16;
                next[x] += e * 3 / 16;
                next[x + 1] += e * 5 / 16;
                next[x + 2] += e / 16;
                if (out == 255) {
                    bits.getRaster().setSample(x, y, 0, 1);
                }
            }
            float[] swap = current;
            current = next;
            next = swap;
            java.util.Arrays.fill(next, 0);
        }
        return bits;
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class ImageIOs {
        static BufferedImage read(byte[] bytes) {
            try {
                return ImageIO.read(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package papersetter.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import papersetter.pdf.PdfBytes;
import papersetter.pdf.PdfFile;

/**
 * The pictures of one PDF (question pictures, a logo), each embedded once however often it is
 * drawn: its colours as RGB, and its transparency, if it has any, as a soft mask.
 */
final class Pictures {
    private final Map<byte[], String> names = new IdentityHashMap<>();

    /** A picture's width and height in pixels, which papersetter takes as points; an error if Java cannot read it. */
    static float[] size(byte[] bytes) {
        BufferedImage image = decode(bytes);
        return new float[] {image.getWidth(), image.getHeight()};
    }

    /** The resource name a page draws a picture by. */
    String resource(byte[] bytes) {
        return names.computeIfAbsent(bytes, b -> "Im" + (names.size() + 1));
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** Writes the pictures; returns the /XObject dictionary the pages share. */
    PdfBytes writeTo(PdfFile file) {
        PdfBytes dictionary = new PdfBytes(64).ascii("<<");
        names.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> {
            int image = write(file, entry.getKey());
            dictionary.ascii("/").ascii(entry.getValue()).space().number(image).ascii(" 0 R ");
        });
        return dictionary.ascii(">>");
    }

    private static int write(PdfFile file, byte[] bytes) {
        BufferedImage image = decode(bytes);
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] rgb = new byte[width * height * 3];
        byte[] alpha = image.getColorModel().hasAlpha() ? new byte[width * height] : null;
        int at = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = image.getRGB(x, y);
                rgb[3 * at] = (byte) (argb >> 16);
                rgb[3 * at + 1] = (byte) (argb >> 8);
                rgb[3 * at + 2] = (byte) argb;
                if (alpha != null) {
                    alpha[at] = (byte) (argb >>> 24);
                }
                at++;
            }
        }
        String size = " /Type /XObject /Subtype /Image /Width " + width + " /Height " + height
                + " /BitsPerComponent 8";
        String mask = "";
        if (alpha != null) {
            mask = " /SMask " + file.stream(size + " /ColorSpace /DeviceGray", alpha, true) + " 0 R";
        }
        return file.stream(size + " /ColorSpace /DeviceRGB" + mask, rgb, true);
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("not a picture Java can read");
            }
            return image;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a picture Java can read", e);
        }
    }
}

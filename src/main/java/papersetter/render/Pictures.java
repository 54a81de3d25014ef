package papersetter.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import papersetter.pdf.PdfImage;

/**
 * The pictures of one PDF (question pictures, a logo), each embedded once however often it is
 * drawn. A picture file is read, and its pixels compressed, once per run ({@link #read}).
 */
final class Pictures {
    private final Map<PdfImage, String> names = new IdentityHashMap<>();

    /**
     * A picture file's pixels, ready to embed: its colours as RGB and, if it has any transparency,
     * a soft mask.
     *
     * @throws IllegalArgumentException if Java cannot read the file as a picture
     */
    static PdfImage read(byte[] bytes) {
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
        return PdfImage.of(width, height, rgb, alpha);
    }

    /** The resource name a page draws a picture by. */
    String resource(PdfImage image) {
        return names.computeIfAbsent(image, i -> "Im" + (names.size() + 1));
    }

    /** The pictures drawn, by resource name. */
    Map<String, PdfImage> images() {
        Map<String, PdfImage> images = new TreeMap<>();
        names.forEach((image, name) -> images.put(name, image));
        return images;
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

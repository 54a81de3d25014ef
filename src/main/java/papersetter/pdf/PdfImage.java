package papersetter.pdf;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import javax.imageio.ImageIO;

/**
 * A picture ready to embed, read and compressed once per run. A JPEG goes in as it is (PDF shows
 * JPEG data itself, so it is neither decoded nor compressed again, and keeps its quality), in its own
 * colours: grey, RGB or CMYK. Other pictures (PNG, GIF, BMP) are decoded to their pixels, grey kept
 * grey, with a soft mask where they have transparency.
 *
 * @param colours 1 (grey), 3 (RGB) or 4 (CMYK)
 * @param jpeg whether {@code data} is a JPEG file; otherwise Flate-compressed pixels
 * @param inverted a CMYK JPEG written by Adobe software, which stores its inks inverted
 * @param alpha the Flate-compressed soft mask, a byte a pixel, or null
 */
public record PdfImage(int width, int height, int colours, boolean jpeg, boolean inverted, byte[] data,
        byte[] alpha) {

    /**
     * Reads a picture file.
     *
     * @throws IllegalArgumentException if it is not a picture papersetter can print
     */
    public static PdfImage read(byte[] file) {
        Jpeg jpeg = Jpeg.read(file);
        if (jpeg != null) {
            checkDecodes(file);
            return new PdfImage(jpeg.width(), jpeg.height(), jpeg.components(), true,
                    jpeg.components() == 4 && jpeg.adobe(), file.clone(), null);
        }
        return pixels(decode(file));
    }

    private static PdfImage pixels(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean grey = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        int colours = grey ? 1 : 3;
        byte[] pixels = new byte[width * height * colours];
        byte[] alpha = image.getColorModel().hasAlpha() ? new byte[width * height] : null;
        Raster raster = image.getRaster();
        int shift = raster.getSampleModel().getSampleSize(0) - 8;
        int at = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = image.getRGB(x, y);
                if (grey) {
                    // The stored grey, not the RGB Java would convert it to.
                    int sample = raster.getSample(x, y, 0);
                    pixels[at] = (byte) (shift >= 0 ? sample >> shift : sample << -shift);
                } else {
                    pixels[3 * at] = (byte) (argb >> 16);
                    pixels[3 * at + 1] = (byte) (argb >> 8);
                    pixels[3 * at + 2] = (byte) argb;
                }
                if (alpha != null) {
                    alpha[at] = (byte) (argb >>> 24);
                }
                at++;
            }
        }
        return new PdfImage(width, height, colours, false, false, DocumentDrawer.deflate(pixels),
                alpha == null ? null : DocumentDrawer.deflate(alpha));
    }

    /** A JPEG's markers can look right over broken data: decode it once, so a bad file is refused here. */
    private static void checkDecodes(byte[] file) {
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("not a picture Java can read");
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                // The raster, not the image: Java reads a CMYK JPEG's pixels but will not make an RGB image of them.
                reader.readRaster(0, null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a picture Java can read", e);
        }
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

    /** The picture as a new image object, its data copied in as it was prepared. */
    COSStream toCos() {
        COSStream image = stream(data, jpeg ? COSName.DCT_DECODE : COSName.FLATE_DECODE);
        image.setItem(COSName.TYPE, COSName.XOBJECT);
        image.setItem(COSName.SUBTYPE, COSName.IMAGE);
        image.setInt(COSName.WIDTH, width);
        image.setInt(COSName.HEIGHT, height);
        image.setInt(COSName.BITS_PER_COMPONENT, 8);
        image.setItem(COSName.COLORSPACE, colours == 1 ? COSName.DEVICEGRAY
                : colours == 3 ? COSName.DEVICERGB : COSName.DEVICECMYK);
        if (inverted) {
            image.setItem(COSName.DECODE, COSArray.ofCOSIntegers(java.util.List.of(1, 0, 1, 0, 1, 0, 1, 0)));
        }
        if (alpha != null) {
            COSStream mask = stream(alpha, COSName.FLATE_DECODE);
            mask.setItem(COSName.TYPE, COSName.XOBJECT);
            mask.setItem(COSName.SUBTYPE, COSName.IMAGE);
            mask.setInt(COSName.WIDTH, width);
            mask.setInt(COSName.HEIGHT, height);
            mask.setInt(COSName.BITS_PER_COMPONENT, 8);
            mask.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            image.setItem(COSName.SMASK, mask);
        }
        return image;
    }

    private static COSStream stream(byte[] bytes, COSName filter) {
        COSStream stream = new COSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stream.setItem(COSName.FILTER, filter);
        return stream;
    }

    /** What a JPEG file's markers say: its size, its colour components, whether Adobe wrote it. */
    private record Jpeg(int width, int height, int components, boolean adobe) {

        /** The JPEG's facts, or null if the file is not a baseline or progressive 8-bit JPEG a PDF can show. */
        static Jpeg read(byte[] file) {
            if (file.length < 4 || (file[0] & 0xFF) != 0xFF || (file[1] & 0xFF) != 0xD8) {
                return null;
            }
            boolean adobe = false;
            int at = 2;
            while (at + 4 <= file.length) {
                if ((file[at] & 0xFF) != 0xFF) {
                    return null;
                }
                int marker = file[at + 1] & 0xFF;
                if (marker == 0xFF) {
                    at++;
                    continue;
                }
                int length = (file[at + 2] & 0xFF) << 8 | file[at + 3] & 0xFF;
                if (length < 2 || at + 2 + length > file.length) {
                    return null;
                }
                if (marker == 0xEE && length >= 7 && new String(file, at + 4, 5,
                        java.nio.charset.StandardCharsets.ISO_8859_1).equals("Adobe")) {
                    adobe = true;
                }
                boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                        && marker != 0xCC;
                if (frame) {
                    // Huffman-coded baseline, extended or progressive, 8 bits: what every PDF reader shows.
                    if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2 || length < 8) {
                        return null;
                    }
                    int precision = file[at + 4] & 0xFF;
                    int height = (file[at + 5] & 0xFF) << 8 | file[at + 6] & 0xFF;
                    int width = (file[at + 7] & 0xFF) << 8 | file[at + 8] & 0xFF;
                    int components = file[at + 9] & 0xFF;
                    if (precision != 8 || width == 0 || height == 0
                            || components != 1 && components != 3 && components != 4) {
                        return null;
                    }
                    return new Jpeg(width, height, components, adobe);
                }
                if (marker == 0xDA || marker == 0xD9) {
                    return null;
                }
                at += 2 + length;
            }
            return null;
        }
    }
}

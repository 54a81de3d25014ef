package papersetter.scan;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A scanned page as one byte of grey a pixel (0 black, 255 white), row after row: the one shape the
 * reader works on, whatever the scan was (colour, grey, 1-bit, JPEG, a PDF's picture).
 */
record GreyImage(int width, int height, byte[] pixels) {
    GreyImage {
        if (width < 1 || height < 1 || (long) width * height != pixels.length) {
            throw new IllegalArgumentException(width + "×" + height + " with " + pixels.length + " pixels");
        }
    }

    static GreyImage of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte data
                && data.getNumBanks() == 1 && data.getData().length == width * height
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0) {
            return new GreyImage(width, height, data.getData());
        }
        // Drawing into a grey image converts any colour model (RGB, indexed, 1-bit, CMYK) in native code.
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return new GreyImage(width, height, ((DataBufferByte) grey.getRaster().getDataBuffer()).getData());
    }

    int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    /** The pixel nearest (x, y), or white off the image. */
    int near(double x, double y) {
        int ix = (int) Math.round(x);
        int iy = (int) Math.round(y);
        return ix < 0 || iy < 0 || ix >= width || iy >= height ? 255 : pixels[iy * width + ix] & 0xFF;
    }

    BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(pixels, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, pixels.length);
        return image;
    }
}

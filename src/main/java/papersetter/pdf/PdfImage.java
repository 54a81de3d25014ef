package papersetter.pdf;

/**
 * A picture ready to embed: its pixels as RGB and, if it has transparency, a soft mask, both
 * compressed.
 */
public record PdfImage(int width, int height, byte[] rgb, byte[] alpha) {

    /** @param rgb three bytes a pixel, row by row; @param alpha a byte a pixel, or null */
    public static PdfImage of(int width, int height, byte[] rgb, byte[] alpha) {
        return new PdfImage(width, height, PdfFile.deflate(rgb), alpha == null ? null : PdfFile.deflate(alpha));
    }

    int writeTo(PdfFile file) {
        String size = " /Type /XObject /Subtype /Image /Width " + width + " /Height " + height + " /BitsPerComponent 8"
                + " /Filter /FlateDecode";
        String mask = "";
        if (alpha != null) {
            mask = " /SMask " + file.stream(size + " /ColorSpace /DeviceGray", alpha) + " 0 R";
        }
        return file.stream(size + " /ColorSpace /DeviceRGB" + mask, rgb);
    }
}

package papersetter.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Goes through the scan files page by page and hands each page on undecoded where it can: a PDF
 * page that is one scanned picture is taken as the picture it holds (a JPEG's own bytes, a grey
 * picture's pixels), never drawn again; any other PDF page is rendered at 200 dpi; a picture file
 * is read by ImageIO, a TIFF page by page. Sizes are checked from headers before any pixel is decoded.
 */
final class ScanPages {
    /** A page of A4 at 600 dpi is 35 million pixels; a scan bigger than this is not a page of a sheet. */
    static final long MAX_PIXELS = 50_000_000L;
    static final int MAX_PAGES = 20_000;
    static final float RENDER_DPI = 200;

    interface Sink {
        void accept(ScanPage page) throws InterruptedException;
    }

    private ScanPages() {
    }

    /** Hands every page of the files to the sink, in order; returns how many pages there were. */
    static int each(List<ScanFiles.ScanFile> files, Sink sink) throws InterruptedException, ScanPage.Unreadable {
        int number = 0;
        for (ScanFiles.ScanFile file : files) {
            switch (file.kind()) {
                case PDF -> number = pdf(file.path(), number, sink);
                case TIFF -> number = tiff(file.path(), number, sink);
                default -> {
                    Path path = file.path();
                    String where = path.toString();
                    sink.accept(new ScanPage(++number, where, () -> picture(path, where)));
                }
            }
            if (number > MAX_PAGES) {
                throw new ScanPage.Unreadable(file.path() + ": more than " + MAX_PAGES + " pages in all — mark a"
                        + " class at a time.");
            }
        }
        return number;
    }

    private static int pdf(Path path, int number, Sink sink) throws InterruptedException, ScanPage.Unreadable {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(path.toFile()))) {
            if (document.isEncrypted()) {
                throw new ScanPage.Unreadable(path + ": the PDF is locked with a password — save the scan again"
                        + " without one.");
            }
            PDFRenderer renderer = null;
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                String where = path + " page " + (i + 1);
                PDPage page = document.getPage(i);
                ScanPage.Decoder decoder;
                try {
                    decoder = scannedPicture(page, where);
                    if (decoder == null) {
                        PDRectangle box = page.getCropBox();
                        double pixels = (double) box.getWidth() * RENDER_DPI / 72 * box.getHeight() * RENDER_DPI / 72;
                        if (pixels > MAX_PIXELS) {
                            throw new ScanPage.Unreadable(where + ": a page of " + Math.round(box.getWidth() / 72 * 25.4)
                                    + " × " + Math.round(box.getHeight() / 72 * 25.4) + " mm, not an answer sheet.");
                        }
                        renderer = renderer == null ? new PDFRenderer(document) : renderer;
                        GreyImage grey = GreyImage.of(renderer.renderImageWithDPI(i, RENDER_DPI, ImageType.GRAY));
                        decoder = () -> grey;
                    }
                } catch (IOException | RuntimeException e) {
                    throw new ScanPage.Unreadable(where + ": cannot be read (" + e.getMessage() + ") — the PDF is"
                            + " damaged or cut short; scan the sheets again.");
                }
                sink.accept(new ScanPage(++number, where, decoder));
                if (number > MAX_PAGES) {
                    return number;
                }
            }
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new ScanPage.Unreadable(path + ": the PDF is locked with a password — save the scan again without"
                    + " one.");
        } catch (IOException e) {
            throw new ScanPage.Unreadable(path + ": not a PDF papersetter can read (" + e.getMessage() + ") — it is"
                    + " damaged or cut short; scan the sheets again.");
        }
        return number;
    }

    /** The page's one picture, ready to decode off this thread, or null when the page is more than a picture. */
    private static ScanPage.Decoder scannedPicture(PDPage page, String where) throws IOException, ScanPage.Unreadable {
        if (page.getRotation() % 360 != 0) {
            return null; // the picture stands turned on the page: rendering turns it back
        }
        PDResources resources = page.getResources();
        if (resources == null || resources.getFontNames().iterator().hasNext()) {
            return null;
        }
        Iterator<COSName> names = resources.getXObjectNames().iterator();
        if (!names.hasNext()) {
            return null;
        }
        PDXObject object = resources.getXObject(names.next());
        if (names.hasNext() || !(object instanceof PDImageXObject image)) {
            return null;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        if (width < 1 || height < 1) {
            return null;
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new ScanPage.Unreadable(where + ": a picture of " + width + " × " + height + " pixels, more than "
                    + MAX_PIXELS / 1_000_000 + " million — scan at 200 or 300 dpi.");
        }
        List<COSName> filters = image.getStream().getFilters();
        boolean plain = image.getDecode() == null && !image.isStencil()
                && image.getCOSObject().getItem(COSName.SMASK) == null;
        if (plain && filters.size() == 1 && COSName.DCT_DECODE.equals(filters.get(0))
                && (image.getColorSpace() instanceof PDDeviceGray || image.getColorSpace() instanceof PDDeviceRGB)) {
            byte[] jpeg;
            try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                jpeg = raw.readNBytes(Integer.MAX_VALUE - 16);
            }
            return () -> jpeg(jpeg, where);
        }
        if (plain && image.getBitsPerComponent() == 8 && image.getColorSpace() instanceof PDDeviceGray) {
            byte[] pixels;
            try (InputStream decoded = image.getCOSObject().createInputStream()) {
                pixels = decoded.readNBytes(width * height);
            }
            if (pixels.length < width * height) {
                throw new ScanPage.Unreadable(where + ": the picture is cut short (" + pixels.length + " of "
                        + (long) width * height + " pixels) — scan the sheets again.");
            }
            GreyImage grey = new GreyImage(width, height, pixels);
            return () -> grey;
        }
        BufferedImage decoded = image.getImage();
        GreyImage grey = GreyImage.of(decoded);
        return () -> grey;
    }

    private static GreyImage jpeg(byte[] bytes, String where) throws ScanPage.Unreadable {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            return read(in, where);
        } catch (IOException e) {
            throw unreadable(where, e);
        }
    }

    private static GreyImage picture(Path path, String where) throws ScanPage.Unreadable {
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            if (in == null) {
                throw new ScanPage.Unreadable(where + ": cannot be opened.");
            }
            return read(in, where);
        } catch (IOException e) {
            throw unreadable(where, e);
        }
    }

    private static GreyImage read(ImageInputStream in, String where) throws IOException, ScanPage.Unreadable {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new ScanPage.Unreadable(where + ": not a picture ImageIO can read — save the scan as PDF, PNG,"
                    + " JPEG or TIFF.");
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, true, true);
            checkSize(reader, 0, where);
            return GreyImage.of(reader.read(0));
        } finally {
            reader.dispose();
        }
    }

    private static int tiff(Path path, int number, Sink sink) throws InterruptedException, ScanPage.Unreadable {
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ScanPage.Unreadable(path + ": not a TIFF ImageIO can read — save the scan as PDF or PNG.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                for (int i = 0; ; i++) {
                    String where = path + " page " + (i + 1);
                    try {
                        reader.getWidth(i);
                    } catch (IndexOutOfBoundsException e) {
                        break; // no more pages
                    }
                    checkSize(reader, i, where);
                    GreyImage grey;
                    try {
                        grey = GreyImage.of(reader.read(i));
                    } catch (IOException | RuntimeException e) {
                        throw unreadable(where, e);
                    }
                    sink.accept(new ScanPage(++number, where, () -> grey));
                    if (number > MAX_PAGES) {
                        return number;
                    }
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(path.toString(), e);
        }
        return number;
    }

    private static void checkSize(ImageReader reader, int index, String where) throws IOException,
            ScanPage.Unreadable {
        long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
        if (pixels > MAX_PIXELS) {
            throw new ScanPage.Unreadable(where + ": a picture of " + reader.getWidth(index) + " × "
                    + reader.getHeight(index) + " pixels, more than " + MAX_PIXELS / 1_000_000 + " million — scan at"
                    + " 200 or 300 dpi.");
        }
    }

    private static ScanPage.Unreadable unreadable(String where, Exception e) {
        return new ScanPage.Unreadable(where + ": cannot be read (" + e.getClass().getSimpleName().replace("Exception",
                "") + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ") — the file is damaged or cut short;"
                + " scan the sheets again.");
    }
}

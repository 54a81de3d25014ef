package papersetter.pdf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One document's pages, drawn and ready to write: each page's content (compressed), and the fonts
 * and pictures they draw with, by the names the content calls them. The same pages make the
 * document's own file and its part of a run's print file.
 *
 * @param faint whether the pages use the faint graphics state named {@code Faint} (a watermark)
 * @param id the document's /ID, derived from its name so the same document always carries the same
 */
public record Pages(float width, float height, List<byte[]> contents, Map<String, EmbeddedFont> fonts,
        Map<String, PdfImage> images, boolean faint, String title, byte[] id) {

    public Pages {
        contents = List.copyOf(contents);
        fonts = Map.copyOf(fonts);
        images = Map.copyOf(images);
    }

    /** The pages as a PDF file of their own: a book of one document. */
    public byte[] toPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + contents.size() * 8 * 1024);
        PdfBook book = new PdfBook(out, title, id);
        book.add(this);
        book.finish();
        return out.toByteArray();
    }

    /**
     * Writes the pages into a file, under a page tree the caller writes.
     *
     * @param written the fonts and pictures already in the file (by identity), and their objects:
     *     a print file holds each of a run's fonts and pictures once, however many papers use it
     * @return the page objects, in order
     */
    List<Integer> write(PdfFile file, int pageTree, Map<Object, Integer> written) {
        PdfBytes resources = new PdfBytes(256).ascii("<</ProcSet [/PDF /Text /ImageC] /Font <<");
        fonts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(font -> {
            int object = written.computeIfAbsent(font.getValue(), f -> font.getValue().writeTo(file));
            resources.ascii("/").ascii(font.getKey()).space().number(object).ascii(" 0 R ");
        });
        resources.ascii(">>");
        if (!images.isEmpty()) {
            resources.ascii(" /XObject <<");
            images.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(image ->
                    resources.ascii("/").ascii(image.getKey()).space()
                            .number(written.computeIfAbsent(image.getValue(), i -> image.getValue().writeTo(file)))
                            .ascii(" 0 R "));
            resources.ascii(">>");
        }
        if (faint) {
            resources.ascii(" /ExtGState <</Faint <</Type /ExtGState /ca 0.12>>>>");
        }
        int shared = file.object(resources.ascii(">>"));
        List<Integer> pages = new ArrayList<>();
        for (byte[] content : contents) {
            int stream = file.stream(" /Filter /FlateDecode", content);
            pages.add(file.object(page(pageTree, shared).ascii(" /Contents ").number(stream).ascii(" 0 R>>")));
        }
        return pages;
    }

    /** A page with nothing on it, the size of these pages (to start the next paper on a fresh sheet). */
    int writeBlankPage(PdfFile file, int pageTree) {
        return file.object(page(pageTree, -1).ascii(">>"));
    }

    private PdfBytes page(int pageTree, int resources) {
        PdfBytes page = new PdfBytes(160).ascii("<</Type /Page /Parent ").number(pageTree).ascii(" 0 R /MediaBox [0 0 ")
                .number(width).space().number(height).ascii("] /Resources ");
        return resources < 0 ? page.ascii("<<>>") : page.number(resources).ascii(" 0 R");
    }
}

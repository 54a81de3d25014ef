package papersetter.pdf;

import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole document (a paper or a key), drawn and ready to write: each page's content (compressed),
 * the fonts and pictures the pages use by the names the content calls them, its structure tree, its
 * outline and what it says about itself. The same document makes its own file and its part of a
 * run's print file.
 *
 * @param label what a book's outline calls this document ("Set A")
 * @param forms the vector drawings (formulas, charts) the pages use, by name
 * @param faint whether the pages use the faint graphics state (a watermark)
 * @param structure the document's structure element, its kids the document's content in reading order
 * @param id the file's /ID, derived from the document's name so the same document always carries the same
 */
public record DrawnDocument(float width, float height, List<byte[]> contents, Map<String, EmbeddedFont> fonts,
        Map<String, PdfImage> images, Map<String, VectorForm> forms, boolean faint, StructureNode structure, List<OutlineEntry> outline,
        List<Integer> markedContents, DocumentInfo info, String label, byte[] id) {

    /** An outline entry: its level (1 at the top), its title and where it points. */
    public record OutlineEntry(int level, String title, int page, float top) {
    }

    public DrawnDocument {
        contents = List.copyOf(contents);
        // Sorted by name, never Map.copyOf: its order changes from one JVM to the next, and the
        // resources are written in this order, so the same paper would not give the same bytes.
        fonts = Collections.unmodifiableMap(new TreeMap<>(fonts));
        images = Collections.unmodifiableMap(new TreeMap<>(images));
        forms = Collections.unmodifiableMap(new TreeMap<>(forms));
        outline = List.copyOf(outline);
        markedContents = List.copyOf(markedContents);
        id = id.clone();
    }

    public int pageCount() {
        return contents.size();
    }

    /** The document as a PDF file of its own: a book of one document. */
    public byte[] toPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + contents.size() * 8 * 1024);
        PdfBook book = new PdfBook(info, id);
        book.add(this);
        // PDFBox writes in small pieces; a buffer spares the byte array's lock on each.
        try (java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 64 * 1024)) {
            book.writeTo(buffered);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

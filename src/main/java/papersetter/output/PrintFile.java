package papersetter.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import papersetter.model.RunFailure;
import papersetter.pdf.DocumentInfo;
import papersetter.pdf.DrawnDocument;
import papersetter.pdf.PdfBook;

/**
 * Every set's paper in one file for the printer. Each paper starts on an odd page, with a blank
 * page added where needed, so that double-sided printing never puts two students' papers on the
 * two sides of one sheet; the outline has an entry per set and per section.
 *
 * <p>Papers are added one by one as they are rendered, and only their drawn pages are kept until
 * the file is written. The run's fonts and pictures are in the file once, however many papers use them.
 */
public final class PrintFile implements AutoCloseable {
    private final Path target;
    private final DocumentInfo info;
    private final byte[] documentId;
    /** The first paper, kept until a second arrives: one set's print file is its paper, as it is. */
    private DrawnDocument firstDocument;
    private byte[] firstFile;
    private PdfBook book;

    private PrintFile(Path target, DocumentInfo info, byte[] documentId) {
        this.target = target;
        this.info = info;
        this.documentId = documentId.clone();
    }

    /** @param documentId the /ID the file carries, so the same run always gives the same bytes */
    public static PrintFile create(Path target, DocumentInfo info, byte[] documentId) {
        return new PrintFile(target, info, documentId);
    }

    /**
     * Appends the next set's paper.
     *
     * @param document the drawn paper; @param file the paper as its own file (the print file of a single set)
     */
    public void add(DrawnDocument document, byte[] file) {
        try {
            if (book == null && firstDocument == null) {
                firstDocument = document;
                firstFile = file;
                return;
            }
            if (book == null) {
                book = new PdfBook(info, documentId, true);
                book.add(firstDocument);
                firstDocument = null;
                firstFile = null;
            }
            book.add(document);
        } catch (UncheckedIOException e) {
            throw failure(e);
        }
    }

    /** Writes the file. */
    public void finish() {
        try {
            if (book == null) {
                Files.write(target, firstFile == null ? new byte[0] : firstFile);
                return;
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                book.writeTo(out);
            }
            book = null;
        } catch (IOException | UncheckedIOException e) {
            throw failure(e);
        }
    }

    /** Lets go of the papers if the run stopped before {@link #finish()}; the run folder then goes. */
    @Override
    public void close() {
        book = null;
        firstDocument = null;
    }

    private RunFailure failure(Exception e) {
        return new RunFailure("Cannot write the print file " + target + ": " + e.getMessage(), e);
    }
}

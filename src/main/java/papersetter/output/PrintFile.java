package papersetter.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import papersetter.model.RunFailure;
import papersetter.pdf.Pages;
import papersetter.pdf.PdfBook;

/**
 * Every set's paper in one file for the printer. Each paper starts on an odd page, with a blank
 * page added where needed, so that double-sided printing never puts two students' papers on the
 * two sides of one sheet.
 *
 * <p>Papers are added one by one as they are rendered, so the print file is written while later
 * sets are still being set, and no paper is held once it is added. The run's fonts are in the file
 * once, however many papers use them.
 */
public final class PrintFile implements AutoCloseable {
    private final Path target;
    private final String title;
    private final byte[] documentId;
    /** The first paper, kept until a second arrives: one set's print file is its paper, as it is. */
    private Pages firstPages;
    private byte[] firstFile;
    private OutputStream out;
    private PdfBook book;

    private PrintFile(Path target, String title, byte[] documentId) {
        this.target = target;
        this.title = title;
        this.documentId = documentId.clone();
    }

    /** @param documentId the /ID the file carries, so the same run always gives the same bytes */
    public static PrintFile create(Path target, String title, byte[] documentId) {
        return new PrintFile(target, title, documentId);
    }

    /**
     * Appends the next set's paper.
     *
     * @param pages its pages; @param file the paper as its own file (the print file of a single set)
     */
    public void add(Pages pages, byte[] file) {
        try {
            if (book == null && firstPages == null) {
                firstPages = pages;
                firstFile = file;
                return;
            }
            if (book == null) {
                out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
                book = new PdfBook(out, title, documentId);
                book.add(firstPages);
                firstPages = null;
                firstFile = null;
            }
            book.add(pages);
        } catch (IOException | UncheckedIOException e) {
            throw failure(e);
        }
    }

    /** Writes the end of the file. */
    public void finish() {
        try {
            if (book == null) {
                Files.write(target, firstFile == null ? new byte[0] : firstFile);
                return;
            }
            book.finish();
            out.close();
            out = null;
        } catch (IOException | UncheckedIOException e) {
            throw failure(e);
        }
    }

    /** Releases the file if the run stopped before {@link #finish()}; the run folder then goes. */
    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // the half-written file is deleted with the run's working folder
            }
            out = null;
        }
    }

    private RunFailure failure(Exception e) {
        return new RunFailure("Cannot write the print file " + target + ": " + e.getMessage(), e);
    }
}

package papersetter.output;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import papersetter.model.RunFailure;

/**
 * Every set's paper in one file for the printer. Each paper starts on an odd page, with a blank
 * page added where needed, so that double-sided printing never puts two students' papers on the
 * two sides of one sheet.
 *
 * <p>Papers are added one by one as they are rendered, so the print file is written while later
 * sets are still being set, and no paper is held once it is copied. OpenPDF's PdfCopy does the
 * copying: it writes each paper's pages to the file as it goes, where PDFBox would build the whole
 * merged document in memory first. PDFBox still reads the papers back: previews and tests.
 */
public final class PrintFile implements AutoCloseable {
    private final Path target;
    private final String title;
    private final byte[] documentId;
    /** The first paper, kept until a second arrives: one set's print file is its paper, as it is. */
    private byte[] first;
    private OutputStream out;
    private Document document;
    private PdfCopy copy;
    private int pages;
    /** The size of the last page copied: a blank page after it matches it. */
    private Rectangle lastPageSize;

    private PrintFile(Path target, String title, byte[] documentId) {
        this.target = target;
        this.title = title;
        this.documentId = documentId.clone();
    }

    /** @param documentId the /ID the file carries, so the same run always gives the same bytes */
    public static PrintFile create(Path target, String title, byte[] documentId) {
        return new PrintFile(target, title, documentId);
    }

    /** Appends the next set's paper, after a blank page if the file so far ends on an odd page. */
    public void add(byte[] paper) {
        try {
            if (copy == null && first == null) {
                first = paper;
                return;
            }
            if (copy == null) {
                start();
                append(first);
                first = null;
            }
            append(paper);
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /** Writes the end of the file. */
    public void finish() {
        try {
            if (copy == null) {
                Files.write(target, first == null ? new byte[0] : first);
                return;
            }
            // A PDF normally carries the time it was made and a random /ID; the same run must
            // give the same bytes, so the dates are left out and the /ID is fixed.
            copy.getInfo().remove(PdfName.CREATIONDATE);
            copy.getInfo().remove(PdfName.MODDATE);
            copy.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(documentId, documentId));
            document.close();
            out.close();
            out = null;
        } catch (IOException | RuntimeException e) {
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

    private void start() throws IOException {
        out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
        document = new Document();
        copy = new PdfCopy(document, out);
        document.addTitle(title);
        document.addCreator("papersetter");
        document.open();
    }

    private void append(byte[] paper) throws IOException {
        if (pages % 2 == 1) {
            copy.addPage(lastPageSize, 0);
            pages++;
        }
        PdfReader reader = new PdfReader(paper);
        int count = reader.getNumberOfPages();
        for (int page = 1; page <= count; page++) {
            copy.addPage(copy.getImportedPage(reader, page));
        }
        pages += count;
        lastPageSize = reader.getPageSize(count);
        copy.freeReader(reader);
        reader.close();
    }

    private RunFailure failure(Exception e) {
        return new RunFailure("Cannot write the print file " + target + ": " + e.getMessage(), e);
    }
}

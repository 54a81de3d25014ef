package papersetter.output;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import papersetter.model.RunFailure;

/**
 * Every set's paper in one file for the printer. Each paper starts on an odd page, with a blank
 * page added where needed, so that double-sided printing never puts two students' papers on the
 * two sides of one sheet.
 *
 * <p>OpenPDF's PdfCopy does the copying: it writes each paper's pages to the file as it goes and
 * lets the paper go, where PDFBox builds the whole merged document in memory before saving it.
 * For a thousand sets that is the difference between about 250 MB held for ten seconds and a
 * few megabytes for two. PDFBox still reads the papers back: previews and tests.
 */
public final class PrintFile {
    private PrintFile() {
    }

    public static void merge(List<Path> papers, Path target, String title, byte[] documentId) {
        try {
            if (papers.size() == 1) {
                // One set's print file is its paper.
                Files.copy(papers.get(0), target, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                Document document = new Document();
                PdfCopy copy = new PdfCopy(document, out);
                document.addTitle(title);
                document.addCreator("papersetter");
                document.open();
                int pages = 0;
                for (int i = 0; i < papers.size(); i++) {
                    PdfReader reader = new PdfReader(Files.readAllBytes(papers.get(i)));
                    int count = reader.getNumberOfPages();
                    for (int page = 1; page <= count; page++) {
                        copy.addPage(copy.getImportedPage(reader, page));
                    }
                    pages += count;
                    boolean last = i == papers.size() - 1;
                    if (!last && pages % 2 == 1) {
                        copy.addPage(reader.getPageSize(count), 0);
                        pages++;
                    }
                    copy.freeReader(reader);
                    reader.close();
                }
                // A PDF normally carries the time it was made and a random /ID; the same run must
                // give the same bytes, so the dates are left out and the /ID is fixed.
                copy.getInfo().remove(PdfName.CREATIONDATE);
                copy.getInfo().remove(PdfName.MODDATE);
                copy.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(documentId, documentId));
                document.close();
            }
        } catch (IOException | RuntimeException e) {
            throw new RunFailure("Cannot write the print file " + target + ": " + e.getMessage(), e);
        }
    }
}

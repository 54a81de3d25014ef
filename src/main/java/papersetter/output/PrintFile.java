package papersetter.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import papersetter.model.RunFailure;

/**
 * Every set's paper in one file for the printer. Each paper starts on an odd page, with a blank
 * page added where needed, so that double-sided printing never puts two students' papers on the
 * two sides of one sheet.
 *
 * <p>The papers are read from the files already written, and PDFBox keeps the streams it copies
 * in a temporary file rather than in memory, so a thousand sets need no more memory than ten.
 */
public final class PrintFile {
    private PrintFile() {
    }

    public static void merge(List<Path> papers, Path target, String title, byte[] documentId) {
        try {
            if (papers.size() == 1) {
                // One set's print file is its paper; loading PDFBox to copy it would only cost time.
                Files.copy(papers.get(0), target, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            try (PDDocument merged = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                PDFMergerUtility merger = new PDFMergerUtility();
                for (int i = 0; i < papers.size(); i++) {
                    try (PDDocument paper = Loader.loadPDF(papers.get(i).toFile(), "", null, null,
                            IOUtils.createTempFileOnlyStreamCache())) {
                        merger.appendDocument(merged, paper);
                    }
                    boolean last = i == papers.size() - 1;
                    if (!last && merged.getNumberOfPages() % 2 == 1) {
                        PDPage previous = merged.getPage(merged.getNumberOfPages() - 1);
                        PDPage blank = new PDPage(previous.getMediaBox());
                        // An empty content stream, so that every page has one, as some printers expect.
                        new PDPageContentStream(merged, blank).close();
                        merged.addPage(blank);
                    }
                }
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(title);
                info.setCreator("papersetter");
                info.setProducer("papersetter");
                merged.setDocumentInformation(info);
                // PDFBox would otherwise derive the /ID from the clock.
                COSArray id = new COSArray();
                id.add(new COSString(documentId));
                id.add(new COSString(documentId));
                merged.getDocument().getTrailer().setItem(COSName.ID, id);
                // PDFBox's object-stream compression orders objects by identity hash, which differs
                // from run to run; without it the file is a little larger and always the same.
                merged.save(target.toFile(), CompressParameters.NO_COMPRESSION);
            }
        } catch (IOException e) {
            throw new RunFailure("Cannot write the print file " + target + ": " + e.getMessage(), e);
        }
    }
}

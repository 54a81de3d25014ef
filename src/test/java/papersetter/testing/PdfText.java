package papersetter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of a PDF sees, read back with PDFBox. */
public final class PdfText {
    private PdfText() {
    }

    /** The text of every page, in the order it was drawn (cell by cell), one string per page. */
    public static List<String> pages(Path pdf) {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path pdf) {
        return String.join("\n", pages(pdf));
    }

    /**
     * Text with all white space removed (no-break spaces too), so that where a line wrapped does not
     * matter when looking for a sentence.
     */
    public static String compact(String text) {
        return text.replaceAll("[\\s\\u00a0]+", "");
    }
}

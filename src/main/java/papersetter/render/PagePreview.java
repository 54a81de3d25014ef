package papersetter.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import papersetter.model.BadInputException;
import papersetter.model.RunFailure;

/** Page images of a PDF (PDFBox renders them), so a paper can be checked without a PDF viewer. */
public final class PagePreview {
    private PagePreview() {
    }

    /**
     * Writes {@code NAME-1.png}, {@code NAME-2.png}, … beside the PDF or into {@code folder}.
     *
     * @param pages how many pages, from the first; 0 for all
     */
    public static List<Path> render(Path pdf, Path folder, int dpi, int pages) {
        if (!Files.isRegularFile(pdf)) {
            throw new BadInputException(pdf + ": no such file — give the path of a PDF papersetter wrote");
        }
        String name = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        List<Path> written = new ArrayList<>();
        PDDocument loaded;
        try {
            loaded = Loader.loadPDF(pdf.toFile());
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new BadInputException(pdf + ": the PDF is password-protected and cannot be previewed");
        } catch (IOException e) {
            throw new BadInputException(pdf + ": not a PDF file, or a damaged one — give a PDF papersetter wrote");
        }
        try (PDDocument document = loaded) {
            Files.createDirectories(folder);
            PDFRenderer renderer = new PDFRenderer(document);
            int last = pages <= 0 ? document.getNumberOfPages() : Math.min(pages, document.getNumberOfPages());
            for (int p = 0; p < last; p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, dpi, ImageType.RGB);
                Path out = folder.resolve(name + "-" + (p + 1) + ".png");
                ImageIO.write(image, "png", out.toFile());
                written.add(out);
            }
        } catch (IOException e) {
            throw new RunFailure("Cannot preview " + pdf + ": " + e.getMessage(), e);
        }
        return written;
    }
}

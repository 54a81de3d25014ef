package papersetter.render;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/** Plans the pages of a list of blocks, then paints them with a footer on every page. */
final class PdfComposer {

    /** What the footer of every page says besides "Page x of y". */
    record Footer(String left, String right) {
    }

    private final Layout layout;
    private final DocumentFonts fonts;

    PdfComposer(Layout layout, DocumentFonts fonts) {
        this.layout = layout;
        this.fonts = fonts;
    }

    /**
     * @param documentId names this document among every document papersetter writes; the PDF's
     *     /ID is derived from it, so the same paper always carries the same ID
     */
    byte[] compose(List<Block> blocks, Footer footer, String title, String documentId) {
        float width = layout.bodyWidth();
        List<PagePlanner.Shape> shapes = new ArrayList<>();
        for (Block block : blocks) {
            PdfPTable table = block.table();
            table.setTotalWidth(width);
            table.setLockedWidth(true);
            table.calculateHeights(true);
            float[] rows = new float[table.size()];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = table.getRowHeight(r);
            }
            shapes.add(new PagePlanner.Shape(rows, block.keepRows(), block.keepWithNext()));
        }
        List<List<PagePlanner.Piece>> pages = PagePlanner.plan(shapes, layout.bodyHeight());

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Rectangle size = new Rectangle(layout.pageWidth(), layout.pageHeight());
        Document document = new Document(size, layout.marginLeft(), layout.marginRight(),
                layout.marginTop(), layout.marginBottom());
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("papersetter");
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                document.newPage();
            }
            writer.setPageEmpty(false);
            float y = layout.pageHeight() - layout.marginTop();
            for (PagePlanner.Piece piece : pages.get(p)) {
                PdfPTable table = blocks.get(piece.block()).table();
                y = table.writeSelectedRows(piece.from(), piece.to(), layout.marginLeft(), y, canvas);
            }
            paintFooter(canvas, footer, p + 1, pages.size());
        }
        pin(writer, documentId);
        document.close();
        return out.toByteArray();
    }

    private void paintFooter(PdfContentByte canvas, Footer footer, int page, int pages) {
        float y = layout.marginBottom() / 2 - layout.smallSize() / 2;
        float left = layout.marginLeft();
        float right = layout.pageWidth() - layout.marginRight();
        canvas.saveState();
        canvas.setColorStroke(new Color(0x99, 0x99, 0x99));
        canvas.setLineWidth(0.4f);
        canvas.moveTo(left, y + layout.smallSize() + 5);
        canvas.lineTo(right, y + layout.smallSize() + 5);
        canvas.stroke();
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(footer.left(), fonts.regular(layout.smallSize())), left, y, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase("Page " + page + " of " + pages, fonts.bold(layout.smallSize())),
                (left + right) / 2, y, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                new Phrase(footer.right(), fonts.regular(layout.smallSize())), right, y, 0);
    }

    /**
     * A PDF normally carries the time it was made and a random /ID; both would make two runs with
     * the same seed differ. The dates are left out and the /ID is derived from the document's name.
     */
    private static void pin(PdfWriter writer, String documentId) {
        writer.getInfo().remove(PdfName.CREATIONDATE);
        writer.getInfo().remove(PdfName.MODDATE);
        byte[] id = md5(documentId);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}

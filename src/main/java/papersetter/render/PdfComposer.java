package papersetter.render;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the pages of a document, then paints them: a header across the top of the first page,
 * the blocks in one or two columns below it, and a footer and optional watermark on every page.
 */
final class PdfComposer {
    private static final float HEADER_GAP = 4;
    private static final Color FOOTER_RULE = new Color(0x99, 0x99, 0x99);

    /** What the footer of every page says besides "Page x of y". */
    record Footer(String left, String right, boolean pageNumbers) {
    }

    private final Layout layout;
    private final DocumentFonts fonts;
    private final Typesetter type;
    private final int columns;

    PdfComposer(Typesetter type, int columns) {
        this.type = type;
        this.layout = type.layout;
        this.fonts = type.fonts;
        this.columns = columns;
    }

    float columnWidth() {
        return (layout.bodyWidth() - (columns - 1) * layout.columnGap()) / columns;
    }

    /**
     * @param documentId names this document among every document papersetter writes; the PDF's
     *     /ID is derived from it, so the same paper always carries the same ID
     */
    byte[] compose(Figure header, List<DrawnBlock> blocks, Footer footer, String title, String documentId) {
        float width = columnWidth();
        float headerHeight = header.height() + HEADER_GAP;
        List<PagePlanner.Shape> shapes = new ArrayList<>();
        for (DrawnBlock block : blocks) {
            shapes.add(new PagePlanner.Shape(block.heights(), block.keepRows(), block.keepWithNext()));
        }
        float body = layout.bodyHeight();
        List<List<PagePlanner.Piece>> frames = PagePlanner.plan(shapes,
                frame -> frame < columns ? body - headerHeight : body);
        int pages = Math.max(1, (frames.size() + columns - 1) / columns);

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Layout.Page page = layout.page();
        Document document = new Document(new Rectangle(page.width(), page.height()), page.marginLeft(),
                page.marginRight(), page.marginTop(), page.marginBottom());
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("papersetter");
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        float top = page.height() - page.marginTop();
        for (int p = 0; p < pages; p++) {
            if (p > 0) {
                document.newPage();
            }
            writer.setPageEmpty(false);
            paintWatermark(writer.getDirectContentUnder());
            float columnTop = top;
            if (p == 0) {
                paint(canvas, header.inks(), page.marginLeft(), top);
                columnTop = top - headerHeight;
            }
            for (int c = 0; c < columns; c++) {
                int frame = p * columns + c;
                if (frame >= frames.size()) {
                    break;
                }
                float x = page.marginLeft() + c * (width + layout.columnGap());
                float y = columnTop;
                for (PagePlanner.Piece piece : frames.get(frame)) {
                    y = paint(blocks.get(piece.block()), piece, x, y, canvas);
                }
            }
            if (columns > 1) {
                paintColumnRule(canvas, columnTop);
            }
            paintFooter(canvas, footer, p + 1, pages);
        }
        pin(writer, documentId);
        document.close();
        return out.toByteArray();
    }

    /** Paints rows {@code from} to {@code to} of a block with its top at y; returns the y below them. */
    private float paint(DrawnBlock block, PagePlanner.Piece piece, float x, float y, PdfContentByte canvas) {
        // Saved and restored, so that the colours and line widths these inks set never leak.
        canvas.saveState();
        InkPainter painter = new InkPainter(canvas, fonts);
        for (DrawnBlock.Row row : block.rows().subList(piece.from(), piece.to())) {
            for (DrawnBlock.Placed placed : row.placed()) {
                painter.paint(placed.figure().inks(), x + placed.x(), y - placed.y());
            }
            y -= row.height();
        }
        painter.finish();
        canvas.restoreState();
        return y;
    }

    private void paint(PdfContentByte canvas, List<Ink> inks, float x, float y) {
        canvas.saveState();
        InkPainter painter = new InkPainter(canvas, fonts);
        painter.paint(inks, x, y);
        painter.finish();
        canvas.restoreState();
    }

    private void paintColumnRule(PdfContentByte canvas, float top) {
        float x = layout.page().marginLeft() + columnWidth() + layout.columnGap() / 2;
        canvas.saveState();
        canvas.setColorStroke(Typesetter.RULE);
        canvas.setLineWidth(0.4f);
        canvas.moveTo(x, top);
        canvas.lineTo(x, layout.page().marginBottom());
        canvas.stroke();
        canvas.restoreState();
    }

    /** A large, faint word across the page, under the text so it never hides a question. */
    private void paintWatermark(PdfContentByte under) {
        if (layout.watermark().isBlank()) {
            return;
        }
        Layout.Page page = layout.page();
        float size = Math.min(110, 1.2f * page.width() / Math.max(4, layout.watermark().length()));
        under.saveState();
        PdfGState faint = new PdfGState();
        faint.setFillOpacity(0.12f);
        under.setGState(faint);
        Phrase mark = new Phrase(layout.watermark(), fonts.font(Style.of(Face.BOLD, size).tinted(new Color(0x80, 0x80, 0x80))));
        ColumnText.showTextAligned(under, Element.ALIGN_CENTER, mark, page.width() / 2, page.height() / 2 - size / 3, 45);
        under.restoreState();
    }

    private void paintFooter(PdfContentByte canvas, Footer footer, int page, int pages) {
        Layout.Page box = layout.page();
        float small = type.small;
        // Inks measure y down from the page's top edge; the footer's baseline sits mid-margin.
        float y = box.height() - (box.marginBottom() / 2 - small / 2);
        float left = box.marginLeft();
        float right = box.width() - box.marginRight();
        List<Ink> inks = new ArrayList<>();
        inks.add(new Ink.Rule(left, y - small - 5, right, y - small - 5, 0.4f, FOOTER_RULE));
        String pageText = footer.pageNumbers() ? "Page " + page + " of " + pages : "";
        // Large print sets the footer large too; where its three parts would collide, it shrinks.
        float size = small;
        while (size > 6 && footerWidth(footer, pageText, size) > (right - left) - 24) {
            size *= 0.92f;
        }
        Style regular = Style.of(Face.REGULAR, size);
        Style bold = Style.of(Face.BOLD, size);
        if (!footer.left().isEmpty()) {
            inks.add(new Ink.Text(left, y, regular, footer.left()));
        }
        if (!pageText.isEmpty()) {
            inks.add(new Ink.Text((left + right) / 2 - fonts.width(Face.BOLD, pageText, size) / 2, y, bold, pageText));
        }
        if (!footer.right().isEmpty()) {
            inks.add(new Ink.Text(right - fonts.width(Face.REGULAR, footer.right(), size), y, regular, footer.right()));
        }
        paint(canvas, inks, 0, box.height());
    }

    /** The room the footer needs with the page number centred: twice the wider of its sides. */
    private float footerWidth(Footer footer, String pageText, float size) {
        float sides = Math.max(fonts.width(Face.REGULAR, footer.left(), size),
                fonts.width(Face.REGULAR, footer.right(), size));
        return 2 * sides + fonts.width(Face.BOLD, pageText, size);
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

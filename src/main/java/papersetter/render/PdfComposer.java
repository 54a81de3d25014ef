package papersetter.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import papersetter.pdf.PdfBytes;
import papersetter.pdf.PdfFile;
import papersetter.pdf.Pages;

/**
 * Plans the pages of a document, then paints them: a header across the top of the first page,
 * the blocks in one or two columns below it, and a footer and optional watermark on every page.
 * The fonts and pictures the pages use are written once, after the pages, and shared by them.
 */
final class PdfComposer {
    private static final float HEADER_GAP = 4;
    private static final Color FOOTER_RULE = new Color(0x99, 0x99, 0x99);
    private static final Color WATERMARK = new Color(0x80, 0x80, 0x80);

    /** What the footer of every page says besides "Page x of y". */
    record Footer(String left, String right, boolean pageNumbers) {
    }

    private final Layout layout;
    private final DocumentFonts fonts;
    private final Typesetter type;
    private final int columns;
    private final Pictures pictures = new Pictures();

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
    Pages compose(Figure header, List<DrawnBlock> blocks, Footer footer, String title, String documentId) {
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

        Layout.Page page = layout.page();
        List<byte[]> contents = new ArrayList<>();
        float top = page.height() - page.marginTop();
        for (int p = 0; p < pages; p++) {
            PdfBytes content = new PdfBytes(16 * 1024);
            paintWatermark(content);
            float columnTop = top;
            if (p == 0) {
                paint(content, header.inks(), page.marginLeft(), top);
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
                    y = paint(content, blocks.get(piece.block()), piece, x, y);
                }
            }
            if (columns > 1) {
                paintColumnRule(content, columnTop);
            }
            paintFooter(content, footer, p + 1, pages);
            contents.add(PdfFile.deflateFast(content.toByteArray()));
        }
        // A PDF normally carries a random /ID; the same seed must give the same bytes, so the /ID
        // comes from the document's name (and the file carries no dates).
        return new Pages(page.width(), page.height(), contents, fonts.used(), pictures.images(),
                !layout.watermark().isBlank(), title, PdfFile.idFor(documentId));
    }

    /** Paints rows {@code from} to {@code to} of a block with its top at y; returns the y below them. */
    private float paint(PdfBytes content, DrawnBlock block, PagePlanner.Piece piece, float x, float y) {
        // Saved and restored, so that the colours and line widths these inks set never leak.
        content.ascii("q\n");
        InkPainter painter = new InkPainter(content, fonts, pictures);
        for (DrawnBlock.Row row : block.rows().subList(piece.from(), piece.to())) {
            for (DrawnBlock.Placed placed : row.placed()) {
                painter.paint(placed.figure().inks(), x + placed.x(), y - placed.y());
            }
            y -= row.height();
        }
        painter.finish();
        content.ascii("Q\n");
        return y;
    }

    private void paint(PdfBytes content, List<Ink> inks, float x, float y) {
        content.ascii("q\n");
        InkPainter painter = new InkPainter(content, fonts, pictures);
        painter.paint(inks, x, y);
        painter.finish();
        content.ascii("Q\n");
    }

    private void paintColumnRule(PdfBytes content, float top) {
        float x = layout.page().marginLeft() + columnWidth() + layout.columnGap() / 2;
        float bottom = layout.page().marginBottom();
        paint(content, List.of(new Ink.Rule(x, 0, x, top - bottom, 0.4f, Typesetter.RULE)), 0, top);
    }

    /** A large, faint word across the page, under the text so it never hides a question. */
    private void paintWatermark(PdfBytes content) {
        if (layout.watermark().isBlank()) {
            return;
        }
        Layout.Page page = layout.page();
        String mark = layout.watermark();
        float size = Math.min(110, 1.2f * page.width() / Math.max(4, mark.length()));
        float half = fonts.width(Face.BOLD, mark, size) / 2;
        double angle = Math.toRadians(45);
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        // Centred on the middle of the page, a third of the size below it, turned 45 degrees.
        float x = page.width() / 2 - half * cos;
        float y = page.height() / 2 - size / 3 - half * sin;
        content.ascii("q /Faint gs ").number(WATERMARK.getRed() / 255.0).space().number(WATERMARK.getGreen() / 255.0)
                .space().number(WATERMARK.getBlue() / 255.0).ascii(" rg BT\n");
        new InkPainter(content, fonts, pictures).show(fonts.line(Face.BOLD, mark).runs(), size, cos, sin, x, y);
        content.ascii("ET Q\n");
    }

    private void paintFooter(PdfBytes content, Footer footer, int page, int pages) {
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
            inks.add(Ink.Text.of(left, y, regular, fonts.line(Face.REGULAR, footer.left())));
        }
        if (!pageText.isEmpty()) {
            inks.add(Ink.Text.of((left + right) / 2 - fonts.width(Face.BOLD, pageText, size) / 2, y, bold,
                    fonts.line(Face.BOLD, pageText)));
        }
        if (!footer.right().isEmpty()) {
            inks.add(Ink.Text.of(right - fonts.width(Face.REGULAR, footer.right(), size), y, regular,
                    fonts.line(Face.REGULAR, footer.right())));
        }
        paint(content, inks, 0, box.height());
    }

    /** The room the footer needs with the page number centred: twice the wider of its sides. */
    private float footerWidth(Footer footer, String pageText, float size) {
        float sides = Math.max(fonts.width(Face.REGULAR, footer.left(), size),
                fonts.width(Face.REGULAR, footer.right(), size));
        return 2 * sides + fonts.width(Face.BOLD, pageText, size);
    }
}

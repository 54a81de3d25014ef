package papersetter.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import papersetter.pdf.Artifact;
import papersetter.pdf.Canvas;
import papersetter.pdf.DocumentDrawer;
import papersetter.pdf.DocumentInfo;
import papersetter.pdf.DrawnDocument;

/**
 * Plans the pages of a document, then paints them through the drawing interface: a header across
 * the top of the first page, the blocks in one or two columns below it, and a footer and optional
 * watermark on every page (artifacts, which a screen reader skips).
 */
final class PageComposer {
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

    PageComposer(Typesetter type, int columns) {
        this.type = type;
        this.layout = type.layout;
        this.fonts = type.fonts;
        this.columns = columns;
    }

    float columnWidth() {
        return (layout.bodyWidth() - (columns - 1) * layout.columnGap()) / columns;
    }

    /**
     * @param label what a print file's outline calls this document ("Set A")
     * @param documentId names this document among every document papersetter writes; the PDF's
     *     /ID is derived from it, so the same paper always carries the same ID
     */
    DrawnDocument compose(Figure header, List<DrawnBlock> blocks, Footer footer, DocumentInfo info, String label,
            String documentId) {
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
        DocumentDrawer drawer = new DocumentDrawer(page.width(), page.height());
        float top = page.marginTop();
        for (int p = 0; p < pages; p++) {
            Canvas canvas = drawer.newPage();
            InkPainter painter = new InkPainter(canvas, fonts);
            paintWatermark(canvas);
            float columnTop = top;
            if (p == 0) {
                painter.paint(header.inks(), page.marginLeft(), top);
                columnTop = top + headerHeight;
            }
            for (int c = 0; c < columns; c++) {
                int frame = p * columns + c;
                if (frame >= frames.size()) {
                    break;
                }
                float x = page.marginLeft() + c * (width + layout.columnGap());
                float y = columnTop;
                for (PagePlanner.Piece piece : frames.get(frame)) {
                    y = paint(painter, blocks.get(piece.block()), piece, x, y);
                }
            }
            if (columns > 1) {
                paintColumnRule(painter, columnTop);
            }
            paintFooter(canvas, footer, p + 1, pages);
        }
        return drawer.finish(info, label, documentId);
    }

    /** Paints rows {@code from} to {@code to} of a block with its top at y; returns the y below them. */
    private float paint(InkPainter painter, DrawnBlock block, PagePlanner.Piece piece, float x, float y) {
        for (DrawnBlock.Row row : block.rows().subList(piece.from(), piece.to())) {
            for (DrawnBlock.Placed placed : row.placed()) {
                painter.paint(placed.figure().inks(), x + placed.x(), y + placed.y());
            }
            y += row.height();
        }
        return y;
    }

    private void paintColumnRule(InkPainter painter, float top) {
        float x = layout.page().marginLeft() + columnWidth() + layout.columnGap() / 2;
        float bottom = layout.page().height() - layout.page().marginBottom();
        painter.paint(List.of(new Ink.Rule(x, 0, x, bottom - top, 0.4f, Typesetter.RULE)), 0, top);
    }

    /** A large, faint word across the page, under the text so it never hides a question. */
    private void paintWatermark(Canvas canvas) {
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
        canvas.watermark(fonts.font(Face.BOLD), size, WATERMARK, x, page.height() - y, 45, mark);
    }

    private void paintFooter(Canvas canvas, Footer footer, int page, int pages) {
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
        canvas.beginArtifact(Artifact.FOOTER);
        new InkPainter(canvas, fonts).paint(inks, 0, 0);
        canvas.endArtifact();
    }

    /** The room the footer needs with the page number centred: twice the wider of its sides. */
    private float footerWidth(Footer footer, String pageText, float size) {
        float sides = Math.max(fonts.width(Face.REGULAR, footer.left(), size),
                fonts.width(Face.REGULAR, footer.right(), size));
        return 2 * sides + fonts.width(Face.BOLD, pageText, size);
    }
}

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
    private static final Color WATERMARK = new Color(0x80, 0x80, 0x80);

    /** What the footer of every page says besides "Page x of y". */
    record Footer(String left, String right, boolean pageNumbers) {
    }

    private final Layout layout;
    private final DocumentFonts fonts;
    private final DocumentStyle type;
    private final int columns;

    PageComposer(DocumentStyle type, int columns) {
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
        return compose(null, header, blocks, footer, info, label, documentId);
    }

    /**
     * @param cover a page of its own before the first (the layout's {@code cover}), counted in "Page x
     *     of y", or null; it must fit the page's body (see {@link CoverPage#fits})
     */
    DrawnDocument compose(Figure cover, Figure header, List<DrawnBlock> blocks, Footer footer, DocumentInfo info,
            String label, String documentId) {
        FooterBand footerBand = new FooterBand(type, footer);
        float width = columnWidth();
        float headerHeight = header.height() + HEADER_GAP;
        // Blocks are planned as slices: their rows, cut between lines where a row may be cut.
        RowSlicer slicer = new RowSlicer(fonts);
        List<List<RowSlicer.Slice>> slices = new ArrayList<>();
        List<PagePlanner.Shape> shapes = new ArrayList<>();
        for (DrawnBlock block : blocks) {
            List<RowSlicer.Slice> cut = slicer.slices(block);
            slices.add(cut);
            shapes.add(shape(block, cut));
        }
        // The body ends where the footer needs it to, which may be above the layout's bottom margin.
        float body = layout.page().height() - layout.page().marginTop() - footerBand.bottomMargin();
        Continued marks = new Continued(new FigureMaker(type), type.small);
        List<List<PagePlanner.Piece>> frames = PagePlanner.plan(shapes,
                frame -> frame < columns ? body - headerHeight : body, marks.above(), marks.below());
        int pages = Math.max(1, (frames.size() + columns - 1) / columns);
        int first = cover == null ? 0 : 1;
        if (cover != null) {
            CoverPage.checkFits(cover, body, layout.name());
        }

        Layout.Page page = layout.page();
        DocumentDrawer drawer = new DocumentDrawer(page.width(), page.height());
        float top = page.marginTop();
        if (cover != null) {
            Canvas canvas = drawer.newPage();
            InkPainter painter = new InkPainter(canvas, fonts);
            paintWatermark(painter);
            painter.paint(cover.inks(), page.marginLeft(), top);
            canvas.beginArtifact(Artifact.FOOTER);
            painter.paint(footerBand.inks(1, pages + 1), 0, 0);
            canvas.endArtifact();
        }
        for (int p = 0; p < pages; p++) {
            Canvas canvas = drawer.newPage();
            InkPainter painter = new InkPainter(canvas, fonts);
            paintWatermark(painter);
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
                    DrawnBlock block = blocks.get(piece.block());
                    List<RowSlicer.Slice> cut = slices.get(piece.block());
                    if (piece.from() > 0) {
                        canvas.beginArtifact(Artifact.CONTINUED);
                        painter.paint(marks.top(block.label(), x), 0, y);
                        canvas.endArtifact();
                        y += marks.above();
                    }
                    y = paint(painter, block, cut.subList(piece.from(), piece.to()), slicer, x, y);
                    if (piece.to() < cut.size()) {
                        boolean sameSheet = (frame + 1) % columns != 0;
                        canvas.beginArtifact(Artifact.CONTINUED);
                        painter.paint(marks.bottom(sameSheet, x, width), 0, y);
                        canvas.endArtifact();
                    }
                }
            }
            if (columns > 1) {
                paintColumnRule(painter, columnTop, page.height() - footerBand.bottomMargin());
            }
            canvas.beginArtifact(Artifact.FOOTER);
            painter.paint(footerBand.inks(first + p + 1, first + pages), 0, 0);
            canvas.endArtifact();
        }
        return drawer.finish(info, label, documentId);
    }

    /**
     * The planner's view of a block: its slices, the slices of its kept rows, and its first lines,
     * which stay with its number when the kept rows fill more than a frame.
     */
    private static PagePlanner.Shape shape(DrawnBlock block, List<RowSlicer.Slice> cut) {
        float[] heights = new float[cut.size()];
        int keep = 0;
        int firstRow = 0;
        for (int i = 0; i < heights.length; i++) {
            heights[i] = cut.get(i).height();
            if (cut.get(i).row() < block.keepRows()) {
                keep++;
            }
            if (cut.get(i).row() == 0) {
                firstRow++;
            }
        }
        return new PagePlanner.Shape(heights, Math.max(1, keep), block.keepWithNext(),
                Math.min(firstRow, Continued.FIRST_LINES));
    }

    /** Paints slices of a block with the first one's top at y (down from the page's top); returns the y below them. */
    private float paint(InkPainter painter, DrawnBlock block, List<RowSlicer.Slice> slices, RowSlicer slicer, float x,
            float y) {
        int i = 0;
        while (i < slices.size()) {
            // The slices of one row in this frame are painted as one band, in the row's own order
            // (number, stem, marks), which is the order text is copied out.
            RowSlicer.Slice first = slices.get(i);
            int j = i;
            while (j + 1 < slices.size() && slices.get(j + 1).row() == first.row()) {
                j++;
            }
            RowSlicer.Slice last = slices.get(j);
            DrawnBlock.Row row = block.rows().get(first.row());
            if (first.first() && last.last()) {
                for (DrawnBlock.Placed placed : row.placed()) {
                    painter.paint(placed.figure().inks(), x + placed.x(), y + placed.y());
                }
            } else {
                RowSlicer.Slice band = new RowSlicer.Slice(first.row(), first.from(), last.to(), first.first(),
                        last.last());
                painter.paint(slicer.inks(row, band, 0), x, y);
            }
            y += last.to() - first.from();
            i = j + 1;
        }
        return y;
    }

    /** The rule between two columns, from the columns' top to the body's bottom (both down from the page's top). */
    private void paintColumnRule(InkPainter painter, float top, float bottom) {
        float x = layout.page().marginLeft() + columnWidth() + layout.columnGap() / 2;
        painter.paint(List.of(new Ink.Rule(x, 0, x, bottom - top, 0.4f, DocumentStyle.RULE)), 0, top);
    }

    /** A large, faint word across the page, under the text so it never hides a question. */
    private void paintWatermark(InkPainter painter) {
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
        painter.watermark(fonts.line(Face.BOLD, mark), size, WATERMARK, x, page.height() - y, 45);
    }
}

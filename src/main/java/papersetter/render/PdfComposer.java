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
                    DrawnBlock block = blocks.get(piece.block());
                    List<RowSlicer.Slice> cut = slices.get(piece.block());
                    if (piece.from() > 0) {
                        paint(content, marks.top(block.label(), x), 0, y);
                        y -= marks.above();
                    }
                    y = paint(content, block, cut.subList(piece.from(), piece.to()), slicer, x, y);
                    if (piece.to() < cut.size()) {
                        boolean sameSheet = (frame + 1) % columns != 0;
                        paint(content, marks.bottom(sameSheet, x, width), 0, y);
                    }
                }
            }
            if (columns > 1) {
                paintColumnRule(content, columnTop, footerBand.bottomMargin());
            }
            paint(content, footerBand.inks(p + 1, pages), 0, page.height());
            contents.add(PdfFile.deflateFast(content.toByteArray()));
        }
        // A PDF normally carries a random /ID; the same seed must give the same bytes, so the /ID
        // comes from the document's name (and the file carries no dates).
        return new Pages(page.width(), page.height(), contents, fonts.used(), pictures.images(),
                !layout.watermark().isBlank(), title, PdfFile.idFor(documentId));
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

    /** Paints slices of a block with the first one's top at y; returns the y below them. */
    private float paint(PdfBytes content, DrawnBlock block, List<RowSlicer.Slice> slices, RowSlicer slicer, float x,
            float y) {
        // Saved and restored, so that the colours and line widths these inks set never leak.
        content.ascii("q\n");
        InkPainter painter = new InkPainter(content, fonts, pictures);
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
                    painter.paint(placed.figure().inks(), x + placed.x(), y - placed.y());
                }
            } else {
                RowSlicer.Slice band = new RowSlicer.Slice(first.row(), first.from(), last.to(), first.first(),
                        last.last());
                painter.paint(slicer.inks(row, band, 0), x, y);
            }
            y -= last.to() - first.from();
            i = j + 1;
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

    private void paintColumnRule(PdfBytes content, float top, float bottom) {
        float x = layout.page().marginLeft() + columnWidth() + layout.columnGap() / 2;
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
                .space().number(WATERMARK.getBlue() / 255.0).ascii(" rg BT /").ascii(fonts.resource(Face.BOLD))
                .space().number(size).ascii(" Tf ").number(cos).space().number(sin).space().number(-sin).space()
                .number(cos).space().number(x).space().number(y).ascii(" Tm ");
        fonts.run().font(Face.BOLD).encode(mark, content);
        content.ascii(" Tj ET Q\n");
    }
}

package papersetter.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import papersetter.pdf.Canvas;
import papersetter.pdf.DocumentDrawer;
import papersetter.pdf.DocumentInfo;
import papersetter.pdf.DrawnDocument;
import papersetter.pdf.PdfImage;
import papersetter.pdf.Role;

/**
 * Draws {@code review.pdf}, what a scan marking could not decide: for each doubt, which sheet and
 * student it belongs to, what the reader saw and the reading it would take, and the part of the
 * scan cut out, so a trainer decides at a glance and corrects {@code responses.csv}.
 */
public final class ReviewRenderer {
    private static final float GAP = 10;
    private static final Color FRAME = new Color(0xA0, 0xA0, 0xA0);

    /**
     * One doubt.
     *
     * @param heading which scan page, set and student
     * @param detail what is doubtful and the reading it would take
     * @param picture the part of the scan, or null for a doubt without one (a missing page)
     * @param width the picture's width on the page, in points (it keeps its proportions)
     */
    public record Entry(String heading, String detail, PdfImage picture, float width) {
    }

    private ReviewRenderer() {
    }

    /** The review's PDF: a title, the lines that say what to do, then every doubt. */
    public static byte[] render(String title, List<String> intro, List<Entry> entries, String documentId) {
        Layout layout = Layout.DEFAULTS;
        List<String> texts = new ArrayList<>(intro);
        texts.add(title);
        entries.forEach(entry -> {
            texts.add(entry.heading());
            texts.add(entry.detail());
        });
        DocumentFonts fonts = new DocumentFonts(RunFonts.forTexts(layout, texts));
        DocumentStyle type = new DocumentStyle(layout, fonts, 10);
        FigureMaker maker = new FigureMaker(type);
        Layout.Page page = layout.page();
        float width = page.width() - page.marginLeft() - page.marginRight();
        float bottom = page.height() - page.marginBottom();

        List<Figure> blocks = new ArrayList<>();
        blocks.add(maker.text(title, Style.of(Face.BOLD, 14), width, TextFlow.Align.LEFT).tagged(Role.H1));
        for (String line : intro) {
            blocks.add(maker.text(line, Style.of(Face.REGULAR, 10), width, TextFlow.Align.LEFT).tagged(Role.P));
        }
        for (Entry entry : entries) {
            List<Ink> inks = new ArrayList<>();
            Figure heading = maker.text(entry.heading(), Style.of(Face.BOLD, 10), width, TextFlow.Align.LEFT)
                    .tagged(Role.H2);
            Figure detail = maker.text(entry.detail(), Style.of(Face.REGULAR, 10), width, TextFlow.Align.LEFT)
                    .tagged(Role.P);
            inks.addAll(heading.inks());
            float y = heading.height() + 4;
            inks.addAll(detail.shifted(0, y).inks());
            y += detail.height() + 6;
            if (entry.picture() != null) {
                float w = Math.min(width, entry.width());
                float h = w * entry.picture().height() / entry.picture().width();
                if (h > 420) {
                    w = w * 420 / h;
                    h = 420;
                }
                inks.add(new Ink.Picture(0, y, w, h, entry.picture()));
                inks.add(new Ink.Frame(0, y, w, h, 0.5f, FRAME));
                y += h;
            }
            blocks.add(Figure.of(inks, width, y));
        }

        DocumentDrawer drawer = new DocumentDrawer(page.width(), page.height());
        Canvas canvas = drawer.newPage();
        InkPainter painter = new InkPainter(canvas, fonts);
        float y = page.marginTop();
        for (Figure block : blocks) {
            if (y + block.height() > bottom && y > page.marginTop()) {
                canvas = drawer.newPage();
                painter = new InkPainter(canvas, fonts);
                y = page.marginTop();
            }
            painter.paint(block.inks(), page.marginLeft(), y);
            y += block.height() + GAP;
        }
        DrawnDocument drawn = drawer.finish(new DocumentInfo(title, "", "Scan review", "en", false, false), title,
                documentId);
        return drawn.toPdf();
    }

}

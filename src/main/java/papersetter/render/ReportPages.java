package papersetter.render;

import java.util.ArrayList;
import java.util.List;
import papersetter.pdf.Artifact;
import papersetter.pdf.Canvas;
import papersetter.pdf.DocumentDrawer;
import papersetter.pdf.DocumentInfo;
import papersetter.pdf.DrawnDocument;
import papersetter.pdf.Role;
import papersetter.pdf.Tag;

/**
 * The report's pages, filled top to bottom: figures, charts and tables placed where they fit, a
 * heading never left at the foot of a page without what it heads, and a table that runs on to the
 * next page repeating its header row there (as an artifact: a screen reader has read it once).
 * Everything is placed first, so "Page x of y" is known while painting.
 */
final class ReportPages {
    /** Something placed on a page, its top-left corner at (x, y) from the page's top-left corner. */
    private sealed interface Placed {
    }

    private record Inks(List<Ink> inks, float x, float y, Artifact artifact) implements Placed {
    }

    private record Chart(ReportCharts.Chart chart, float x, float y) implements Placed {
    }

    /** A table's header row or body row: its cells' figures at their x (from the table's left), and its height. */
    record Row(List<Ink> inks, float height) {
    }

    private final Layout layout;
    private final DocumentFonts fonts;
    private final FooterBand footer;
    private final float top;
    private final float bottom;
    private final List<List<Placed>> pages = new ArrayList<>();
    private float y;

    ReportPages(Layout layout, DocumentFonts fonts, FooterBand footer) {
        this.layout = layout;
        this.fonts = fonts;
        this.footer = footer;
        this.top = layout.page().marginTop();
        this.bottom = layout.page().height() - footer.bottomMargin();
        newPage();
    }

    float left() {
        return layout.page().marginLeft();
    }

    float width() {
        return layout.bodyWidth();
    }

    private void newPage() {
        pages.add(new ArrayList<>());
        y = top;
    }

    private List<Placed> page() {
        return pages.get(pages.size() - 1);
    }

    /** Whether this much fits below what is placed; a fresh page takes anything (it can do no better). */
    private boolean fits(float height) {
        return y + height <= bottom || y == top;
    }

    /** Moves to a new page unless this much fits on this one. */
    void need(float height) {
        if (!fits(height)) {
            newPage();
        }
    }

    /** Places a figure at the left of the body and moves below it. */
    void add(Figure figure, float gapBelow) {
        need(figure.height());
        page().add(new Inks(figure.inks(), left(), y, null));
        y += figure.height() + gapBelow;
    }

    /** Places a chart, inside a figure element that carries its alternate text, and moves below it. */
    void add(ReportCharts.Chart chart, float gapBelow) {
        need(chart.height());
        page().add(new Chart(chart, left(), y));
        y += chart.height() + gapBelow;
    }

    /**
     * A table: its header row on every page it reaches, its rows never cut. The structure opens a
     * table element before the first header and closes it after the last row; the header rows
     * repeated on later pages are artifacts.
     *
     * @param header the header row, its inks tagged as header cells of a row
     * @param repeated the same header row without structure, for later pages
     * @param rows the body rows, each tagged as a row of cells
     * @param lead what goes just above the table (its heading) and must not be left alone on a page
     */
    void table(Figure lead, float leadGap, Row header, Row repeated, List<Row> rows) {
        float first = header.height() + (rows.isEmpty() ? 0 : rows.get(0).height());
        need(lead.height() + leadGap + first);
        page().add(new Inks(lead.inks(), left(), y, null));
        y += lead.height() + leadGap;
        List<Ink> open = new ArrayList<>();
        open.add(new Ink.Begin(Tag.of(Role.TABLE)));
        open.addAll(header.inks());
        page().add(new Inks(open, left(), y, null));
        y += header.height();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (!fits(row.height())) {
                newPage();
                page().add(new Inks(repeated.inks(), left(), y, Artifact.LAYOUT));
                y += repeated.height();
            }
            List<Ink> inks = new ArrayList<>(row.inks());
            if (r == rows.size() - 1) {
                inks.add(Ink.End.END);
            }
            page().add(new Inks(inks, left(), y, null));
            y += row.height();
        }
        if (rows.isEmpty()) {
            page().add(new Inks(List.of(Ink.End.END), left(), y, null));
        }
    }

    /** Room below what is placed. */
    void gap(float height) {
        y = Math.min(bottom, y + height);
    }

    DrawnDocument paint(DocumentInfo info, String label, String documentId) {
        Layout.Page size = layout.page();
        DocumentDrawer drawer = new DocumentDrawer(size.width(), size.height());
        int count = pages.size();
        for (int p = 0; p < count; p++) {
            Canvas canvas = drawer.newPage();
            InkPainter painter = new InkPainter(canvas, fonts);
            for (Placed placed : pages.get(p)) {
                if (placed instanceof Inks inks) {
                    if (inks.artifact() != null) {
                        canvas.beginArtifact(inks.artifact());
                    }
                    painter.paint(inks.inks(), inks.x(), inks.y());
                    if (inks.artifact() != null) {
                        canvas.endArtifact();
                    }
                } else if (placed instanceof Chart chart) {
                    canvas.begin(Tag.figure(chart.chart().alt()));
                    ReportCharts.Chart drawn = chart.chart();
                    canvas.form(chart.x(), chart.y(), drawn.width(), drawn.height(), drawn.form());
                    canvas.end();
                }
            }
            canvas.beginArtifact(Artifact.FOOTER);
            painter.paint(footer.inks(p + 1, count), 0, 0);
            canvas.endArtifact();
        }
        return drawer.finish(info, label, documentId);
    }
}

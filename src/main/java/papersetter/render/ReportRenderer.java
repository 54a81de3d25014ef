package papersetter.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import papersetter.model.Letters;
import papersetter.pdf.DocumentInfo;
import papersetter.pdf.DrawnDocument;
import papersetter.pdf.Role;

/**
 * Writes {@code marks/report.pdf}: for a trainer who would rather look than read. The first page
 * gives the class's numbers and the score histogram; then the item chart (facility against
 * discrimination, flagged items marked); then the item table and the class list, which run over as
 * many pages as they need with their header row on each. Every word is set by papersetter's own text
 * layout and fonts, so a name in any script prints; the charts are drawn as vector graphics.
 */
public final class ReportRenderer {
    static final float HISTOGRAM_HEIGHT = 190;
    static final float ITEM_CHART_HEIGHT = 250;
    private static final float BODY = 9;
    private static final Color STRIPE = new Color(0xF4, 0xF4, 0xF4);
    private static final Color FLAG = new Color(0xB0, 0x1A, 0x1A);
    private static final float CELL_TOP = 3;
    private static final float CELL_BOTTOM = 4;
    private static final float CELL_PAD = 3;

    private final MarksReport report;
    private final Layout layout;
    private final DocumentStyle type;
    private final FigureMaker maker;
    private final DocumentFonts fonts;

    private ReportRenderer(MarksReport report, Layout runLayout) {
        this.report = report;
        this.layout = runLayout.withPrintableMargins();
        this.fonts = new DocumentFonts(RunFonts.forTexts(layout, texts(report)));
        this.type = new DocumentStyle(layout, fonts, BODY);
        this.maker = new FigureMaker(type, new FigureCache());
    }

    /** The report as a PDF file, on the exam layout's page in its fonts. */
    public static byte[] pdf(MarksReport report) {
        return pdf(report, Layout.DEFAULTS);
    }

    /**
     * The report as a PDF file, on the run's page size (A4, Letter) and in the run's fonts (with the
     * fallback fonts its layout adds for a script), in the report's own sizes.
     */
    public static byte[] pdf(MarksReport report, Layout runLayout) {
        return new ReportRenderer(report, runLayout).draw().toPdf();
    }

    /** The charts the report draws, for a test to read their data. */
    static List<ReportCharts.Chart> charts(MarksReport report) {
        return charts(report, Layout.DEFAULTS.withPrintableMargins().bodyWidth());
    }

    private static List<ReportCharts.Chart> charts(MarksReport report, float width) {
        return List.of(ReportCharts.histogram(report.scores(), report.outOf(), width, HISTOGRAM_HEIGHT),
                ReportCharts.items(report.items(), width, ITEM_CHART_HEIGHT));
    }

    /** Every text the report sets, so that its fonts are cut down to what it prints. */
    private static Set<String> texts(MarksReport report) {
        Set<String> texts = new LinkedHashSet<>();
        texts.add(report.run());
        texts.add(report.title());
        texts.add(report.order());
        report.facts().forEach(fact -> texts.addAll(List.of(fact.label(), fact.value(), fact.note())));
        for (MarksReport.Item item : report.items()) {
            texts.add(item.id());
            texts.add(item.type());
            texts.addAll(item.flags());
        }
        for (MarksReport.Student student : report.students()) {
            texts.addAll(List.of(student.roll(), student.name(), student.set(), student.score(), student.percent()));
        }
        texts.remove("");
        return texts;
    }

    private DrawnDocument draw() {
        String footerName = "Marks report · " + (report.title().isEmpty() ? report.run() : report.title());
        FooterBand footer = new FooterBand(type, new PageComposer.Footer(footerName, report.run(), true));
        ReportPages pages = new ReportPages(layout, fonts, footer);
        float width = pages.width();
        List<ReportCharts.Chart> charts = charts(report, width);

        pages.add(title(), 10);
        pages.add(facts(width), 14);
        pages.add(heading("Score histogram", "How many students scored each mark."), 4);
        pages.add(charts.get(0), 14);
        long plotted = report.items().stream().filter(item -> Double.isFinite(item.facility())
                && Double.isFinite(item.discrimination())).count();
        Figure itemHeading = heading("Item chart", "Each item's facility (across) against its discrimination (up)."
                + " Shaded: discrimination below 0.2, facility below 0.2 or above 0.9. Flagged items are red"
                + " squares, labelled by bank id." + (plotted == 0 ? " No item can be placed yet: a discrimination"
                        + " needs two or more students whose scores differ." : ""));
        pages.need(itemHeading.height() + 4 + ITEM_CHART_HEIGHT);
        pages.add(itemHeading, 4);
        pages.add(charts.get(1), 16);
        itemTable(pages, width);
        pages.gap(16);
        classList(pages, width);

        String title = "Marks report — " + (report.title().isEmpty() ? report.run() : report.title());
        DocumentInfo about = new DocumentInfo(title, "", "Scores and item statistics of run " + report.run(),
                layout.output().language(), false, true);
        return pages.paint(about, "Marks report", "report/" + report.run());
    }

    private Figure title() {
        List<Figure> parts = new ArrayList<>();
        parts.add(maker.text("Marks report", Style.of(Face.BOLD, type.title), layout.bodyWidth(), TextFlow.Align.LEFT)
                .tagged(Role.H1));
        String sub = report.title().isEmpty() ? "Run " + report.run() : report.title() + " · run " + report.run();
        parts.add(maker.text(sub, Style.of(Face.REGULAR, type.body).tinted(DocumentStyle.GREY), layout.bodyWidth(),
                TextFlow.Align.LEFT).tagged(Role.P));
        return maker.stack(parts, Style.of(Face.REGULAR, type.body));
    }

    /** A section's heading, with a bookmark to it, and a line on how to read what follows. */
    private Figure heading(String text, String note) {
        List<Figure> parts = new ArrayList<>();
        Figure head = maker.text(text, Style.of(Face.BOLD, type.body + 3), layout.bodyWidth(), TextFlow.Align.LEFT);
        List<Ink> inks = new ArrayList<>();
        inks.add(new Ink.Bookmark(0, 1, text));
        inks.addAll(head.tagged(Role.H2).inks());
        parts.add(new Figure(inks, head.width(), head.height(), head.ascent(), head.lead()));
        if (!note.isEmpty()) {
            parts.add(maker.text(note, Style.of(Face.ITALIC, type.body - 1).tinted(DocumentStyle.GREY),
                    layout.bodyWidth(), TextFlow.Align.LEFT).tagged(Role.P));
        }
        return maker.stack(parts, Style.of(Face.REGULAR, type.body));
    }

    /** The class's numbers as a two-column table: what, how much, and a note where one helps. */
    private Figure facts(float width) {
        Style label = Style.of(Face.BOLD, type.body);
        Style value = Style.of(Face.REGULAR, type.body + 1);
        Style note = Style.of(Face.REGULAR, type.body - 1).tinted(DocumentStyle.GREY);
        float labelWidth = 120;
        float valueWidth = 110;
        List<Ink> inks = new ArrayList<>();
        inks.add(new Ink.Begin(papersetter.pdf.Tag.of(Role.TABLE)));
        float y = 0;
        for (MarksReport.Fact fact : report.facts()) {
            Figure name = maker.text(fact.label(), label, labelWidth - CELL_PAD, TextFlow.Align.LEFT);
            Figure amount = maker.text(fact.value(), value, valueWidth - CELL_PAD, TextFlow.Align.LEFT);
            Figure why = fact.note().isEmpty() ? Figure.EMPTY
                    : maker.text(fact.note(), note, width - labelWidth - valueWidth - CELL_PAD, TextFlow.Align.LEFT);
            float height = CELL_TOP + Math.max(name.height(), Math.max(amount.height(), why.height())) + CELL_BOTTOM;
            inks.add(new Ink.Rule(0, y + height, width, y + height, 0.3f, DocumentStyle.RULE));
            inks.add(new Ink.Begin(papersetter.pdf.Tag.of(Role.TABLE_ROW)));
            add(inks, name.tagged(Role.TABLE_HEADER), 0, y + CELL_TOP);
            add(inks, amount.tagged(Role.TABLE_CELL), labelWidth, y + CELL_TOP);
            add(inks, why.tagged(Role.TABLE_CELL), labelWidth + valueWidth, y + CELL_TOP);
            inks.add(Ink.End.END);
            y += height;
        }
        inks.add(Ink.End.END);
        return Figure.of(inks, width, y);
    }

    /** A column of a table: its heading, its width and how its cells align. */
    private record Column(String heading, float width, TextFlow.Align align) {
    }

    private void itemTable(ReportPages pages, float width) {
        int options = report.optionLetters();
        float number = 22;
        float stat = 44;
        float share = options > 6 ? 28 : 32;
        float blank = 38;
        float idWidth = width - number - 3 * stat - options * share - blank;
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("#", number, TextFlow.Align.LEFT));
        columns.add(new Column("Item (bank id)", idWidth, TextFlow.Align.LEFT));
        columns.add(new Column("Facility", stat, TextFlow.Align.RIGHT));
        columns.add(new Column("Point-biserial", stat, TextFlow.Align.RIGHT));
        columns.add(new Column("Upper-lower", stat, TextFlow.Align.RIGHT));
        for (int o = 0; o < options; o++) {
            columns.add(new Column(Letters.of(o), share, TextFlow.Align.RIGHT));
        }
        columns.add(new Column("Blank", blank, TextFlow.Align.RIGHT));
        Style body = Style.of(Face.REGULAR, type.body - 0.5f);
        Style bold = Style.of(Face.BOLD, type.body - 0.5f);
        Style flagStyle = Style.of(Face.ITALIC, type.body - 1).tinted(FLAG);
        List<ReportPages.Row> rows = new ArrayList<>();
        for (int i = 0; i < report.items().size(); i++) {
            MarksReport.Item item = report.items().get(i);
            List<Figure> cells = new ArrayList<>();
            cells.add(cell(String.valueOf(i + 1), body, columns.get(0)));
            cells.add(cell(item.id(), item.flagged() ? Style.of(Face.BOLD, body.size()).tinted(FLAG) : body,
                    columns.get(1)));
            cells.add(cell(share(item.facility()), body, columns.get(2)));
            cells.add(cell(share(item.discrimination()), body, columns.get(3)));
            cells.add(cell(share(item.upperLower()), body, columns.get(4)));
            for (int o = 0; o < options; o++) {
                String text = o < item.shares().size() ? share(item.shares().get(o)) : "";
                cells.add(cell(text, item.key().contains(o) ? bold : body, columns.get(5 + o)));
            }
            cells.add(cell(share(item.blank()), body, columns.get(columns.size() - 1)));
            Figure flags = item.flags().isEmpty() ? null
                    : maker.text("Flagged: " + String.join("; ", item.flags()), flagStyle, width - number - CELL_PAD,
                            TextFlow.Align.LEFT);
            rows.add(row(columns, cells, flags, number, i % 2 == 1));
        }
        String note = "Facility: the share of the item's marks the class earned. Point-biserial: how the item goes"
                + " with the rest of the test. Upper-lower: facility in the top 27 % less the bottom 27 %. A … "
                + Letters.of(Math.max(0, options - 1)) + ": the share choosing each option, in bank letters, the key in"
                + " bold. Items in bank order.";
        pages.table(heading("Items", options == 0 ? note.replaceAll(" A … .*? in bold\\.", "") : note), 4,
                header(columns, true), header(columns, false), rows);
    }

    private void classList(ReportPages pages, float width) {
        float roll = 80;
        float set = 34;
        float score = 70;
        float percent = 56;
        List<Column> columns = List.of(new Column("Roll", roll, TextFlow.Align.LEFT),
                new Column("Name", width - roll - set - score - percent, TextFlow.Align.LEFT),
                new Column("Set", set, TextFlow.Align.LEFT), new Column("Score", score, TextFlow.Align.RIGHT),
                new Column("Percent", percent, TextFlow.Align.RIGHT));
        Style body = Style.of(Face.REGULAR, type.body);
        List<ReportPages.Row> rows = new ArrayList<>();
        for (int i = 0; i < report.students().size(); i++) {
            MarksReport.Student student = report.students().get(i);
            List<Figure> cells = List.of(cell(student.roll(), body, columns.get(0)),
                    cell(student.name(), body, columns.get(1)), cell(student.set(), body, columns.get(2)),
                    cell(student.score(), body, columns.get(3)), cell(student.percent(), body, columns.get(4)));
            rows.add(row(columns, cells, null, 0, i % 2 == 1));
        }
        pages.table(heading("Class list", report.students().size() + (report.students().size() == 1 ? " student, "
                : " students, ") + report.order() + "."), 4, header(columns, true), header(columns, false), rows);
    }

    private Figure cell(String text, Style style, Column column) {
        return maker.text(text, style, column.width() - 2 * CELL_PAD, column.align());
    }

    /** A row of cells, striped if asked, with an optional line of flags under the cells from x = indent. */
    private ReportPages.Row row(List<Column> columns, List<Figure> cells, Figure flags, float indent, boolean stripe) {
        float height = 0;
        for (Figure cell : cells) {
            height = Math.max(height, cell.height());
        }
        float cellsHeight = CELL_TOP + height + CELL_BOTTOM;
        float total = cellsHeight + (flags == null ? 0 : flags.height() + CELL_BOTTOM);
        float width = columns.stream().map(Column::width).reduce(0f, Float::sum);
        List<Ink> inks = new ArrayList<>();
        if (stripe) {
            inks.add(new Ink.Fill(0, 0, width, total, STRIPE));
        }
        inks.add(new Ink.Begin(papersetter.pdf.Tag.of(Role.TABLE_ROW)));
        float x = 0;
        for (int c = 0; c < cells.size(); c++) {
            inks.add(new Ink.Begin(papersetter.pdf.Tag.of(Role.TABLE_CELL)));
            add(inks, cells.get(c), x + CELL_PAD, CELL_TOP);
            if (c == 1 && flags != null) {
                // The flags print across the row, under its numbers, but are read as part of the item's cell.
                add(inks, flags, indent + CELL_PAD, cellsHeight);
            }
            inks.add(Ink.End.END);
            x += columns.get(c).width();
        }
        inks.add(Ink.End.END);
        inks.add(new Ink.Rule(0, total, width, total, 0.3f, DocumentStyle.RULE));
        return new ReportPages.Row(inks, total);
    }

    /** The header row: as the table's first row, tagged, or as repeated on a later page, untagged. */
    private ReportPages.Row header(List<Column> columns, boolean tagged) {
        Style style = Style.of(Face.BOLD, type.body - 0.5f);
        List<Figure> cells = new ArrayList<>();
        float height = 0;
        for (Column column : columns) {
            Figure cell = cell(column.heading(), style, column);
            cells.add(cell);
            height = Math.max(height, cell.height());
        }
        float total = CELL_TOP + height + CELL_BOTTOM + 1;
        float width = columns.stream().map(Column::width).reduce(0f, Float::sum);
        List<Ink> inks = new ArrayList<>();
        if (tagged) {
            inks.add(new Ink.Begin(papersetter.pdf.Tag.of(Role.TABLE_ROW)));
        }
        float x = 0;
        for (int c = 0; c < cells.size(); c++) {
            add(inks, tagged ? cells.get(c).tagged(Role.TABLE_HEADER) : cells.get(c), x + CELL_PAD, CELL_TOP);
            x += columns.get(c).width();
        }
        if (tagged) {
            inks.add(Ink.End.END);
        }
        inks.add(new Ink.Rule(0, total, width, total, 0.8f, Style.INK));
        return new ReportPages.Row(inks, total);
    }

    private static void add(List<Ink> inks, Figure figure, float x, float y) {
        for (Ink ink : figure.inks()) {
            inks.add(ink.shifted(x, y));
        }
    }

    /** Two decimals, or "–" where the number could not be worked. */
    static String share(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "–";
    }
}

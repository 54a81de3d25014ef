package papersetter.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import papersetter.model.BadInputException;
import papersetter.model.Marks;
import papersetter.model.Paper;
import papersetter.model.Section;
import papersetter.pdf.Role;
import papersetter.pdf.Tag;

/**
 * The cover page a layout with {@code cover: true} puts before the questions: the header, the
 * candidate's fields and the general instructions, then a table of the sections with their
 * questions and marks and an empty column where the marker writes the marks awarded, and a total
 * row. The table is tagged as a table (a row of headings, then a row per section) so a screen
 * reader reads it as one.
 */
final class CoverPage {
    private static final float PAD = 4;
    private static final Color SHADE = new Color(0xF2, 0xF2, 0xF2);
    private static final String[] HEADINGS = {"Section", "Questions", "Marks available", "Marks awarded"};

    private CoverPage() {
    }

    /** @param top the header, candidate fields and instructions, as the first page would show them */
    static Figure of(DocumentStyle type, FigureMaker maker, Figure top, Paper paper) {
        Figure table = marksTable(type, maker, paper, top.width());
        return HeaderBuilder.stack(List.of(top, HeaderBuilder.spacer(8), table), 0);
    }

    /** Refuses a cover taller than a page's body: nothing is printed past the footer. */
    static void checkFits(Figure cover, float bodyHeight, String layout) {
        if (cover.height() > bodyHeight) {
            throw new BadInputException("Layout '" + layout + "': the cover page's header, instructions and marks"
                    + " table need " + Math.round(cover.height()) + " pt but a page holds " + Math.round(bodyHeight)
                    + " pt — shorten the instructions, use fewer sections, or take out 'cover: true'.");
        }
    }

    private static Figure marksTable(DocumentStyle type, FigureMaker maker, Paper paper, float width) {
        float[] widths = {width * 0.40f, width * 0.16f, width * 0.22f, width * 0.22f};
        Style body = Style.of(Face.REGULAR, type.body);
        Style bold = Style.of(Face.BOLD, type.body);
        List<Ink> inks = new ArrayList<>();
        Figure caption = maker.line("Marks", bold).tagged(Role.H2);
        place(inks, caption, 0, 0);
        float y = caption.height() + 6;
        inks.add(new Ink.Begin(Tag.of(Role.TABLE)));
        List<String> headings = List.of(HEADINGS);
        y = row(inks, maker, widths, y, headings, bold, Role.TABLE_HEADER, true);
        int number = 1;
        for (Section section : paper.sections()) {
            String name = "Section " + number++ + (section.heading().isEmpty() ? "" : " · " + section.heading());
            int first = section.items().get(0).number();
            int last = section.items().get(section.items().size() - 1).number();
            String questions = first == last ? Integer.toString(first) : first + "–" + last;
            y = row(inks, maker, widths, y, List.of(name, questions, Marks.format(section.marks()), ""), body,
                    Role.TABLE_CELL, false);
        }
        y = row(inks, maker, widths, y, List.of("Total", Integer.toString(paper.items().size()),
                Marks.format(paper.totalMarks()), ""), bold, Role.TABLE_CELL, true);
        inks.add(Ink.End.END);
        return Figure.of(inks, width, y);
    }

    /** One row of the table, each cell framed; the marker's column is left empty, but tall enough to write in. */
    private static float row(List<Ink> inks, FigureMaker maker, float[] widths, float y, List<String> cells,
            Style style, Role role, boolean shaded) {
        List<Figure> texts = new ArrayList<>();
        float height = 0;
        for (int i = 0; i < cells.size(); i++) {
            Figure text = cells.get(i).isEmpty() ? Figure.EMPTY
                    : maker.text(cells.get(i), style, widths[i] - 2 * PAD, TextFlow.Align.LEFT);
            texts.add(text);
            height = Math.max(height, text.height());
        }
        float rowHeight = Math.max(PAD + height + PAD + 2, style.size() * 2.2f);
        if (shaded) {
            inks.add(new Ink.Fill(0, y, sum(widths), rowHeight, SHADE));
        }
        inks.add(new Ink.Begin(Tag.of(Role.TABLE_ROW)));
        float x = 0;
        for (int i = 0; i < cells.size(); i++) {
            inks.add(new Ink.Frame(x, y, widths[i], rowHeight, 0.5f, DocumentStyle.RULE));
            if (texts.get(i).inks().isEmpty()) {
                // An empty cell is still a cell, so a screen reader keeps its place in the row.
                inks.add(new Ink.Begin(Tag.of(role)));
                inks.add(Ink.End.END);
            } else {
                place(inks, texts.get(i).tagged(role), x + PAD, y + PAD + 1);
            }
            x += widths[i];
        }
        inks.add(Ink.End.END);
        return y + rowHeight;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }

    private static void place(List<Ink> inks, Figure figure, float x, float y) {
        for (Ink ink : figure.inks()) {
            inks.add(ink.shifted(x, y));
        }
    }
}

package papersetter.render;

import java.util.ArrayList;
import java.util.List;
import papersetter.pdf.Pages;
import papersetter.model.Key;
import papersetter.model.KeyEntry;
import papersetter.model.Marks;
import papersetter.model.Paper;

/**
 * Writes a set's answer key for the marker: a grid of the objective answers to mark from at a
 * glance, then every question's answer, marks and explanation, then the total.
 */
public final class KeyRenderer {
    private static final float NUMBER_WIDTH = KeyBlocks.NUMBER_WIDTH;
    private static final float MARKS_WIDTH = KeyBlocks.MARKS_WIDTH;

    private final Layout layout;
    private final PaperInfo info;
    /** What this run has laid out or read so far (stems, options, answers, the logo), shared by every set. */
    private final Pieces pieces = new Pieces();
    private final KeyBlocks entries;

    private final RunFonts fonts;

    public KeyRenderer(Layout layout, PaperInfo info, RunFonts fonts) {
        this.layout = layout;
        this.info = info;
        this.fonts = fonts;
        this.entries = new KeyBlocks(layout, pieces);
    }

    public Pages render(Paper paper) {
        Key key = paper.key();
        String documentId = "key/" + layout.name() + "/" + paper.code();
        DocumentFonts fonts = new DocumentFonts(this.fonts);
        Typesetter type = new Typesetter(layout, fonts, layout.key().bodySize());
        FigureMaker maker = new FigureMaker(type, pieces);
        List<DrawnBlock> blocks = new ArrayList<>();
        List<KeyEntry> objective = key.entries().stream()
                .filter(entry -> !entry.question().type().isWritten()).toList();
        if (objective.size() > 1 && layout.key().grid()) {
            blocks.add(entries.glanceGrid(type, maker, objective));
        }
        blocks.add(columnHeadings(type, maker));
        for (KeyEntry entry : key.entries()) {
            blocks.add(entries.entry(type, maker, entry));
        }
        blocks.add(total(type, maker, key));
        PdfComposer.Footer footer = new PdfComposer.Footer(
                "ANSWER KEY · " + info.title() + " · Set " + key.set(), "Paper code " + key.code(), true);
        // A key is always one column, whatever the paper's layout: a marker reads it down the page.
        return new PdfComposer(type, 1).compose(header(type, maker, key), blocks, footer,
                "Answer key — " + info.title() + " — Set " + key.set(), documentId);
    }

    private Figure header(Typesetter type, FigureMaker maker, Key key) {
        // The key's header never carries candidate fields or instructions, whatever the layout says.
        HeaderBuilder header = new HeaderBuilder(type, maker, pieces);
        List<Figure> parts = new ArrayList<>();
        parts.add(header.titleRow(info, "Answer key — for the marker only, not for candidates", key.set()));
        parts.add(HeaderBuilder.spacer(6));
        parts.add(header.factsRow(List.of("Paper code " + key.code(), "Questions: " + key.entries().size(),
                "Total marks: " + Marks.format(key.totalMarks()))));
        return HeaderBuilder.stack(parts, 10);
    }

    private DrawnBlock columnHeadings(Typesetter type, FigureMaker maker) {
        Style font = Style.of(Face.BOLD, type.body - 0.5f);
        float width = layout.bodyWidth();
        Figure question = maker.line("Question", font);
        Figure answer = maker.line("Answer", font);
        Figure marks = maker.line("Marks", font);
        float rule = 1 + question.height() + 4;
        return new DrawnBlock.Builder().put(question, 0, 1).put(answer, NUMBER_WIDTH, 1)
                .put(marks, width - marks.width(), 1)
                .put(new Ink.Rule(0, rule, width, rule, 0.8f, Style.INK))
                .endRow(rule).build(Integer.MAX_VALUE, true);
    }

    private DrawnBlock total(Typesetter type, FigureMaker maker, Key key) {
        Style font = Style.of(Face.BOLD, type.body + 1);
        float width = layout.bodyWidth();
        Figure label = maker.line("Total", font);
        Figure value = maker.line(Marks.format(key.totalMarks()), font);
        float top = 6;
        return new DrawnBlock.Builder().put(label, width - MARKS_WIDTH - label.width(), top)
                .put(value, width - 3 - value.width(), top)
                .endRow(top + label.height() + 2).build(Integer.MAX_VALUE, false);
    }
}

package papersetter.render;

import java.util.ArrayList;
import java.util.List;
import papersetter.model.Key;
import papersetter.model.KeyEntry;
import papersetter.model.Marks;
import papersetter.model.Paper;
import papersetter.model.Section;
import papersetter.pdf.DocumentInfo;
import papersetter.pdf.DrawnDocument;
import papersetter.pdf.Role;

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
    private final FigureCache cache = new FigureCache();
    private final KeyBlocks entries;

    private final RunFonts fonts;

    public KeyRenderer(Layout layout, PaperInfo info, RunFonts fonts) {
        this.layout = layout.withPrintableMargins();
        this.info = info;
        this.fonts = fonts;
        this.entries = new KeyBlocks(this.layout, cache);
    }

    public DrawnDocument render(Paper paper) {
        Key key = paper.key(layout.optionLabels());
        String documentId = "key/" + layout.name() + "/" + paper.code();
        DocumentFonts fonts = new DocumentFonts(this.fonts);
        DocumentStyle type = new DocumentStyle(layout, fonts, layout.key().bodySize());
        FigureMaker maker = new FigureMaker(type, cache);
        List<DrawnBlock> blocks = new ArrayList<>();
        List<KeyEntry> objective = key.entries().stream()
                .filter(entry -> !entry.question().type().isWritten()).toList();
        if (objective.size() > 1 && layout.key().grid()) {
            blocks.add(entries.glanceGrid(type, maker, objective));
        }
        blocks.add(columnHeadings(type, maker));
        // The outline leads to each section's first answer.
        java.util.Map<Integer, String> sectionStarts = new java.util.HashMap<>();
        int sectionNumber = 1;
        for (Section section : paper.sections()) {
            if (!section.items().isEmpty()) {
                String heading = section.heading().isEmpty() ? "Section " + sectionNumber
                        : "Section " + sectionNumber + " · " + section.heading();
                sectionStarts.put(section.items().get(0).number(), heading);
            }
            sectionNumber++;
        }
        for (KeyEntry entry : key.entries()) {
            DrawnBlock block = entries.entry(type, maker, entry);
            String heading = sectionStarts.get(entry.number());
            blocks.add(heading == null ? block : block.around(List.of(new Ink.Bookmark(0, 1, heading)), List.of()));
        }
        blocks.add(total(type, maker, key).around(List.of(Ink.End.END), List.of()));
        PageComposer.Footer footer = new PageComposer.Footer(
                "ANSWER KEY · " + info.title() + " · Set " + key.set(), "Paper code " + key.code(), true);
        DocumentInfo about = new DocumentInfo("Answer key — " + info.title() + " — Set " + key.set(),
                info.institution(), "Answer key for set " + key.set() + ", paper code " + key.code(),
                layout.output().language(), layout.output().pdfA(), true);
        // A key is always one column, whatever the paper's layout: a marker reads it down the page.
        return new PageComposer(type, 1).compose(header(type, maker, key), blocks, footer, about,
                "Answer key, set " + key.set(), documentId);
    }

    private Figure header(DocumentStyle type, FigureMaker maker, Key key) {
        // The key's header never carries candidate fields or instructions, whatever the layout says.
        HeaderBuilder header = new HeaderBuilder(type, maker, cache);
        List<Figure> parts = new ArrayList<>();
        parts.add(header.titleRow(info, "Answer key — for the marker only, not for candidates", key.set()));
        parts.add(HeaderBuilder.spacer(6));
        parts.add(header.factsRow(List.of("Paper code " + key.code(), "Questions: " + key.entries().size(),
                "Total marks: " + Marks.format(key.totalMarks()))));
        return HeaderBuilder.stack(parts, 10);
    }

    private DrawnBlock columnHeadings(DocumentStyle type, FigureMaker maker) {
        Style font = Style.of(Face.BOLD, type.body - 0.5f);
        float width = layout.bodyWidth();
        Figure question = maker.line("Question", font).tagged(Role.TABLE_HEADER);
        Figure answer = maker.line("Answer", font).tagged(Role.TABLE_HEADER);
        Figure marks = maker.line("Marks", font).tagged(Role.TABLE_HEADER);
        float rule = 1 + question.height() + 4;
        // The key's entries are the rows of one table under these headings; the total closes it.
        return new DrawnBlock.Builder().open(Role.TABLE).open(Role.TABLE_ROW).put(question, 0, 1)
                .put(answer, NUMBER_WIDTH, 1).put(marks, width - marks.width(), 1).close()
                .put(new Ink.Rule(0, rule, width, rule, 0.8f, Style.INK))
                .endRow(rule).build(Integer.MAX_VALUE, true);
    }

    private DrawnBlock total(DocumentStyle type, FigureMaker maker, Key key) {
        Style font = Style.of(Face.BOLD, type.body + 1);
        float width = layout.bodyWidth();
        Figure label = maker.line("Total", font);
        Figure value = maker.line(Marks.format(key.totalMarks()), font);
        float top = 6;
        return new DrawnBlock.Builder().open(Role.P).put(label, width - MARKS_WIDTH - label.width(), top)
                .put(value, width - 3 - value.width(), top).close()
                .endRow(top + label.height() + 2).build(Integer.MAX_VALUE, false);
    }
}

package papersetter.render;

import java.util.ArrayList;
import java.util.List;
import papersetter.model.Marks;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Section;
import papersetter.pdf.DocumentInfo;
import papersetter.pdf.DrawnDocument;
import papersetter.pdf.Role;
import papersetter.pdf.Tag;

/**
 * Writes the sheet a student holds: header, sections, questions, options and answer space, as
 * the layout says. With {@code answers: true} (revision sheets) each question carries its answer
 * and explanation instead of room to write.
 */
public final class PaperRenderer {
    private final Layout layout;
    private final PaperInfo info;
    /** What this run has laid out or read so far (stems, options, answers, the logo), shared by every set. */
    private final FigureCache cache = new FigureCache();
    private final QuestionBlocks questions;

    private final RunFonts fonts;

    public PaperRenderer(Layout layout, PaperInfo info, RunFonts fonts) {
        this.layout = layout.withPrintableMargins();
        this.info = info;
        this.fonts = fonts;
        this.questions = new QuestionBlocks(this.layout, cache);
    }

    public DrawnDocument render(Paper paper) {
        String documentId = "paper/" + layout.name() + "/" + paper.code();
        DocumentFonts fonts = new DocumentFonts(this.fonts);
        DocumentStyle type = new DocumentStyle(layout, fonts, layout.fonts().body());
        PageComposer composer = new PageComposer(type, layout.columns());
        FigureMaker maker = new FigureMaker(type, cache);
        List<DrawnBlock> blocks = new ArrayList<>();
        int sectionNumber = 1;
        int lastNumber = paper.items().stream().mapToInt(PaperItem::number).max().orElse(1);
        for (Section section : paper.sections()) {
            if (layout.sectionHeadings() && (paper.sections().size() > 1 || !section.heading().isEmpty())) {
                blocks.add(sectionHeading(type, maker, composer.columnWidth(), section, sectionNumber++));
            }
            // A section's questions are one list for a screen reader, each question an item of it.
            List<PaperItem> items = section.items();
            for (int i = 0; i < items.size(); i++) {
                DrawnBlock question = questions.question(type, maker, composer.columnWidth(), items.get(i), lastNumber);
                blocks.add(question.around(i == 0 ? List.of(new Ink.Begin(Tag.of(Role.LIST))) : List.of(),
                        i == items.size() - 1 ? List.of(Ink.End.END) : List.of()));
            }
        }
        blocks.add(endOfPaper(type, maker, composer.columnWidth()));
        // A revision sheet is the same for everyone: it names no set and carries no paper code.
        boolean sets = !layout.showAnswers();
        String left = HeaderBuilder.join(" · ", info.title(), sets && layout.footer().set() ? "Set " + paper.set() : "");
        String right = sets && layout.footer().code() ? "Paper code " + paper.code() : "";
        DocumentInfo about = new DocumentInfo(info.title() + (sets ? " — Set " + paper.set() : ""), info.institution(),
                sets ? "Question paper, set " + paper.set() + ", paper code " + paper.code() : "Revision sheet",
                layout.output().language(), layout.output().pdfA(), true);
        // With a cover page, the header is the cover's, and the questions start at the top of page 2.
        Figure header = header(type, maker, paper);
        Figure cover = layout.header().cover() ? CoverPage.of(type, maker, header, paper) : null;
        return composer.compose(cover, cover == null ? header : Figure.EMPTY, blocks,
                new PageComposer.Footer(left, right, layout.footer().pageNumbers()), about, "Set " + paper.set(),
                documentId);
    }

    private Figure header(DocumentStyle type, FigureMaker maker, Paper paper) {
        HeaderBuilder header = new HeaderBuilder(type, maker, cache);
        List<String> facts = new ArrayList<>();
        for (String fact : layout.header().facts()) {
            switch (fact) {
                case "duration" -> {
                    if (!info.duration().isEmpty()) {
                        facts.add("Time allowed: " + info.duration());
                    }
                }
                case "questions" -> facts.add("Questions: " + paper.items().size());
                case "total-marks" -> facts.add("Total marks: " + Marks.format(paper.totalMarks()));
                case "date" -> {
                    if (!info.date().isEmpty()) {
                        facts.add("Date: " + info.date());
                    }
                }
                default -> throw new IllegalStateException("unknown header fact " + fact);
            }
        }
        List<Figure> parts = new ArrayList<>();
        parts.add(header.titleRow(info, layout.header().caption(), layout.showAnswers() ? "" : paper.set()));
        parts.add(HeaderBuilder.spacer(6));
        parts.add(header.factsRow(facts));
        if (!layout.candidateFields().isEmpty()) {
            parts.add(header.candidateFields(layout.candidateFields()));
        }
        if (!layout.instructions().isEmpty()) {
            parts.add(header.instructions(layout.instructions()));
        }
        return HeaderBuilder.stack(parts, 6);
    }

    /** "Section 2 · Short answers" over a rule, its marks at the right, its instructions below. */
    private DrawnBlock sectionHeading(DocumentStyle type, FigureMaker maker, float column, Section section, int number) {
        DrawnBlock.Builder rows = new DrawnBlock.Builder();
        float top = type.body * 1.3f;
        String heading = "Section " + number + " · " + section.heading();
        Figure title = maker.line(heading, Style.of(Face.BOLD, type.body + 1.5f));
        float height = title.height();
        rows.put(new Ink.Bookmark(0, 1, heading)).put(title.tagged(Role.H2), 0, top);
        if (layout.sectionMarks()) {
            Figure marks = maker.line(Marks.withUnit(section.marks()), Style.of(Face.BOLD, type.body)).tagged(Role.P);
            rows.put(marks, column - marks.width(), top + title.ascent() - marks.ascent());
        }
        float rule = top + height + 4;
        rows.put(new Ink.Rule(0, rule, column, rule, 0.6f, Style.INK)).endRow(rule);
        if (!section.instructions().isEmpty() && !layout.showAnswers()) {
            Figure note = maker.text(section.instructions(), Style.of(Face.ITALIC, type.minor).tinted(DocumentStyle.GREY),
                    column, TextFlow.Align.LEFT);
            rows.put(note.tagged(Role.P), 0, 3).endRow(3 + note.height() + 2);
        }
        return rows.build(Integer.MAX_VALUE, true);
    }

    private DrawnBlock endOfPaper(DocumentStyle type, FigureMaker maker, float column) {
        float top = type.body * 1.6f;
        Figure end = maker.text("— End of paper —", Style.of(Face.ITALIC, type.minor), column, TextFlow.Align.CENTER)
                .tagged(Role.P);
        return new DrawnBlock.Builder().put(end, 0, top).endRow(top + end.height() + 2).build(Integer.MAX_VALUE, false);
    }
}

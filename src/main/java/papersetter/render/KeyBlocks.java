package papersetter.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import papersetter.model.KeyEntry;
import papersetter.model.Marks;
import papersetter.model.QuestionType;
import papersetter.pdf.Role;

/**
 * The rows of an answer key that change with every set: the "at a glance" grid and one entry per
 * question. An entry's answer and explanation are laid out once per run for each lettering of the
 * question, since only the letters move between sets.
 */
final class KeyBlocks {
    static final float NUMBER_WIDTH = 58;
    static final float MARKS_WIDTH = 46;
    private static final int GRID_COLUMNS = 8;
    private static final Color STRIPE = new Color(0xF5, 0xF5, 0xF5);
    private static final Color EXPLANATION = new Color(0x44, 0x44, 0x44);
    private static final float ENTRY_TOP = 5;
    private static final float ENTRY_BOTTOM = 6;

    /**
     * An entry's answer depends on the question, on the letters its right options carry and on
     * which option carries which letter (two sets may letter the same two options B and C the
     * other way round).
     */
    private record AnswerKey(String questionId, List<String> letters, List<String> texts, Style body, float width,
            boolean explain) {
    }

    private final Layout layout;
    private final FigureCache cache;

    KeyBlocks(Layout layout, FigureCache cache) {
        this.layout = layout;
        this.cache = cache;
    }

    /** "1 B · 2 D · 3 True …": what a marker holds beside a stack of scripts. */
    DrawnBlock glanceGrid(DocumentStyle type, FigureMaker maker, List<KeyEntry> entries) {
        DrawnBlock.Builder rows = new DrawnBlock.Builder().label("At a glance");
        Style number = Style.of(Face.REGULAR, type.body - 1).tinted(DocumentStyle.GREY);
        Style answer = Style.of(Face.BOLD, type.body);
        Figure caption = maker.line("At a glance", answer);
        rows.put(new Ink.Bookmark(0, 1, "At a glance")).put(caption.tagged(Role.H2), 0, 1)
                .endRow(1 + caption.height() + 4);
        rows.open(Role.TABLE);
        float cell = layout.bodyWidth() / GRID_COLUMNS;
        for (int start = 0; start < entries.size(); start += GRID_COLUMNS) {
            List<Figure> texts = new ArrayList<>();
            float height = 0;
            for (KeyEntry entry : entries.subList(start, Math.min(entries.size(), start + GRID_COLUMNS))) {
                boolean fill = entry.question().type() == QuestionType.FILL;
                // "A,C" rather than "A, C": the grid's narrow cells should never wrap an answer.
                // A numeric answer as the bank writes it (9.81 ±0.05); the range accepted is in its entry below.
                // A range reads "1.71 to 1.72" here: "1.71..1.72" has nowhere to break, and a narrow cell
                // would split it inside a number ("1.71..1.7" over "2").
                String shown = fill ? "fill"
                        : entry.question().answer() instanceof papersetter.model.Answer.Numeric numeric
                                ? numeric.written().replace("..", " to ")
                                : String.join(",", entry.answerText().split(",\\s*"));
                Figure text = maker.paragraph(TextFlow.Paragraph.of(List.of(new Run(entry.number() + "  ", number),
                        new Run(shown, fill ? number : answer)), type.leading, answer), cell - 6);
                texts.add(text);
                height = Math.max(height, text.height());
            }
            float rowHeight = 3 + height + 5;
            rows.open(Role.TABLE_ROW);
            for (int i = 0; i < texts.size(); i++) {
                rows.put(new Ink.Frame(i * cell, 0, cell, rowHeight, 0.4f, DocumentStyle.RULE));
                rows.put(texts.get(i).tagged(Role.TABLE_CELL), i * cell + 3, 3);
            }
            // Every row of a table has as many cells, for a screen reader to keep its place.
            for (int i = texts.size(); i < GRID_COLUMNS; i++) {
                rows.open(Role.TABLE_CELL).close();
            }
            rows.close().endRow(rowHeight);
        }
        rows.close().endRow(14);
        return rows.build(Integer.MAX_VALUE, false);
    }

    DrawnBlock entry(DocumentStyle type, FigureMaker maker, KeyEntry entry) {
        float width = layout.bodyWidth();
        float answerWidth = width - NUMBER_WIDTH - MARKS_WIDTH;
        Style body = Style.of(Face.REGULAR, type.body);
        Style bold = Style.of(Face.BOLD, type.body);
        Figure number = maker.paragraph(TextFlow.Paragraph.of(List.of(new Run(entry.number() + ".", bold),
                new Run("\n", bold), new Run(entry.question().id(),
                        Style.of(Face.REGULAR, type.small - 1).tinted(DocumentStyle.GREY))), 1.25f, bold), NUMBER_WIDTH - 3);
        boolean explain = layout.key().explanations();
        Figure answer = cache.get(
                new AnswerKey(entry.question().id(), entry.correctLabels(), entry.correctOptionTexts(), body,
                        answerWidth, explain),
                () -> answer(type, maker, entry, answerWidth, explain));
        Figure marks = maker.line(Marks.format(entry.question().marks()), bold);
        float height = ENTRY_TOP + Math.max(number.height(), Math.max(answer.height(), marks.height())) + ENTRY_BOTTOM;
        DrawnBlock.Builder row = new DrawnBlock.Builder().label("Question " + entry.number());
        if (entry.number() % 2 == 0) {
            row.put(new Ink.Fill(0, 0, width, height, STRIPE));
        }
        // A row of the key's table, under the column headings' row.
        row.open(Role.TABLE_ROW).put(number.tagged(Role.TABLE_CELL), 3, ENTRY_TOP)
                .put(answer.tagged(Role.TABLE_CELL), NUMBER_WIDTH, ENTRY_TOP)
                .put(marks.tagged(Role.TABLE_CELL), width - 3 - marks.width(), ENTRY_TOP).close()
                .put(new Ink.Rule(0, height, width, height, 0.3f, DocumentStyle.RULE))
                .endRow(height);
        return row.build(Integer.MAX_VALUE, false);
    }

    private Figure answer(DocumentStyle type, FigureMaker maker, KeyEntry entry, float width, boolean explain) {
        Style body = Style.of(Face.REGULAR, type.body);
        Style big = Style.of(Face.BOLD, type.body + 1);
        List<Figure> parts = new ArrayList<>();
        if (entry.question().type().hasOptions()) {
            List<String> letters = entry.correctLabels();
            List<String> texts = entry.correctOptionTexts();
            for (int i = 0; i < letters.size(); i++) {
                List<Run> runs = new ArrayList<>();
                runs.add(new Run(letters.get(i) + "  ", big));
                runs.addAll(maker.inlineRuns(texts.get(i), body));
                parts.add(maker.paragraph(TextFlow.Paragraph.of(runs, type.leading, body), width));
            }
        } else if (entry.question().type().isWritten()) {
            parts.add(maker.line("Model answer", Style.of(Face.BOLD, type.small).tinted(DocumentStyle.GREY)));
            for (papersetter.model.Markup.Block block : papersetter.model.Markup.parse(entry.answerText())) {
                parts.add(maker.block(block, body, width, null));
            }
        } else {
            parts.add(maker.text(entry.answerText(), big, width, TextFlow.Align.LEFT));
        }
        String explanation = entry.question().explanation();
        if (!explanation.isBlank() && explain) {
            Style why = Style.of(Face.ITALIC, type.body - 1.5f).tinted(EXPLANATION);
            parts.add(maker.paragraph(TextFlow.Paragraph.of(maker.inlineRuns(explanation, why), type.leading, why),
                    width).shifted(0, 2));
        }
        return maker.stack(parts, body);
    }
}

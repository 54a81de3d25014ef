package papersetter.render;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import papersetter.bank.PictureCheck;
import papersetter.model.Answer;

import papersetter.model.BadInputException;
import papersetter.model.KeyEntry;
import papersetter.model.Marks;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.pdf.PdfImage;
import papersetter.pdf.Role;
import papersetter.pdf.Tag;

/**
 * Sets one question as rows (stem, picture, options, answer space) in four columns: number, option
 * letter, text, marks. A question taller than a page may break between rows, never inside its stem
 * and options. Stems and options are laid out once per run; a set only places them and letters them.
 */
final class QuestionBlocks {
    private static final Color ANSWER_BAR = new Color(0x4a, 0x86, 0x4a);
    private static final Color ANSWER_SHADE = new Color(0xF1, 0xF7, 0xF1);
    private static final Color EXPLANATION = new Color(0x33, 0x33, 0x33);
    private static final float PAD_TOP = 1;
    private static final float PAD_BOTTOM = 2;
    private static final int BOX_LINES = 4;
    /** A bank item has at most eight options, option_a to option_h. */
    private static final int MOST_OPTIONS = 8;

    /** What a stem's layout depends on. */
    private record StemKey(String text, Style style, float width, int blanks) {
    }

    /** What an option's layout depends on. */
    private record OptionKey(String text, Style style, float width, float letterWidth) {
    }

    private record PictureKey(Path file, float width) {
    }

    private final Layout layout;
    private final FigureCache cache;

    QuestionBlocks(Layout layout, FigureCache cache) {
        this.layout = layout;
        this.cache = cache;
    }

    /** The widths of a question's number, option-letter and text columns (the marks take the rest). */
    private record Columns(float number, float letter, float text) {
        float textX() {
            return number;
        }
    }

    /**
     * @param lastNumber the highest question number on the paper: the number column is as wide as
     *     the widest label the paper prints ("Question 12 —" is wider than "Question 9 —")
     */
    private Columns columns(DocumentStyle type, float column, int lastNumber) {
        float marksWidth = layout.showMarks() ? type.body * (layout.columns() > 1 ? 4.2f : 5.2f) : 2;
        float widest = 0;
        for (int n = Math.max(1, lastNumber - 9); n <= lastNumber; n++) {
            widest = Math.max(widest, type.fonts.width(Face.BOLD, layout.number(n), type.body));
        }
        float numberWidth = Math.max(type.body * 2.4f, widest + type.body * 0.6f);
        // The option-label column fits the widest label an item may print: "(h)" or "viii." are wider than "A)".
        float widestLabel = 0;
        for (int o = 0; o < MOST_OPTIONS; o++) {
            widestLabel = Math.max(widestLabel, type.fonts.width(Face.BOLD, layout.optionLabels().printed(o), type.body));
        }
        float letterWidth = Math.max(type.body * 1.9f, widestLabel + type.body * 0.5f);
        return new Columns(numberWidth, letterWidth, column - numberWidth - marksWidth);
    }

    /** @param lastNumber the highest question number on the paper, which sets the width of the number column */
    DrawnBlock question(DocumentStyle type, FigureMaker maker, float column, PaperItem item, int lastNumber) {
        Question question = item.question();
        Columns at = columns(type, column, Math.max(lastNumber, item.number()));
        Style body = Style.of(Face.REGULAR, type.body);
        DrawnBlock.Builder rows = new DrawnBlock.Builder().label("Question " + item.number());

        int blanks = question.answer() instanceof Answer.Blanks b ? b.accepted().size() : 0;
        List<Figure> stem = cache.get(new StemKey(question.text(), body, at.text(), blanks),
                () -> maker.blocks(question.text(), body, at.text(),
                        blanks > 0 ? new DocumentStyle.BlankCounter(blanks) : null));
        if (stem.isEmpty()) {
            stem = List.of(Figure.EMPTY);
        }
        for (int i = 0; i < stem.size(); i++) {
            float top = i == 0 ? type.body * (layout.columns() > 1 ? 0.6f : 0.95f) : PAD_TOP;
            float height = stem.get(i).height();
            // Painted in reading order (number, stem, marks), which is the order text is copied out.
            if (i == 0) {
                // A question is an item of its section's list: its number the label, the rest its body.
                Figure number = maker.line(layout.number(item.number()), Style.of(Face.BOLD, type.body));
                rows.open(Role.LIST_ITEM).put(number.tagged(Role.LABEL), 0, top + drop(stem.get(0), number))
                        .open(Role.LIST_BODY);
                height = Math.max(height, number.height());
            }
            rows.put(stem.get(i), at.textX(), top);
            if (i == 0 && layout.showMarks()) {
                String text = layout.columns() > 1 ? "[" + Marks.format(question.marks()) + "]"
                        : "[" + Marks.withUnit(question.marks()) + "]";
                Figure marks = maker.line(text, Style.of(Face.REGULAR, type.small + 0.5f).tinted(DocumentStyle.GREY));
                rows.put(marks, column - marks.width(), top);
                height = Math.max(height, marks.height());
            }
            rows.endRow(top + height + PAD_BOTTOM);
        }
        if (question.image().isPresent()) {
            Figure picture = cache.get(new PictureKey(question.image().orElseThrow(), at.text()),
                    () -> picture(question, at.text()));
            rows.put(picture.tagged(Tag.figure(question.alt())), at.textX(), PAD_TOP + 4).endRow(PAD_TOP + 4 + picture.height() + 4 + PAD_BOTTOM);
        }
        if (question.type().hasOptions()) {
            options(type, maker, rows, item, body, at);
        } else if (question.type() == QuestionType.TRUEFALSE && !layout.showAnswers()) {
            Style bold = Style.of(Face.BOLD, type.body);
            Figure words = maker.paragraph(TextFlow.Paragraph.of(List.of(new Run("True", bold),
                    new Run("          /          ", body), new Run("False", bold)), type.leading, body), at.text());
            rows.put(words, at.textX(), PAD_TOP + 4).endRow(PAD_TOP + 4 + words.height() + PAD_BOTTOM);
        }
        int keep = rows.size();
        if (layout.showAnswers()) {
            answer(type, maker, rows, new KeyEntry(item, layout.optionLabels()), at);
            keep++;
        } else if (question.answer() instanceof Answer.Numeric numeric) {
            answerBox(type, maker, rows, numeric.unit(), at);
            keep++;
        } else if (question.type().isWritten()) {
            keep += answerSpace(rows, question, at);
        }
        return rows.close().close().build(keep, false);
    }

    /**
     * How far a label is moved down to stand on the first baseline of the text beside it: as far as
     * a formula on that line (a sum with limits, a tall fraction) raised the baseline; else 0.
     */
    static float drop(Figure text, Figure label) {
        return text.isText() ? Math.max(0, text.ascent() - label.ascent()) : 0;
    }

    /** Options stacked one per row, or side by side when the layout allows and they are short. */
    private void options(DocumentStyle type, FigureMaker maker, DrawnBlock.Builder rows, PaperItem item, Style body,
            Columns at) {
        List<String> options = item.printedOptions();
        int across = across(type, options, at);
        float width = at.text() / across;
        float top = type.body * 0.25f;
        Style letterStyle = Style.of(Face.BOLD, type.body);
        rows.open(Role.LIST);
        for (int start = 0; start < options.size(); start += across) {
            float height = 0;
            for (int o = start; o < Math.min(options.size(), start + across); o++) {
                float x = at.textX() + (o - start) * width;
                String text = options.get(o);
                Figure option = cache.get(new OptionKey(text, body, width, at.letter()),
                        () -> maker.stacked(text, body, width - at.letter()));
                Figure letter = maker.line(layout.optionLabels().printed(o), letterStyle);
                rows.open(Role.LIST_ITEM).put(letter.tagged(Role.LABEL), x, top + drop(option, letter))
                        .put(option.tagged(Role.LIST_BODY), x + at.letter(), top).close();
                height = Math.max(height, Math.max(letter.height(), option.height()));
            }
            rows.endRow(top + height + PAD_BOTTOM);
        }
        rows.close();
    }

    /** How many options fit side by side: 4, 2 or 1, whichever keeps every option on one line. */
    private int across(DocumentStyle type, List<String> options, Columns at) {
        if (layout.options() == Layout.OptionLayout.STACKED || options.stream().anyMatch(o -> o.contains("\n"))) {
            return 1;
        }
        float widest = 0;
        for (String option : options) {
            widest = Math.max(widest, type.fonts.width(Face.REGULAR, option.replace("`", ""), type.body) * 1.05f
                    + at.letter() + 8);
        }
        for (int n : new int[] {4, 2}) {
            if (options.size() % n == 0 || n == 2 && options.size() > 2) {
                if (widest * n <= at.text()) {
                    return n;
                }
            }
        }
        return layout.options() == Layout.OptionLayout.INLINE && widest * 2 <= at.text() ? 2 : 1;
    }

    /** Ruled lines, a box, or nothing, sized by the question's marks; returns the rows to keep together. */
    private int answerSpace(DrawnBlock.Builder rows, Question question, Columns at) {
        int lines = answerLines(question);
        float gap = layout.answerSpace().lineGap();
        switch (layout.answerSpace().style()) {
            case NONE:
                return 0;
            case BOX: {
                // A box of many lines is drawn as boxes of at most BOX_LINES lines, one under the other,
                // so that a box taller than the room left can go on over the page.
                float top = 6;
                int total = Math.max(1, lines);
                for (int done = 0; done < total; done += BOX_LINES) {
                    int here = Math.min(BOX_LINES, total - done);
                    boolean last = done + here >= total;
                    rows.put(new Ink.Frame(at.textX(), done == 0 ? top : 0, at.text(), here * gap, 0.6f,
                            DocumentStyle.RULE)).endRow((done == 0 ? top : 0) + here * gap + (last ? PAD_BOTTOM : 0));
                }
                return 1;
            }
            default: {
                for (int l = 0; l < lines; l++) {
                    rows.put(new Ink.Rule(at.textX(), gap, at.textX() + at.text(), gap, 0.5f, DocumentStyle.RULE))
                            .endRow(gap);
                }
                return Math.min(lines, 3);
            }
        }
    }

    /**
     * A numeric item's answer space: one box a number fits in, the unit printed after it on the box's
     * middle line, so the student writes only the number.
     */
    private void answerBox(DocumentStyle type, FigureMaker maker, DrawnBlock.Builder rows, String unit, Columns at) {
        float top = 5;
        float height = type.body * 2.2f;
        Figure printedUnit = unit.isEmpty() ? null : maker.line(unit, Style.of(Face.REGULAR, type.body));
        float unitRoom = printedUnit == null ? 0 : printedUnit.width() + type.body * 0.6f;
        float width = Math.max(type.body * 4, Math.min(type.body * 11, at.text() - unitRoom));
        rows.put(new Ink.Frame(at.textX(), top, width, height, 0.8f, Style.INK));
        if (printedUnit != null) {
            float baseline = top + height / 2 + type.body * 0.35f;
            rows.put(printedUnit.tagged(Role.P), at.textX() + width + type.body * 0.4f, baseline - printedUnit.ascent());
        }
        rows.endRow(top + height + PAD_BOTTOM + 2);
    }

    /** Revision sheets: the answer, then why, in a shaded box under the question. */
    private void answer(DocumentStyle type, FigureMaker maker, DrawnBlock.Builder rows, KeyEntry entry, Columns at) {
        float inner = at.text() - 7 - 4;
        Style label = Style.of(Face.BOLD, type.body);
        Style body = Style.of(Face.REGULAR, type.body);
        Question question = entry.question();
        List<Figure> parts = new ArrayList<>();
        if (question.type().hasOptions()) {
            List<String> letters = entry.correctLabels();
            List<String> texts = entry.correctOptionTexts();
            for (int i = 0; i < letters.size(); i++) {
                List<Run> runs = new ArrayList<>();
                runs.add(new Run(i == 0 ? "Answer: " : "        ", label));
                runs.add(new Run(letters.get(i) + "  ", label));
                runs.addAll(maker.inlineRuns(texts.get(i), body));
                parts.add(maker.paragraph(TextFlow.Paragraph.of(runs, type.leading, body), inner));
            }
        } else if (question.type().isWritten()) {
            parts.add(maker.line("Model answer", label));
            for (papersetter.model.Markup.Block block : papersetter.model.Markup.parse(entry.answerText())) {
                parts.add(maker.block(block, body, inner, null));
            }
        } else {
            parts.add(maker.paragraph(TextFlow.Paragraph.of(List.of(new Run("Answer: ", label),
                    new Run(entry.answerText(), body)), type.leading, body), inner));
        }
        if (!question.explanation().isBlank()) {
            Style why = Style.of(Face.ITALIC, type.body - 1).tinted(EXPLANATION);
            parts.add(maker.paragraph(TextFlow.Paragraph.of(maker.inlineRuns(question.explanation(), why),
                    type.leading, why), inner).shifted(0, 2));
        }
        Figure content = maker.stack(parts, body);
        float top = 4;
        float boxHeight = 4 + content.height() + type.fonts.descent(Face.REGULAR, type.body) + 4;
        rows.put(new Ink.Fill(at.textX(), top, at.text(), boxHeight, ANSWER_SHADE))
                .put(new Ink.Rule(at.textX() + 1, top, at.textX() + 1, top + boxHeight, 2, ANSWER_BAR))
                .put(content, at.textX() + 7, top + 4)
                .endRow(top + boxHeight + PAD_BOTTOM);
    }

    /** The question's picture, scaled down (never up) to the text column and a third of the page. */
    private Figure picture(Question question, float width) {
        Path file = question.image().orElseThrow();
        PictureCheck.require(file, question.source() + ": column 'image':");
        try {
            PdfImage image = PdfImage.read(Files.readAllBytes(file));
            float maxHeight = layout.bodyHeight() / 3;
            float scale = Math.min(1, Math.min(width / image.width(), maxHeight / image.height()));
            float w = image.width() * scale;
            float h = image.height() * scale;
            return Figure.of(List.of(new Ink.Picture(0, 0, w, h, image)), w, h);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(question.source() + ": column 'image': " + file
                    + " could not be read as a picture — save it as PNG or JPEG and check the path");
        }
    }

    /** The bank's own count wins; otherwise the layout's lines per mark, within its bounds. */
    int answerLines(Question question) {
        if (question.lines() > 0) {
            return question.lines();
        }
        Layout.AnswerSpace space = layout.answerSpace();
        int byMarks = question.marks().multiply(BigDecimal.valueOf(space.perMark()))
                .setScale(0, RoundingMode.CEILING).intValue();
        return Math.max(space.minLines(), Math.min(space.maxLines(), byMarks));
    }
}

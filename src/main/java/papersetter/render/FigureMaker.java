package papersetter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import papersetter.model.Blank;
import papersetter.model.Markup;
import papersetter.pdf.Role;

/**
 * Turns bank text into figures in the house style: prose with `code` spans shaded, blanks drawn as
 * lines to write on, formulas typeset in the text's size (inline on its baseline, displayed centred
 * on a line of their own, shrunk to fit the column when wider), and code blocks in a shaded box,
 * shrunk a little (within reason) so that their longest line fits.
 */
final class FigureMaker {
    /** DejaVu Sans Mono advances every glyph by 0.602 of the font size. */
    private static final float MONO_ADVANCE = 0.602f;
    private static final float BOX_PADDING = 4;
    private static final float BOX_PADDING_BOTTOM = 6;
    private static final float BOX_BEFORE = 2;
    private static final float BOX_AFTER = 4;
    /**
     * TeX's Computer Modern has a smaller x-height than the DejaVu faces papers are set in (0.43 of
     * the size against 0.55): at the same size a formula reads a size smaller than its sentence.
     * Set a little larger it matches the text, as MathJax matches the page's font.
     */
    static final float MATH_SCALE = 1.15f;
    /** Room above and below a displayed formula, in sizes of the text around it. */
    private static final float DISPLAY_ROOM = 0.4f;

    private final DocumentStyle type;
    private final Metrics metrics;
    private final TextFlow flow;

    private final FigureCache cache;

    /** @param cache the run's laid-out figures, where one-line texts (numbers, marks, labels) are kept */
    FigureMaker(DocumentStyle type, FigureCache cache) {
        this.type = type;
        this.metrics = type.fonts;
        this.flow = new TextFlow(metrics);
        this.cache = cache;
    }

    /** A maker whose one-line texts are laid out afresh (a footer, a continuation mark: a few per document). */
    FigureMaker(DocumentStyle type) {
        this(type, new FigureCache());
    }

    /** A one-line text: what it shows and how, and the leading that places its baseline. */
    private record LineKey(String text, Style style, float leading) {
    }

    float descent(float size) {
        return metrics.descent(Face.REGULAR, size);
    }

    /** One line of plain text, as wide as it needs. */
    Figure line(String text, Style style) {
        return cache.get(new LineKey(text, style, type.leading), () -> flow.paragraph(TextFlow.Paragraph.of(List.of(new Run(text, style)), type.leading, style), 100_000)
                .withWidth(metrics.width(style.face(), text, style.size())));
    }

    /** Plain text wrapped to a width, aligned as asked. */
    Figure text(String text, Style style, float width, TextFlow.Align align) {
        return flow.paragraph(TextFlow.Paragraph.of(List.of(new Run(text, style)), type.leading, style).aligned(align),
                width);
    }

    Figure paragraph(TextFlow.Paragraph paragraph, float width) {
        return flow.paragraph(paragraph, width);
    }

    /**
     * The formula typeset at the body's size (times {@link #MATH_SCALE}) and colour: once per run,
     * for papers and keys alike (see {@link TypesetFormula#cached}).
     */
    TypesetFormula formula(String latex, boolean display, Style body) {
        float size = body.size() * MATH_SCALE;
        return TypesetFormula.cached(latex, size, display, body.color());
    }

    /** The runs of one prose block: spans in the body style or, for code, monospace on a shade; formulas as boxes. */
    List<Run> proseRuns(List<Markup.Span> spans, Style body, DocumentStyle.BlankCounter blanks) {
        Style code = new Style(Face.MONO,
                Math.max(body.size() * 0.92f, Math.min(type.code, body.size())), body.color(), DocumentStyle.CODE_BACKGROUND);
        List<Run> runs = new ArrayList<>();
        for (Markup.Span span : spans) {
            if (span.formula()) {
                runs.add(Run.of(formula(span.text(), span.kind() == Markup.Kind.DISPLAY, body), body));
            } else {
                addWithBlanks(runs, span.text(), span.code() ? code : body, blanks);
            }
        }
        return runs;
    }

    /** The runs of a text that stands on one line (an option, an explanation). */
    List<Run> inlineRuns(String text, Style body) {
        return proseRuns(Markup.inline(text), body, null);
    }

    /** Blanks are found inside code spans too: a fill item may ask for a word of code. */
    private void addWithBlanks(List<Run> runs, String text, Style style, DocumentStyle.BlankCounter blanks) {
        Matcher matcher = Blank.BLANK.matcher(text);
        int at = 0;
        while (blanks != null && matcher.find()) {
            runs.add(new Run(text.substring(at, matcher.start()), style));
            if (blanks.total() > 1) {
                runs.add(new Run("(" + blanks.next() + ")", Style.of(Face.BOLD, type.body >= 18 ? type.body : type.body * 0.8f)));
            }
            runs.add(new Run("_______________", Style.of(Face.REGULAR, type.body)));
            at = matcher.end();
        }
        runs.add(new Run(text.substring(at), style));
    }

    /**
     * A line of code with its blanks drawn as a line to write on, in the code's own monospace so
     * that the code around it keeps its columns; numbered as in prose when the item has several.
     */
    private static String withBlanks(String line, DocumentStyle.BlankCounter blanks) {
        if (blanks == null) {
            return line;
        }
        Matcher matcher = Blank.BLANK.matcher(line);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (matcher.find()) {
            out.append(line, at, matcher.start());
            if (blanks.total() > 1) {
                out.append('(').append(blanks.next()).append(')');
            }
            out.append("_".repeat(Math.max(10, matcher.group().length())));
            at = matcher.end();
        }
        return out.append(line.substring(at)).toString();
    }

    /** Every block of a bank text, each its own figure, so a long text can break between them. */
    List<Figure> blocks(String text, Style body, float width, DocumentStyle.BlankCounter blanks) {
        List<Figure> figures = new ArrayList<>();
        for (Markup.Block block : Markup.parse(text)) {
            figures.add(block(block, body, width, blanks));
        }
        return figures;
    }

    /** One block of a bank text: a paragraph of prose, a displayed formula, or a code box. */
    Figure block(Markup.Block block, Style body, float width, DocumentStyle.BlankCounter blanks) {
        if (block instanceof Markup.Prose prose) {
            return flow.paragraph(new TextFlow.Paragraph(proseRuns(prose.spans(), body, blanks), type.leading,
                    TextFlow.Align.LEFT, body), width);
        }
        if (block instanceof Markup.Display display) {
            return displayed(formula(display.latex(), true, body), body, width);
        }
        return codeBox((Markup.Code) block, width, blanks).tagged(Role.CODE);
    }

    /**
     * A displayed formula centred on the column, with half a line of room above and below; one
     * wider than the column is shrunk to fit it ({@code validate} says so), never cut.
     */
    Figure displayed(TypesetFormula formula, Style body, float width) {
        float scale = formula.width() > width ? width / formula.width() : 1;
        float room = DISPLAY_ROOM * body.size();
        float x = (width - formula.width() * scale) / 2;
        Ink.Formula ink = new Ink.Formula(x, room + formula.height() * scale, formula, scale);
        return Figure.of(List.of(ink), width, room + formula.total() * scale + room);
    }

    /** All the blocks of a text in one figure, as a cell holds them: prose, code boxes, prose. */
    Figure stacked(String text, Style body, float width) {
        return stack(blocks(text, body, width, null), body);
    }

    /**
     * Stacks figures the way one table cell would: a paragraph's first baseline sits its leading
     * below the last baseline above it; a box sits a descender's depth below text.
     */
    Figure stack(List<Figure> figures, Style body) {
        List<Ink> inks = new ArrayList<>();
        float y = 0;
        float width = 0;
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            if (i > 0) {
                Figure above = figures.get(i - 1);
                if (above.isText() && figure.isText()) {
                    y += figure.lead() - figure.ascent();
                } else if (above.isText()) {
                    y += metrics.descent(body.face(), body.size());
                }
            }
            for (Ink ink : figure.inks()) {
                inks.add(ink.shifted(0, y));
            }
            y += figure.height();
            width = Math.max(width, figure.width());
        }
        Figure first = figures.isEmpty() ? Figure.EMPTY : figures.get(0);
        return new Figure(inks, width, y, first.ascent(), first.lead());
    }

    /**
     * A code block: monospace, indentation kept, on a shaded box the width of the column. A line
     * too long for the box is shrunk a little; past that it wraps at a token boundary, the rest
     * indented as the line was and marked with {@link #CONTINUATION} so that no one types it as a
     * new line.
     */
    Figure codeBox(Markup.Code code, float width, DocumentStyle.BlankCounter blanks) {
        List<String> source = new ArrayList<>();
        for (String line : code.lines()) {
            source.add(withBlanks(line, blanks));
        }
        int longest = source.stream().mapToInt(String::length).max().orElse(1);
        float size = type.code;
        float inner = width - 2 * BOX_PADDING;
        float fits = inner / (Math.max(longest, 1) * MONO_ADVANCE);
        if (fits < size) {
            // Shrink a little to keep a line whole; past that, wrapping reads better than tiny type.
            // Large print never shrinks below its size: there a wrapped line is the lesser harm.
            size = Math.max(type.code * (type.body >= 18 ? 1 : 0.8f), fits);
        }
        Style mono = Style.of(Face.MONO, size);
        List<String> lines = new ArrayList<>();
        for (String line : source) {
            lines.addAll(CodeWrap.wrap(line, text -> metrics.width(Face.MONO, text, mono.size()), inner));
        }
        Figure text = flow.paragraph(TextFlow.Paragraph.of(List.of(new Run(String.join("\n", lines), mono)),
                1.25f, mono), inner);
        float boxHeight = BOX_PADDING + text.height() + BOX_PADDING_BOTTOM;
        List<Ink> inks = new ArrayList<>();
        inks.add(new Ink.Fill(0, BOX_BEFORE, width, boxHeight, DocumentStyle.CODE_BACKGROUND));
        for (Ink ink : text.inks()) {
            inks.add(ink.shifted(BOX_PADDING, BOX_BEFORE + BOX_PADDING));
        }
        return Figure.of(inks, width, BOX_BEFORE + boxHeight + BOX_AFTER);
    }
}

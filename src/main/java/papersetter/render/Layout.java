package papersetter.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import papersetter.model.OptionLabels;

/**
 * How a paper and its key look. Immutable; {@link #DEFAULTS} is the formal exam paper, and a
 * layout file (see {@code layouts/README.md}) says only what differs from the layout it extends.
 * Lengths are in PostScript points (72 to the inch); font sizes in points.
 */
public record Layout(
        String name,
        Page page,
        Fonts fonts,
        Header header,
        List<String> candidateFields,
        CandidateStyle candidateStyle,
        List<String> instructions,
        boolean sectionHeadings,
        boolean sectionMarks,
        SectionsBy sectionsBy,
        String numbering,
        boolean showMarks,
        AnswerSpace answerSpace,
        int columns,
        float columnGap,
        OptionLayout options,
        Footer footer,
        String watermark,
        boolean showAnswers,
        KeyLayout key,
        OptionLabels optionLabels,
        Output output,
        AnswerSheet answerSheet) {

    public record Page(float width, float height, float marginTop, float marginBottom, float marginLeft,
            float marginRight) {
        public static final Page A4 = new Page(595.28f, 841.89f, 42, 54, 54, 54);
    }

    /**
     * @param family {@code sans} or {@code serif}; code is DejaVu Sans Mono unless {@code files} names another
     * @param files the font files the layout names, and the order faces fall back in
     */
    public record Fonts(String family, float body, float title, float code, float small, float leading,
            FontFiles files) {
        public Fonts(String family, float body, float title, float code, float small, float leading) {
            this(family, body, title, code, small, leading, FontFiles.BUNDLED);
        }
    }

    /**
     * The fonts a layout names: each face's own (a bundled font's name, or a font file's absolute
     * path; empty for the family's DejaVu face) and the fonts every face then looks in, in order,
     * for a character its own font lacks.
     */
    public record FontFiles(Optional<String> regular, Optional<String> bold, Optional<String> italic,
            Optional<String> mono, List<String> fallback) {
        public static final FontFiles BUNDLED = new FontFiles(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), BundledFonts.FALLBACK_ORDER);

        public FontFiles {
            fallback = List.copyOf(fallback);
        }
    }

    /**
     * @param facts which facts the header line shows: duration, questions, total-marks, date
     * @param cover the header, candidate fields and instructions go on a cover page of their own, with
     *     a marks table per section; the questions start on page 2
     */
    public record Header(String caption, Optional<Path> logo, List<String> facts, boolean cover) {
        public Header {
            facts = List.copyOf(facts);
        }
    }

    public enum CandidateStyle { BOXES, LINE }

    /** How a paper without a spec is divided into sections: by question type, or by topic. */
    public enum SectionsBy { TYPE, TOPIC }

    public enum AnswerStyle { LINES, BOX, NONE }

    /** Room for written answers: {@code perMark} lines (or box height in lines) per mark, within bounds. */
    public record AnswerSpace(AnswerStyle style, float perMark, int minLines, int maxLines, float lineGap) {
    }

    public enum OptionLayout { STACKED, INLINE, AUTO }

    public record Footer(boolean pageNumbers, boolean set, boolean code) {
    }

    /** @param bodySize the key's own text size: a large-print paper's key is still read by a marker */
    public record KeyLayout(boolean grid, boolean explanations, float bodySize) {
    }

    /**
     * What the PDF files say of themselves.
     *
     * @param language the text's language as a BCP 47 tag ({@code en}, {@code hi-IN}), for screen readers
     * @param pdfA whether to write PDF/A-2b, for archives
     */
    public record Output(String language, boolean pdfA) {
        public static final Output DEFAULT = new Output("en", false);
    }

    /**
     * The run's answer sheets (issue 15): {@code answer-sheet} and {@code roll-digits} in a layout file.
     *
     * @param mode whether a run writes sheets, and whether they also go into the print file
     * @param rollDigits how many digits the roll-number grid has
     */
    public record AnswerSheet(SheetMode mode, int rollDigits) {
        public static final AnswerSheet DEFAULT = new AnswerSheet(SheetMode.NONE, 8);

        public AnswerSheet withMode(SheetMode newMode) {
            return new AnswerSheet(newMode, rollDigits);
        }
    }

    /** {@code answer-sheet: false}, {@code true} (a sheet file per set) or {@code print} (in the print file too). */
    public enum SheetMode { NONE, FILES, PRINT }

    public static final Layout DEFAULTS = new Layout(
            "exam",
            Page.A4,
            new Fonts("sans", 10.5f, 17, 9, 8, 1.32f),
            new Header("Question paper", Optional.empty(), List.of("duration", "questions", "total-marks", "date"),
                    false),
            List.of("Name", "Roll number"),
            CandidateStyle.BOXES,
            List.of(
                    "Write your name and roll number in the boxes above before you begin.",
                    "Answer all questions. The marks for each question are shown beside it.",
                    "Write your answers on this paper, in the space given.",
                    "Calculators, phones and notes are not allowed unless your teacher says otherwise."),
            true,
            true,
            SectionsBy.TYPE,
            "{n}.",
            true,
            new AnswerSpace(AnswerStyle.LINES, 2, 2, 30, 23),
            1,
            18,
            OptionLayout.STACKED,
            new Footer(true, true, true),
            "",
            false,
            new KeyLayout(true, true, 10.5f),
            OptionLabels.UPPER,
            Output.DEFAULT,
            AnswerSheet.DEFAULT);

    public Layout {
        candidateFields = List.copyOf(candidateFields);
        instructions = List.copyOf(instructions);
        if (columns < 1 || columns > 2) {
            throw new IllegalArgumentException("one or two columns");
        }
    }

    float bodyWidth() {
        return page.width() - page.marginLeft() - page.marginRight();
    }

    float bodyHeight() {
        return page.height() - page.marginTop() - page.marginBottom();
    }

    float columnWidth() {
        return (bodyWidth() - (columns - 1) * columnGap) / columns;
    }

    String number(int n) {
        return numbering.replace("{n}", Integer.toString(n));
    }

    /**
     * The same layout with every margin at least 10 mm, as it is printed: nothing is set where a
     * printer may not reach, whatever a layout file asks for.
     */
    Layout withPrintableMargins() {
        // A touch over 10 mm, so that rounding in the file never brings a glyph inside it.
        float least = FooterBand.EDGE + 0.25f;
        if (page.marginTop() >= least && page.marginBottom() >= least && page.marginLeft() >= least
                && page.marginRight() >= least) {
            return this;
        }
        Page printable = new Page(page.width(), page.height(), Math.max(least, page.marginTop()),
                Math.max(least, page.marginBottom()), Math.max(least, page.marginLeft()),
                Math.max(least, page.marginRight()));
        return new Layout(name, printable, fonts, header, candidateFields, candidateStyle, instructions,
                sectionHeadings, sectionMarks, sectionsBy, numbering, showMarks, answerSpace, columns, columnGap, options,
                footer, watermark, showAnswers, key, optionLabels, output, answerSheet);
    }

    /** The same layout with other instructions, as a paper spec may give. */
    public Layout withInstructions(List<String> newInstructions) {
        return new Layout(name, page, fonts, header, candidateFields, candidateStyle, newInstructions,
                sectionHeadings, sectionMarks, sectionsBy, numbering, showMarks, answerSpace, columns, columnGap, options,
                footer, watermark, showAnswers, key, optionLabels, output, answerSheet);
    }

    /** The same layout written as PDF/A-2b (or not), as {@code generate --pdfa} asks. */
    public Layout withPdfA(boolean pdfA) {
        return new Layout(name, page, fonts, header, candidateFields, candidateStyle, instructions,
                sectionHeadings, sectionMarks, sectionsBy, numbering, showMarks, answerSpace, columns, columnGap, options,
                footer, watermark, showAnswers, key, optionLabels, new Output(output.language(), pdfA), answerSheet);
    }

    /** The same layout with answer sheets written (or not) as {@code generate --answer-sheets} asks. */
    public Layout withAnswerSheets(SheetMode mode) {
        return withAnswerSheet(answerSheet.withMode(mode));
    }

    /** The same layout with these answer-sheet settings (a reprint's, as its manifest records them). */
    public Layout withAnswerSheet(AnswerSheet sheet) {
        return new Layout(name, page, fonts, header, candidateFields, candidateStyle, instructions,
                sectionHeadings, sectionMarks, sectionsBy, numbering, showMarks, answerSpace, columns, columnGap, options,
                footer, watermark, showAnswers, key, optionLabels, output, sheet);
    }
}

package papersetter.render;

import java.util.List;

/**
 * How a paper looks. Immutable; a layout file or a preset says what differs from {@link #EXAM}.
 * Lengths are in PostScript points (72 to the inch); sizes are font sizes in points.
 *
 * @param linesPerMark ruled answer lines a written item gets per mark, when the bank does not say
 */
public record Layout(
        String name,
        float pageWidth,
        float pageHeight,
        float marginTop,
        float marginBottom,
        float marginLeft,
        float marginRight,
        float bodySize,
        float titleSize,
        float codeSize,
        float smallSize,
        float leading,
        float answerLineGap,
        float linesPerMark,
        int minLines,
        int maxLines,
        boolean showMarks,
        List<String> candidateFields,
        List<String> instructions) {

    public static final float A4_WIDTH = 595.28f;
    public static final float A4_HEIGHT = 841.89f;

    public static final Layout EXAM = new Layout(
            "exam", A4_WIDTH, A4_HEIGHT,
            42, 54, 54, 54,
            10.5f, 17, 9, 8,
            1.32f, 23, 2, 2, 30,
            true,
            List.of("Name", "Roll number"),
            List.of(
                    "Write your name and roll number in the boxes above before you begin.",
                    "Answer all questions. The marks for each question are shown beside it.",
                    "Write your answers on this paper, in the space given.",
                    "Calculators, phones and notes are not allowed unless your teacher says otherwise."));

    public Layout {
        candidateFields = List.copyOf(candidateFields);
        instructions = List.copyOf(instructions);
    }

    float bodyWidth() {
        return pageWidth - marginLeft - marginRight;
    }

    float bodyHeight() {
        return pageHeight - marginTop - marginBottom;
    }
}

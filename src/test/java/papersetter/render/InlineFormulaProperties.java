package papersetter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.FloatRange;

/**
 * Inline formulas in line breaking: each is one box, never cut, kept whole on a line that it fits
 * (or shrunk to the line when wider), standing on the baseline of the words beside it, and clear of
 * the lines above and below however tall it is.
 */
class InlineFormulaProperties {
    /** Every character half the size wide; ascent 0.8 and descent 0.2 of the size. */
    private static final Metrics HALF_EM = new Metrics() {
        @Override
        public float width(Face face, String text, float size) {
            return text.codePointCount(0, text.length()) * size / 2;
        }

        @Override
        public float ascent(Face face, float size) {
            return 0.8f * size;
        }

        @Override
        public float descent(Face face, float size) {
            return 0.2f * size;
        }
    };
    private static final Style BODY = Style.of(Face.REGULAR, 10);
    private static final List<TypesetFormula> FORMULAS = List.of(
            TypesetFormula.of("x", 11.5f, false, Style.INK),
            TypesetFormula.of("\\frac{n(n+1)}{2}", 11.5f, false, Style.INK),
            TypesetFormula.of("\\sum_{i=1}^{n} i^2", 11.5f, true, Style.INK),
            TypesetFormula.of("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", 11.5f, false, Style.INK),
            TypesetFormula.of("a_1 + a_2 + a_3 + a_4 + a_5 + a_6 + a_7 + a_8 + a_9", 11.5f, false, Style.INK));

    @Property(tries = 300)
    void formulasAreWholeInsideTheLineOnTheirBaselineAndClearOfOtherLines(@ForAll("runs") List<Run> runs,
            @ForAll @FloatRange(min = 40, max = 400) float width) {
        Figure figure = new TextFlow(HALF_EM).paragraph(TextFlow.Paragraph.of(runs, 1.25f, BODY), width);
        List<Ink.Formula> formulas = new ArrayList<>();
        List<Ink.Text> texts = new ArrayList<>();
        for (Ink ink : figure.inks()) {
            if (ink instanceof Ink.Formula formula) {
                formulas.add(formula);
            } else if (ink instanceof Ink.Text text) {
                texts.add(text);
            }
        }
        List<TypesetFormula> given = runs.stream().filter(run -> run.formula() != null).map(Run::formula).toList();
        assertThat(formulas.stream().map(Ink.Formula::formula).toList()).as("each formula once, in order")
                .isEqualTo(given);
        for (Ink.Formula formula : formulas) {
            assertThat(formula.x()).isGreaterThanOrEqualTo(-0.01f);
            assertThat(formula.x() + formula.width()).isLessThanOrEqualTo(width + 0.01f);
            assertThat(formula.top()).as("inside the figure's top").isGreaterThanOrEqualTo(-0.01f);
            assertThat(formula.scale() == 1 || formula.formula().width() > width).isTrue();
            // On its line's baseline: any word on that line shares it.
            for (Ink.Text text : texts) {
                if (Math.abs(text.baseline() - formula.baseline()) < 5) {
                    assertThat(text.baseline()).isEqualTo(formula.baseline());
                }
            }
            for (Ink.Text text : texts) {
                if (text.baseline() != formula.baseline() && !text.text().isBlank()) {
                    float top = text.baseline() - 8;
                    float bottom = text.baseline() + 2;
                    assertThat(bottom <= formula.top() + 0.01f || top >= formula.bottom() - 0.01f)
                            .as("a line of text clear of a formula on another line").isTrue();
                }
            }
            for (Ink.Formula other : formulas) {
                if (other != formula && other.baseline() != formula.baseline()) {
                    assertThat(other.bottom() <= formula.top() + 0.01f || other.top() >= formula.bottom() - 0.01f)
                            .as("formulas of two lines clear of each other").isTrue();
                }
            }
        }
        float lowest = 0;
        for (Ink.Formula formula : formulas) {
            lowest = Math.max(lowest, formula.bottom());
        }
        // What stacks under the paragraph starts below its last baseline plus a descender: a formula hangs no lower.
        assertThat(lowest).isLessThanOrEqualTo(figure.height() + 2 + 0.01f);
    }

    @Property(tries = 200)
    void aFormulaIsNeverSplitFromTheWordItTouches(@ForAll @FloatRange(min = 40, max = 400) float width) {
        // "(" + formula + ")," is one word: the line breaks before or after it, never inside.
        List<Run> runs = List.of(new Run("Take the sum (", BODY), Run.of(FORMULAS.get(2), BODY),
                new Run("), then stop.", BODY));
        Figure figure = new TextFlow(HALF_EM).paragraph(TextFlow.Paragraph.of(runs, 1.25f, BODY), width);
        Ink.Formula formula = figure.inks().stream().filter(Ink.Formula.class::isInstance)
                .map(Ink.Formula.class::cast).findFirst().orElseThrow();
        for (Ink ink : figure.inks()) {
            if (ink instanceof Ink.Text text && text.text().contains("(")) {
                assertThat(text.baseline()).isEqualTo(formula.baseline());
            }
            if (ink instanceof Ink.Text text && text.text().startsWith(")")) {
                assertThat(text.baseline()).isEqualTo(formula.baseline());
            }
        }
    }

    @Provide
    Arbitrary<List<Run>> runs() {
        Arbitrary<Run> word = Arbitraries.of("a ", "word ", "longer ", "text, ", "and ", "(", ") ", "\n")
                .map(text -> new Run(text, BODY));
        Arbitrary<Run> formula = Arbitraries.of(FORMULAS).map(f -> Run.of(f, BODY));
        return Arbitraries.oneOf(word, word, formula).list().ofMinSize(1).ofMaxSize(30);
    }
}

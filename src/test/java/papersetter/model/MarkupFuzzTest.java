package papersetter.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import papersetter.render.FormulaCheck;

/**
 * Coverage-guided fuzzing of the markup reader and the formula check: whatever a cell holds, it is
 * read into blocks whose formulas point into it, and every formula either typesets or is given a
 * message; never an exception, a hang or a stack overflow (JLaTeXMath reads by recursion).
 *
 * <p>In a normal {@code mvn test} this replays the kept inputs in
 * {@code src/test/resources/papersetter/model/MarkupFuzzTestInputs/markupOfAnyText/}. With
 * {@code JAZZER_FUZZ=1} it fuzzes; see "Fuzzing" in the README.
 */
class MarkupFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"\\(", "\\)", "\\[", "\\]", "$$", "`", "```", "\\\\(", "\\frac", "\\sqrt", "\\begin{pmatrix}",
        "\\end{pmatrix}", "\\left(", "\\right)", "^{", "_{", "&", "\\\\", "\\int", "\\sum", "\\text{", "\\mathbb{"})
    void markupOfAnyText(byte[] bytes) {
        String cell = new String(bytes, StandardCharsets.UTF_8);
        for (Markup.Formula formula : Markup.formulas(cell)) {
            assertThat(formula.at()).isBetween(0, cell.length() - 1);
            String problem = FormulaCheck.problem(formula.latex());
            assertThat(problem == null || !problem.isBlank()).isTrue();
        }
        assertThat(Markup.plain(cell)).isNotNull();
        Markup.inline(cell);
        int open = Markup.unclosed(cell);
        assertThat(open).isBetween(-1, cell.length() - 1);
    }
}

package papersetter.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import papersetter.model.Markup.Kind;
import papersetter.model.Markup.Span;

/** The one reading of bank markup: code, fenced code, formulas, and what stays as written. */
class MarkupTest {

    private static List<Span> spans(String text) {
        return ((Markup.Prose) Markup.parse(text).get(0)).spans();
    }

    @Test
    void inlineFormulasAreReadBetweenBackslashParentheses() {
        assertThat(spans("Is \\(\\frac{1}{2}\\) a half?")).extracting(Span::text, Span::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Is ", Kind.TEXT),
                org.assertj.core.groups.Tuple.tuple("\\frac{1}{2}", Kind.MATH),
                org.assertj.core.groups.Tuple.tuple(" a half?", Kind.TEXT));
        assertThat(spans("Is \\(\\frac{1}{2}\\) a half?").get(1).at()).isEqualTo(5);
    }

    @Test
    void displayedFormulasStandAsBlocksBetweenTheirParagraphs() {
        List<Markup.Block> blocks = Markup.parse("Evaluate\n\\[\\int_0^1 x\\,dx\\]\nand $$x^2$$ then.");
        assertThat(blocks).hasSize(5);
        assertThat(blocks.get(0)).isEqualTo(new Markup.Prose(List.of(new Span("Evaluate", Kind.TEXT, -1))));
        assertThat(blocks.get(1)).isEqualTo(new Markup.Display("\\int_0^1 x\\,dx", 11));
        assertThat(blocks.get(2)).isEqualTo(new Markup.Prose(List.of(new Span("and", Kind.TEXT, -1))));
        assertThat(blocks.get(3)).isEqualTo(new Markup.Display("x^2", 34));
        assertThat(blocks.get(4)).isEqualTo(new Markup.Prose(List.of(new Span("then.", Kind.TEXT, -1))));
    }

    @Test
    void aDisplayedFormulaMaySpanLinesAndPointsIntoTheCell() {
        String cell = "Find\n$$\n  \\begin{pmatrix} 1 & 2 \\\\\n  3 & 4 \\end{pmatrix}\n$$";
        Markup.Display display = (Markup.Display) Markup.parse(cell).get(1);
        assertThat(display.latex()).isEqualTo("\\begin{pmatrix} 1 & 2 \\\\\n3 & 4 \\end{pmatrix}");
        assertThat(cell.substring(display.at())).startsWith("\\begin{pmatrix}");
    }

    @Test
    void aSingleDollarIsADollarSign() {
        assertThat(Markup.plain("It costs $5 and $6, or $PATH in a shell.")).isEqualTo(
                "It costs $5 and $6, or $PATH in a shell.");
        assertThat(Markup.formulas("It costs $5 and $6.")).isEmpty();
    }

    @Test
    void nothingInsideCodeIsAFormula() {
        assertThat(spans("Type `\\(x\\)` or `$$` here")).extracting(Span::kind)
                .containsExactly(Kind.TEXT, Kind.CODE, Kind.TEXT, Kind.CODE, Kind.TEXT);
        assertThat(Markup.formulas("```\necho $$ \\(x\\) \\[y\\]\n```")).isEmpty();
        Markup.Code code = (Markup.Code) Markup.parse("```\necho $$ \\(x\\)\n```").get(0);
        assertThat(code.lines()).containsExactly("echo $$ \\(x\\)");
    }

    @Test
    void aDoubledBackslashWritesTheDelimiterItself() {
        assertThat(Markup.plain("Write \\\\(x\\\\) to get a formula.")).isEqualTo("Write \\(x\\) to get a formula.");
        assertThat(Markup.formulas("Write \\\\(x\\\\) to get a formula.")).isEmpty();
    }

    @Test
    void aDelimiterThatNeverClosesIsTextAndIsFound() {
        String cell = "Half is \\(\\frac{1}{2} and more";
        assertThat(Markup.plain(cell)).isEqualTo(cell);
        assertThat(Markup.unclosed(cell)).isEqualTo(8);
        assertThat(Markup.unclosed("All \\(x\\) closed, $5.")).isEqualTo(-1);
    }

    @Test
    void anEmptyFormulaIsText() {
        assertThat(Markup.plain("a \\(\\) b")).isEqualTo("a \\(\\) b");
        assertThat(Markup.formulas("a \\( \\) b")).isEmpty();
    }

    @Test
    void oneLineTextsReadDisplayedFormulasAsSpans() {
        assertThat(Markup.inline("\\[x^2\\] or \\(y\\)")).extracting(Span::kind)
                .containsExactly(Kind.DISPLAY, Kind.TEXT, Kind.MATH);
        assertThat(Markup.inline("a \\(x\\)").get(1).at()).isEqualTo(4);
    }

    @Test
    void proseKeepsItsLinesAndCodeBlocksAsWritten() {
        Markup.Prose prose = (Markup.Prose) Markup.parse("one `a`\n  two \\(b\\)  ").get(0);
        assertThat(prose.lines()).hasSize(2);
        Markup.Code code = (Markup.Code) Markup.parse("```\n\n\tx = 1   \n\n```").get(0);
        assertThat(code.lines()).containsExactly("    x = 1");
        assertThat(code.text()).isEqualTo("\n\tx = 1   \n");
    }
}

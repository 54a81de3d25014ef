package papersetter.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import papersetter.model.Markup.Kind;
import papersetter.model.Markup.Span;

/** Bank markup read back: whatever is written, every formula is found where it stands, and nothing is lost. */
class MarkupProperties {

    @Property(tries = 1000)
    void textWithoutMarkupCharactersIsPrintedAsWritten(@ForAll("plainLines") String line) {
        assertThat(Markup.plain(line)).isEqualTo(line.strip());
        assertThat(Markup.formulas(line)).isEmpty();
    }

    @Property(tries = 1000)
    void everyFormulaPointsAtItsLatexInTheCell(@ForAll("cells") String cell) {
        for (Markup.Formula formula : Markup.formulas(cell)) {
            assertThat(formula.latex()).isNotBlank();
            String firstLine = formula.latex().lines().findFirst().orElseThrow();
            assertThat(cell.substring(formula.at())).startsWith(firstLine);
        }
        int open = Markup.unclosed(cell);
        if (open >= 0) {
            assertThat(cell.substring(open)).matches("(?s)(\\\\\\(|\\\\\\[|\\$\\$).*");
        }
    }

    @Property(tries = 1000)
    void spansWrittenAndReadAgainAreTheSame(@ForAll("spanLists") List<Span> spans) {
        StringBuilder cell = new StringBuilder();
        spans.forEach(span -> cell.append(span.written()));
        String text = cell.toString();
        // Two texts side by side read as one; a text's last backslash would escape the next delimiter.
        Assume.that(!text.contains("$$") && !text.contains("\\\\\\(") && !text.contains("\\\\\\["));
        List<Span> read = Markup.inline(text);
        assertThat(merged(read)).isEqualTo(merged(spans));
    }

    @Property(tries = 500)
    void whatIsPrintedHoldsNoCharacterTheCellDidNot(@ForAll("cells") String cell) {
        String plain = Markup.plain(cell);
        // What is printed is the cell without its markup: never a character it did not hold.
        for (char c : plain.toCharArray()) {
            if (!Character.isWhitespace(c)) {
                assertThat(cell).contains(String.valueOf(c));
            }
        }
    }

    @Provide
    Arbitrary<String> plainLines() {
        return Arbitraries.strings().withChars("abc xyz12.,;:!?()[]{}^_+-=*/'\"#%&").ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> pieces = Arbitraries.of("a", " ", "x^2", "\\(", "\\)", "\\[", "\\]", "$", "$$", "`", "```",
                "\n", "\n\n", "\\\\(", "\\\\", "\\frac{1}{2}", "{", "}", "\t", "é", "\r\n");
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<List<Span>> spanLists() {
        Arbitrary<Span> text = Arbitraries.strings().withChars("ab ()[]$\\").ofMinLength(1).ofMaxLength(8)
                .filter(s -> !s.isBlank() && !s.endsWith("\\") && !s.startsWith(" ") && !s.endsWith(" "))
                .map(s -> new Span(s, Kind.TEXT, -1));
        Arbitrary<Span> code = Arbitraries.strings().withChars("ab $\\()").ofMinLength(1).ofMaxLength(6)
                .map(s -> new Span(s, Kind.CODE, -1));
        Arbitrary<Span> math = Arbitraries.of("x", "\\frac{1}{2}", "a_{i}^2", "\\$5", "\\{x\\}", "\\alpha+\\beta")
                .map(s -> new Span(s, Kind.MATH, -1));
        Arbitrary<Span> display = Arbitraries.of("x^2", "\\int_0^1 f", "\\sum_i i")
                .map(s -> new Span(s, Kind.DISPLAY, -1));
        return Arbitraries.oneOf(text, text, code, math, display).list().ofMaxSize(8);
    }

    /** Neighbouring texts joined, positions left out: what a reader of the spans sees. */
    private static List<String> merged(List<Span> spans) {
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Span span : spans) {
            if (span.kind() == Kind.TEXT) {
                text.append(span.text());
                continue;
            }
            if (text.length() > 0) {
                out.add("TEXT:" + text);
                text.setLength(0);
            }
            out.add(span.kind() + ":" + span.text());
        }
        if (text.length() > 0) {
            out.add("TEXT:" + text);
        }
        return out;
    }
}

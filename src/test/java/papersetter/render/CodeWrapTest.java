package papersetter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Wrapping a line of code: nothing lost, nothing too wide, breaks where a reader expects them. */
class CodeWrapTest {
    /** A monospaced face: every character one unit wide. */
    private static double measure(String text) {
        return text.codePointCount(0, text.length());
    }

    @Test
    void breaksAfterACommaAndKeepsTheIndentation() {
        List<String> lines = CodeWrap.wrap("    result = function(argument_one, argument_two, argument_three)",
                CodeWrapTest::measure, 40);
        assertThat(lines).containsExactly("    result = function(argument_one, ",
                "    \u21AA argument_two, argument_three)");
    }

    @Test
    void breaksBeforeAnOperatorWhenThereIsNoSpace() {
        List<String> lines = CodeWrap.wrap("total=alpha_beta_gamma+delta_epsilon_zeta", CodeWrapTest::measure, 30);
        assertThat(lines).containsExactly("total=alpha_beta_gamma", "\u21AA +delta_epsilon_zeta");
    }

    @Test
    void aLineThatFitsIsLeftAlone() {
        assertThat(CodeWrap.wrap("  x = 1", CodeWrapTest::measure, 7)).containsExactly("  x = 1");
    }

    @Property
    void everyCharacterIsKeptInOrderAndNoLineIsTooWide(
            @ForAll @StringLength(min = 1, max = 400) @CharRange(from = 'a', to = 'e') @Chars({' ', ',', '.', '(', '=',
                '+', '_'}) String code,
            @ForAll @FloatRange(min = 12, max = 120) float width) {
        String line = code.stripTrailing();
        if (line.isEmpty()) {
            return;
        }
        List<String> wrapped = CodeWrap.wrap(line, CodeWrapTest::measure, width);
        StringBuilder joined = new StringBuilder(wrapped.get(0));
        for (String next : wrapped.subList(1, wrapped.size())) {
            int mark = next.indexOf(CodeWrap.MARK);
            assertThat(mark).as("a continuation starts with the mark: %s", next).isGreaterThanOrEqualTo(0);
            assertThat(next.substring(0, mark)).isBlank();
            joined.append(next.substring(mark + CodeWrap.MARK.length()));
        }
        assertThat(joined.toString()).isEqualTo(line);
        for (String printed : wrapped) {
            assertThat(measure(printed.stripTrailing())).as(printed).isLessThanOrEqualTo(width);
        }
    }
}

package papersetter.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SheetCodeTest {

    @Test
    void writesOneShortLine() {
        assertThat(new SheetCode("3f9a0c1d2e4b", "A", 1, 2, null).encode()).isEqualTo("PSHEET1 3f9a0c1d2e4b A 1/2");
        assertThat(new SheetCode("3f9a0c1d2e4b", "AB", 2, 2, "2024/CS 17").encode())
                .isEqualTo("PSHEET1 3f9a0c1d2e4b AB 2/2 R:2024%2FCS%2017");
    }

    @Property(tries = 300)
    void readsBackWhatItWrites(@ForAll("runs") String run, @ForAll("sets") String set,
            @ForAll @IntRange(min = 1, max = 99) int pages, @ForAll @IntRange(min = 1, max = 99) int page,
            @ForAll("rolls") String roll) {
        SheetCode code = new SheetCode(run, set, Math.min(page, pages), pages, SheetCode.validRoll(roll) ? roll : null);
        assertThat(code.encode().length()).isLessThanOrEqualTo(SheetCode.MAX_LENGTH);
        assertThat(SheetCode.decode(code.encode())).isEqualTo(code);
    }

    @Test
    void refusesWhatItWouldNotWrite() {
        for (String text : new String[] {"", "hello", "https://example.org", "PSHEET2 3f9a0c1d2e4b A 1/1",
            "PSHEET1 3f9a0c1d2e4b A 2/1", "PSHEET1 3f9a0c1d2e4b A 0/1", "PSHEET1 3f9a0c1d2e4b A 01/1",
            "PSHEET1 3F9A0C1D2E4B A 1/1", "PSHEET1 3f9a0c1d2e4 A 1/1", "PSHEET1 3f9a0c1d2e4b a 1/1",
            "PSHEET1 3f9a0c1d2e4b A 1/1 ", "PSHEET1 3f9a0c1d2e4b A 1/1 R:", "PSHEET1 3f9a0c1d2e4b A 1/1 R:%2f",
            "PSHEET1 3f9a0c1d2e4b A 1/1 R:%41", "PSHEET1 3f9a0c1d2e4b A 1/1 R:%C3", "PSHEET1 3f9a0c1d2e4b A 1/1 R:%2",
            "PSHEET1 3f9a0c1d2e4b A 1/1 R:a/b", "PSHEET1 3f9a0c1d2e4b A 1/1 R:%20x", "PSHEET1 3f9a0c1d2e4b A 1/100",
            "PSHEET1 3f9a0c1d2e4b A 1/1\n", "PSHEET1 3f9a0c1d2e4b ABCDE 1/1", "PSHEET1 3f9a0c1d2e4b A 1/1 R:%00"}) {
            assertThatThrownBy(() -> SheetCode.decode(text)).as(text).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("\tat ");
        }
        assertThat(SheetCode.decode("PSHEET1 3f9a0c1d2e4b A 1/1 R:%C3%A9l%C3%A8ve").roll()).isEqualTo("élève");
    }

    @Test
    void saysWhyItRefuses() {
        assertThatThrownBy(() -> SheetCode.decode("WIFI:S:x;;")).hasMessage("not a papersetter answer sheet's code");
        assertThatThrownBy(() -> SheetCode.decode("PSHEET9 3f9a0c1d2e4b A 1/1")).hasMessageContaining("format version");
    }

    @Provide
    Arbitrary<String> runs() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(12);
    }

    @Provide
    Arbitrary<String> sets() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(4);
    }

    @Provide
    Arbitrary<String> rolls() {
        return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40));
    }
}

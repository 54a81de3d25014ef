package papersetter.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link SameText#roughHash} lets a bank skip making the comparable form of a text no other text
 * shares the hash of: so two texts that are the same to a student must never hash apart.
 */
class SameTextProperties {

    @Property(tries = 2000)
    void textsThatAreTheSameHashAlike(@ForAll("texts") String a, @ForAll("respellings") String spacing,
            @ForAll boolean upper) {
        // The same text with its prose's spacing (or all of its case) changed, which may or may not stay the same.
        String b = a.replace(" ", spacing);
        b = upper ? b.toUpperCase(java.util.Locale.ROOT) : b;
        if (SameText.comparable(a).equals(SameText.comparable(b))) {
            assertThat(SameText.roughHash(b)).isEqualTo(SameText.roughHash(a));
        }
    }

    @Property(tries = 2000)
    void aLatin1TextHashesAsItsComparableForm(@ForAll("latin1Texts") String text) {
        assertThat(SameText.roughHash(text)).isEqualTo(SameText.roughHash(SameText.comparable(text)));
    }

    @Test
    void lettersBeyondLatin1HashAsTheirComparableForms() {
        // İ lower-cases to two characters, and a final Σ to ς: the hash follows the comparable form.
        assertThat(SameText.roughHash("İSTANBUL  ΟΔΟΣ")).isEqualTo(SameText.roughHash("i̇stanbul οδος"));
        assertThat(SameText.roughHash("ΟΔΟΣ")).isEqualTo(SameText.roughHash(SameText.comparable("ΟΔΟΣ")));
    }

    @Test
    void codeKeepsItsSpacesButHashesWithoutThem() {
        // Different to a student, alike to the hash: the comparable forms settle it.
        assertThat(SameText.comparable("`a  b`")).isNotEqualTo(SameText.comparable("`a b`"));
        assertThat(SameText.roughHash("`a  b`")).isEqualTo(SameText.roughHash("`a b`"));
        assertThat(SameText.roughHash("What is 2 + 2?")).isNotEqualTo(SameText.roughHash("What is 2 + 3?"));
    }

    private static final String[] LATIN_1 = {"a", "B", "é", "É", "ß", "ÿ", "µ", " ", "  ", "\t", "\n", "\r\n", "\r",
        "`", "```", "```py", "x = 1", "Sum", "\u00A0", "1", "."};

    @Provide
    Arbitrary<String> texts() {
        java.util.List<String> pieces = new java.util.ArrayList<>(java.util.List.of(LATIN_1));
        pieces.addAll(java.util.List.of("İ", "Σ", "ς", "Ω", "ǅ", "😀", "\u2003"));
        return joined(pieces);
    }

    @Provide
    Arbitrary<String> latin1Texts() {
        return joined(java.util.List.of(LATIN_1));
    }

    private static Arbitrary<String> joined(java.util.List<String> pieces) {
        return Arbitraries.of(pieces).list().ofMaxSize(25).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> respellings() {
        return Arbitraries.of(" ", "  ", "\t", "\n", " \r\n ", "\u2003");
    }
}

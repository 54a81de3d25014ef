package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ComparableText} answers as comparing {@link CellText#comparable} copies would, including
 * for the letters whose lower case is longer (İ) or depends on its neighbours (Σ), and for white
 * space beyond ASCII. Seeded, so a failure repeats on every machine.
 */
class ComparableTextTest {
    private static final String[] PIECES = {
        "a", "A", "b", "B", "z", "Z", "é", "É", "ÿ", "Ÿ", "ß", "ẞ", "k", "K", "\u212A", "å", "\u212B", "i", "I", "İ",
        "ı", "σ", "Σ", "ς", "µ", "\u00A0", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\u001F", "\u2028", "\u3000",
        "\u2007", "`", "``", "\n```\n", "\uD83D\uDE00", "\uD801\uDC00", "\uD801\uDC28", "Ω", "ω", "Д", "д", "’", "Ǆ", "ǅ", "ǆ", "1", "_", "."};

    @Test
    void agreesWithComparableCopies() {
        Random random = new Random(20_250_602);
        for (int run = 0; run < 50_000; run++) {
            String a = text(random);
            String b = random.nextInt(3) == 0 ? vary(a, random) : text(random);
            if (a.indexOf('`') < 0) {
                assertThat(ComparableText.hash(a)).as("hash of '%s'", a).isEqualTo(CellText.comparable(a).hashCode());
            }
            assertThat(ComparableText.lowerCaseHash(a)).as("lower-case hash of '%s'", a)
                    .isEqualTo(a.toLowerCase(Locale.ROOT).hashCode());
            assertThat(ComparableText.same(a, b)).as("'%s' and '%s'", a, b)
                    .isEqualTo(CellText.comparable(a).equals(CellText.comparable(b)));
            if (ComparableText.same(a, b)) {
                assertThat(ComparableText.hash(a)).as("hashes of '%s' and '%s'", a, b).isEqualTo(ComparableText.hash(b));
            }
        }
    }

    @Test
    void insideCodeSpacesAndCaseCount() {
        assertThat(ComparableText.same("`sum =        6|`", "`sum = 6|`")).isFalse();
        assertThat(ComparableText.same("Prints `Sum`", "prints `sum`")).isFalse();
        assertThat(ComparableText.same("What  DOES `x = 1` do?", "what does `x = 1` do?")).isTrue();
        assertThat(ComparableText.hash("What  DOES `x = 1` do?")).isEqualTo(ComparableText.hash("what does `x = 1` do?"));
    }

    @Test
    void caseAndSpacingAsideTextsAreTheSame() {
        assertThat(ComparableText.same("  What is  an ORM?\n", "what is an\torm?")).isTrue();
        assertThat(ComparableText.same("What is an ORM?", "What is a ORM?")).isFalse();
        // A capital sigma ending a word lower-cases to the final sigma ς, not to σ.
        assertThat(ComparableText.same("ΟΔΟΣ", "οδο\u03C2")).isTrue();
        assertThat(ComparableText.same("ΟΔΟΣ", "οδο\u03C3")).isFalse();
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** The same text with its case or spacing changed here and there, so that "the same" is often the answer. */
    private static String vary(String text, Random random) {
        StringBuilder varied = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (random.nextInt(6)) {
                case 0 -> varied.append(Character.toUpperCase(c));
                case 1 -> varied.append(Character.toLowerCase(c));
                case 2 -> varied.append(Character.isWhitespace(c) ? " \t " : String.valueOf(c));
                default -> varied.append(c);
            }
        }
        return random.nextBoolean() ? " " + varied : varied + "\n";
    }
}

package papersetter.marking;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** What a typed cell says, read the ways people type it; null when it says nothing this reader knows. */
final class Interpret {
    private Interpret() {
    }

    /**
     * Option letters in any order and with any separator ({@code A;C}, {@code AC}, {@code a, c},
     * {@code (B)}), as indexes in letter order without repeats; null if anything else is in the cell.
     */
    static List<Integer> letters(String cell) {
        String letters = cell.toUpperCase(Locale.ROOT).replaceAll("[\\s,;/+&|.()\\[\\]]", "");
        TreeSet<Integer> indexes = new TreeSet<>();
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c < 'A' || c > 'Z') {
                return null;
            }
            indexes.add(c - 'A');
        }
        return List.copyOf(indexes);
    }

    /** T/F, True/False, yes/no, Y/N, 1/0, ✓/✗ in any case; null for anything else (an "x" may mean ticked, so it is not read). */
    static Boolean truth(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]$", "")) {
            case "t", "true", "yes", "y", "1", "right", "correct", "✓", "✔" -> Boolean.TRUE;
            case "f", "false", "no", "n", "0", "wrong", "incorrect", "✗", "✘" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Words compared as a marker compares them: case, accents' encoding and white space set aside. */
    static String words(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** A number of marks as typed: {@code 1.5}, {@code 1,5} (a decimal comma), {@code ½}; null if not one. */
    static BigDecimal marks(String cell) {
        String text = cell.strip().replace("½", ".5").replace("¼", ".25").replace("¾", ".75");
        if (text.startsWith(".")) {
            text = "0" + text;
        }
        if (text.indexOf(',') >= 0 && text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        if (!text.matches("[+-]?\\d{1,6}(\\.\\d{1,6})?|[+-]?\\.\\d{1,6}")) {
            return null;
        }
        return new BigDecimal(text);
    }

    /**
     * Marks a marker gave a fill item, as a scanned sheet's marker boxes give them: {@code 1.5 marks},
     * {@code 1 mark}; null for anything else (the student's words, to be compared with the key).
     */
    static BigDecimal givenMarks(String cell) {
        String text = cell.strip().toLowerCase(Locale.ROOT);
        if (!text.matches(".*\\S\\s*marks?")) {
            return null;
        }
        return marks(text.replaceFirst("\\s*marks?$", ""));
    }
}

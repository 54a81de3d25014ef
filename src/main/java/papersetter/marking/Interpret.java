package papersetter.marking;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import papersetter.model.OptionLabels;

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

    /**
     * The options a cell names, as the paper labels them, as printed positions (0 for the first) in
     * order without repeats; null if anything else is in the cell. Letters ({@code A)}, {@code a)},
     * {@code (a)}) are read as {@link #letters} reads them, in either case. Numbers ({@code 1.}) and
     * roman numerals ({@code i.}) are read one per part, the parts separated by spaces, commas, ';',
     * '/', '+' or '&' ({@code 2}, {@code (2)}, {@code 2.}, {@code 1;3}; {@code ii}, {@code (iv)},
     * {@code II}): run together ({@code 13}, {@code iii}) they would name other options.
     */
    static List<Integer> options(String cell, OptionLabels labels) {
        if (labels != OptionLabels.NUMBERS && labels != OptionLabels.ROMAN) {
            return letters(cell);
        }
        TreeSet<Integer> indexes = new TreeSet<>();
        for (String part : cell.strip().split("[\\s,;/+&|]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String bare = part.toLowerCase(Locale.ROOT).replaceFirst("^[(\\[]", "").replaceFirst("[.)\\]]$", "");
            int index = labels == OptionLabels.NUMBERS ? number(bare) : roman(bare);
            if (index < 0) {
                return null;
            }
            indexes.add(index);
        }
        return List.copyOf(indexes);
    }

    private static int number(String text) {
        return text.matches("\\d{1,3}") && Integer.parseInt(text) >= 1 ? Integer.parseInt(text) - 1 : -1;
    }

    /** A roman numeral as the paper prints them (the canonical form: {@code iv}, not {@code iiii}). */
    private static int roman(String text) {
        if (!text.matches("[ivxlcdm]{1,12}")) {
            return -1;
        }
        for (int i = 0; i < 26; i++) { // a bank item has at most 8 options
            if (OptionLabels.ROMAN.name(i).equals(text)) {
                return i;
            }
        }
        return -1;
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
}

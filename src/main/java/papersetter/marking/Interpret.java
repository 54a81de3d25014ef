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

    /**
     * A numeric answer as typed: a number as the bank writes one ({@code 9.81}, {@code -3}, {@code 6.02e23},
     * {@code 6.02×10^23}), with a decimal comma ({@code 9,81}) and the item's unit after it
     * ({@code 9.81 m/s²}, spacing, case and {@code ^2} aside) read too. Refused, with what to type: a
     * comma that may separate thousands ({@code 1,500}), another unit than the item's, and words.
     */
    static BigDecimal number(String cell, String unit, int question) throws Scorer.Unreadable {
        String text = cell.strip();
        String typedUnit = "";
        java.util.regex.Matcher tail = UNIT_TAIL.matcher(text);
        if (tail.matches()) {
            text = tail.group(1);
            typedUnit = tail.group(2).strip();
        }
        if (!typedUnit.isEmpty() && !papersetter.model.NumericAnswers.sameUnit(typedUnit, unit)) {
            throw new Scorer.Unreadable("'" + cell.strip() + "': " + (unit.isEmpty() ? "question " + question
                    + " asks for a number without a unit" : "'" + typedUnit + "' is not question " + question
                    + "'s unit (" + unit + ")"), "type the number only" + (unit.isEmpty() ? "" : ", in " + unit)
                    + ", converted if the student used another unit, or leave it blank if it cannot be read");
        }
        try {
            return papersetter.model.NumericAnswers.number(text);
        } catch (papersetter.model.NumericAnswers.Problem problem) {
            // The problem names the number it read; the cell is named too when a unit was taken off it.
            String said = text.equals(cell.strip()) ? problem.getMessage() : "'" + cell.strip() + "': " + problem.getMessage();
            throw new Scorer.Unreadable(said + (said.endsWith("is not a number") ? " for question " + question : ""),
                    problem.getMessage().contains(" may be ") ? problem.fix()
                            : "type the number the student wrote, e.g. 9.81 (a decimal comma and the unit after it"
                                    + " are read too), or leave it blank");
        }
    }

    /** A number, then something that is not part of one: the unit typed after it. */
    private static final java.util.regex.Pattern UNIT_TAIL = java.util.regex.Pattern.compile(
            "(.*?[\\d.])\\s*([^\\d\\s.,+\\-−×xX*·^eE⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻].*|[eE][^\\d+\\-].*)");

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

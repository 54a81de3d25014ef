package papersetter.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a paper labels its options: {@code A)}, {@code a)}, {@code (a)}, {@code 1.} or {@code i.}.
 * The paper prints {@link #printed}; its key, keys.csv and the manifest give the answer by
 * {@link #name}, so a marker reads "b" where the student circled "(b)".
 */
public enum OptionLabels {
    UPPER("A)"),
    LOWER("a)"),
    PARENTHESES("(a)"),
    NUMBERS("1."),
    ROMAN("i.");

    private final String setting;

    OptionLabels(String setting) {
        this.setting = setting;
    }

    /** The layout setting that names this style, e.g. {@code (a)}. */
    public String setting() {
        return setting;
    }

    /** The style a layout setting names, written exactly as one of {@link #settings()}. */
    public static Optional<OptionLabels> of(String setting) {
        return Arrays.stream(values()).filter(labels -> labels.setting.equals(setting.strip())).findFirst();
    }

    /** Every setting, for a message: {@code A), a), (a), 1., i.}. */
    public static String settings() {
        return String.join(", ", Arrays.stream(values()).map(OptionLabels::setting).toList());
    }

    /** The option's name in an answer: {@code B}, {@code b}, {@code 2} or {@code ii} for the second. */
    public String name(int index) {
        return switch (this) {
            case UPPER -> Letters.of(index);
            case LOWER, PARENTHESES -> Letters.of(index).toLowerCase(java.util.Locale.ROOT);
            case NUMBERS -> Integer.toString(index + 1);
            case ROMAN -> roman(index + 1);
        };
    }

    /** The label printed before the option: {@code B)}, {@code b)}, {@code (b)}, {@code 2.} or {@code ii.}. */
    public String printed(int index) {
        return switch (this) {
            case UPPER, LOWER -> name(index) + ")";
            case PARENTHESES -> "(" + name(index) + ")";
            case NUMBERS, ROMAN -> name(index) + ".";
        };
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(numerals[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }
}

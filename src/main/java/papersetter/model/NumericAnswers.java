package papersetter.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a bank writes the answer of a {@code numeric} item, and the numbers each spelling accepts.
 * One grammar for the bank, a rekey, the formats and the typed responses, so a key, a mark and an
 * export can never read the same answer two ways:
 *
 * <ul>
 *   <li>{@code 42}: exactly that number;
 *   <li>{@code 9.81 ±0.05} (also {@code +-} and {@code +/-}): the number give or take the tolerance;
 *       {@code 250 ±2%}: give or take that share of it;
 *   <li>{@code 9.76..9.86}: any number from the first to the second;
 *   <li>{@code 9.81 (3 s.f.)} ({@code 3 sf}, {@code 3 sig figs}, {@code 3 significant figures}): any
 *       number that rounds to 9.81 at three significant figures; {@code 12.35 (2 d.p.)}
 *       ({@code 2 dp}, {@code 2 decimal places}) likewise at two decimal places. Rounding is half
 *       away from zero, as taught in school.
 * </ul>
 *
 * A number is written with a point for its decimals ({@code 9.81}); a comma is read as the decimal
 * mark too ({@code 9,81}) except where it could be a thousands separator ({@code 1,500}), which is
 * refused rather than guessed. {@code 6.02e23}, {@code 6.02×10^23} and {@code 6.02×10²³} are read;
 * thousands separators are not. Nothing here depends on the machine's locale.
 */
public final class NumericAnswers {
    /** A longer number is a pasted cell, not an answer. */
    static final int MOST_CHARACTERS = 60;
    /** Figures in one number: more is not a measurement, and would not print on one line of a key. */
    static final int MOST_DIGITS = 40;
    /** Beyond this a rounding rule is not what a paper asks for. */
    static final int MOST_FIGURES = 15;
    /** A plain number longer than this is printed as {@code 6.02×10²³}. */
    private static final int PLAIN_WIDTH = 15;

    private static final String FORMS = "write a number with a point for its decimals, e.g. 9.81, with a tolerance"
            + " (9.81 ±0.05), as a range (9.76..9.86) or rounded (9.81 (3 s.f.), 12.35 (2 d.p.))";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern NUMBER = Pattern.compile("([+-]?)\\s*(\\d+(?:[.,]\\d+|\\.)?|[.,]\\d+)"
            + "(?:\\s*(?:[eE]([+-]?\\d{1,3})|[×xX*·]\\s*10\\s*(?:\\^\\s*\\(?\\s*([+-]?\\d{1,3})\\s*\\)?"
            + "|([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))))?");
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(?:[, ]\\d{3})+(?:\\.\\d+)?");
    private static final String ROUNDING = "(s\\.?\\s*f\\.?|sig\\.?\\s*figs?\\.?|sig(?:nificant|\\.)?\\s*figures?"
            + "|d\\.?\\s*p\\.?|dec(?:imal|\\.)?\\s*places?)";
    private static final Pattern ROUNDED_BRACKETS = Pattern.compile(
            "(.*?\\S)\\s*\\(\\s*(?:to\\s+)?(\\d{1,3})\\s*" + ROUNDING + "\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROUNDED = Pattern.compile(
            "(.*?\\S)\\s+(?:to\\s+)?(\\d{1,3})\\s*" + ROUNDING, Pattern.CASE_INSENSITIVE);
    /** An answer followed by what looks like a unit ("9.81 m/s²", "5 kg", "3 cm (2 s.f.)" aside). */
    private static final Pattern UNIT_AFTER = Pattern.compile("(.*[\\d%)])\\s*(?![eE][+\\-]?\\d)([^\\d\\s.,+\\-±%()^].*)");
    /** A power of ten past what a paper needs, which would also cost time to work with. */
    private static final Pattern HUGE_POWER = Pattern.compile("[+-]?[\\d.,]+\\s*[eE]\\s*[+-]?\\d{4,}");

    private NumericAnswers() {
    }

    /** The spellings of an answer. */
    public enum Form {
        EXACT, TOLERANCE, PERCENT, RANGE, FIGURES, PLACES
    }

    /** Why a text is not an answer (or a number), and what to write instead. */
    public static final class Problem extends Exception {
        private final String fix;

        Problem(String message, String fix) {
            super(message, null, false, false);
            this.fix = fix;
        }

        public String fix() {
            return fix;
        }
    }

    /**
     * The numbers an answer accepts: from {@code low} to {@code high}, each end included unless open.
     *
     * @param value the number the bank gives (the range's low end for {@link Form#RANGE}); for
     *     {@link Form#FIGURES} and {@link Form#PLACES} written with every figure the rounding keeps (9.80)
     * @param margin the tolerance ({@link Form#TOLERANCE}) or the percentage ({@link Form#PERCENT}); else 0
     * @param places the significant figures or decimal places; else 0
     */
    public record Accepted(Form form, BigDecimal value, BigDecimal margin, int places, BigDecimal low, boolean lowOpen,
            BigDecimal high, boolean highOpen) {

        public Accepted {
            java.util.Objects.requireNonNull(form, "form");
            if (low.compareTo(high) > 0) {
                throw new IllegalArgumentException("the range runs downwards: " + low + " to " + high);
            }
        }

        public boolean accepts(BigDecimal given) {
            int fromLow = given.compareTo(low);
            if (fromLow < 0 || fromLow == 0 && lowOpen) {
                return false;
            }
            int fromHigh = given.compareTo(high);
            return fromHigh < 0 || fromHigh == 0 && !highOpen;
        }

        /** The answer as a bank writes it, which {@link NumericAnswers#parse} reads back as this. */
        public String written() {
            return switch (form) {
                case EXACT -> bank(value);
                case TOLERANCE -> bank(value) + " ±" + bank(margin);
                case PERCENT -> bank(value) + " ±" + bank(margin) + "%";
                case RANGE -> bank(low) + ".." + bank(high);
                case FIGURES -> bank(value) + " (" + places + " s.f.)";
                case PLACES -> bank(value) + " (" + places + " d.p.)";
            };
        }

        /** The answer and, but for an exact one, the numbers accepted: {@code 9.81 ±0.05 · accept 9.76 to 9.86 m/s²}. */
        public String keyText(String unit) {
            String after = unit == null || unit.isBlank() ? "" : " " + unit.strip();
            return switch (form) {
                case EXACT -> shown(value) + after;
                case RANGE -> "accept " + range() + after;
                case TOLERANCE -> shown(value) + " ±" + shown(margin) + " · accept " + range() + after;
                case PERCENT -> shown(value) + " ±" + shown(margin) + "% · accept " + range() + after;
                case FIGURES -> shown(value) + " (" + places + " s.f.) · accept " + range() + after;
                case PLACES -> shown(value) + " (" + places + " d.p.) · accept " + range() + after;
            };
        }

        /** "9.76 to 9.86", "9.805 to under 9.815", "over -9.815 to -9.805". */
        public String range() {
            if (low.compareTo(high) == 0) {
                return shown(low);
            }
            return (lowOpen ? "over " : "") + shown(low) + " to " + (highOpen ? "under " : "") + shown(high);
        }
    }

    /**
     * The bank's answer read as the numbers it accepts.
     *
     * @throws Problem saying what is wrong and what to write
     */
    public static Accepted parse(String text) throws Problem {
        String answer = tidy(text);
        if (answer.isEmpty()) {
            throw new Problem("empty", "give the number the student must write, e.g. 9.81 ±0.05, 9.76..9.86 or"
                    + " 9.81 (3 s.f.)");
        }
        if (answer.length() > 4 * MOST_CHARACTERS) {
            throw new Problem(quote(answer) + " is too long for a number (" + answer.length() + " characters)", FORMS);
        }
        try {
            return printable(read(answer));
        } catch (Problem problem) {
            Matcher unit = UNIT_AFTER.matcher(answer);
            if (unit.matches()) {
                Accepted head;
                try {
                    head = read(unit.group(1).strip());
                } catch (Problem notEither) {
                    throw problem;
                }
                throw new Problem(quote(unit.group(2).strip()) + " after the number looks like a unit",
                        "write the unit in the column 'unit' (add the column if the bank has none) and the answer"
                                + " without it: " + head.written());
            }
            throw problem;
        }
    }

    /** The ends of the range must print on a key's line: 1e30 ±1e-30 would need 61 figures. */
    private static Accepted printable(Accepted accepted) throws Problem {
        for (BigDecimal end : new BigDecimal[] {accepted.low(), accepted.high()}) {
            if (end.stripTrailingZeros().precision() > MOST_DIGITS + 5) {
                throw new Problem("the numbers accepted, " + accepted.range().replaceAll("(\\d{12})\\d{8,}", "$1…")
                        + ", need more than " + (MOST_DIGITS + 5) + " figures", "give the tolerance to the precision"
                        + " the number has, e.g. 9.81 ±0.05");
            }
        }
        return accepted;
    }

    private static Accepted read(String answer) throws Problem {
        Matcher rounded = ROUNDED_BRACKETS.matcher(answer);
        if (!rounded.matches()) {
            rounded = ROUNDED.matcher(answer);
        }
        if (rounded.matches()) {
            String head = rounded.group(1).strip();
            int places = Integer.parseInt(rounded.group(2));
            boolean figures = Character.toLowerCase(rounded.group(3).charAt(0)) == 's';
            if (head.contains("±") || head.contains("..")) {
                throw new Problem(quote(answer) + " gives both a " + (head.contains("±") ? "tolerance" : "range")
                        + " and a rounding", "give one of them, e.g. 9.81 ±0.05 or 9.81 (3 s.f.)");
            }
            BigDecimal value = number(head);
            return figures ? figures(value, places) : places(value, places);
        }
        int dots = answer.indexOf("..");
        if (dots >= 0) {
            BigDecimal low = part(answer.substring(0, dots), "the range's first number", "9.76..9.86");
            BigDecimal high = part(answer.substring(dots + 2), "the range's second number", "9.76..9.86");
            if (low.compareTo(high) > 0) {
                throw new Problem("the range runs downwards, from " + bank(low) + " to " + bank(high),
                        "write the smaller number first: " + bank(high) + ".." + bank(low));
            }
            return new Accepted(Form.RANGE, low, BigDecimal.ZERO, 0, low, false, high, false);
        }
        int plusMinus = answer.indexOf('±');
        if (plusMinus >= 0) {
            BigDecimal value = part(answer.substring(0, plusMinus), "the number before ±", "9.81 ±0.05");
            String tolerance = answer.substring(plusMinus + 1).strip();
            boolean percent = tolerance.endsWith("%");
            if (percent) {
                tolerance = tolerance.substring(0, tolerance.length() - 1);
            }
            BigDecimal margin = part(tolerance, "the tolerance after ±", "9.81 ±0.05");
            if (margin.signum() < 0) {
                throw new Problem("the tolerance " + bank(margin) + " is below 0",
                        "write how far either way an answer may be, e.g. 9.81 ±0.05");
            }
            BigDecimal either = percent ? value.abs().multiply(margin).movePointLeft(2).stripTrailingZeros() : margin;
            return new Accepted(percent ? Form.PERCENT : Form.TOLERANCE, value, margin, 0, value.subtract(either),
                    false, value.add(either), false);
        }
        BigDecimal value = number(answer);
        return new Accepted(Form.EXACT, value, BigDecimal.ZERO, 0, value, false, value, false);
    }

    private static BigDecimal part(String text, String what, String example) throws Problem {
        if (text.isBlank()) {
            throw new Problem(what + " is missing", "write it as in " + example);
        }
        return number(text);
    }

    /** Any number that rounds to {@code value} at {@code figures} significant figures, half away from zero. */
    private static Accepted figures(BigDecimal value, int figures) throws Problem {
        if (figures < 1 || figures > MOST_FIGURES) {
            throw new Problem(figures + " significant figures", "round to 1 to " + MOST_FIGURES + " significant figures");
        }
        if (value.signum() == 0) {
            throw new Problem("0 has no significant figures", "give a tolerance instead, e.g. 0 ±0.01");
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.precision() > figures) {
            BigDecimal rounded = value.round(new java.math.MathContext(figures, java.math.RoundingMode.HALF_UP));
            throw new Problem(bank(value) + " has " + plain.precision() + " significant figures, more than the "
                    + figures + " it is rounded to", "write it rounded: " + bank(rounded) + " (" + figures + " s.f.)");
        }
        int lead = plain.precision() - plain.scale() - 1; // the power of ten of the first figure
        int last = lead - figures + 1; // and of the last figure kept
        BigDecimal half = BigDecimal.valueOf(5).scaleByPowerOfTen(last - 1);
        BigDecimal size = value.abs();
        // Just below a power of ten the figures are a place further right: 9.95 rounds to 10 at 2 s.f., 9.9 does not.
        boolean powerOfTen = plain.unscaledValue().abs().equals(java.math.BigInteger.ONE);
        BigDecimal near = size.subtract(powerOfTen ? half.movePointLeft(1) : half);
        BigDecimal far = size.add(half);
        BigDecimal shown = value.setScale(Math.max(0, plain.scale() + figures - plain.precision()),
                java.math.RoundingMode.UNNECESSARY);
        return value.signum() > 0
                ? new Accepted(Form.FIGURES, shown, BigDecimal.ZERO, figures, near, false, far, true)
                : new Accepted(Form.FIGURES, shown, BigDecimal.ZERO, figures, far.negate(), true, near.negate(), false);
    }

    /** Any number that rounds to {@code value} at {@code places} decimal places, half away from zero. */
    private static Accepted places(BigDecimal value, int places) throws Problem {
        if (places > MOST_FIGURES) {
            throw new Problem(places + " decimal places", "round to 0 to " + MOST_FIGURES + " decimal places");
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > places) {
            throw new Problem(bank(value) + " has " + plain.scale() + " decimal places, more than the " + places
                    + " it is rounded to", "write it rounded: "
                    + bank(value.setScale(places, java.math.RoundingMode.HALF_UP)) + " (" + places + " d.p.)");
        }
        BigDecimal shown = value.setScale(places, java.math.RoundingMode.UNNECESSARY);
        BigDecimal half = BigDecimal.valueOf(5).scaleByPowerOfTen(-places - 1);
        BigDecimal low = shown.subtract(half);
        BigDecimal high = shown.add(half);
        int sign = shown.signum();
        return new Accepted(Form.PLACES, shown, BigDecimal.ZERO, places, low, sign <= 0, high, sign >= 0);
    }

    /**
     * One number as a bank or a typed response writes it: {@code 9.81}, {@code -3}, {@code .5},
     * {@code 9,81}, {@code 6.02e23}, {@code 6.02×10^23}, {@code 6.02×10²³}.
     *
     * @throws Problem for anything else, and for {@code 1,500}, which may mean 1.5 or 1500
     */
    public static BigDecimal number(String text) throws Problem {
        String t = tidy(text);
        if (t.length() > MOST_CHARACTERS) {
            throw new Problem(quote(t) + " is too long for a number", FORMS);
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            if (HUGE_POWER.matcher(t).matches()) {
                throw new Problem(quote(t) + " has a power of ten beyond 999", "write the number with a power of ten"
                        + " from -999 to 999, e.g. 6.02e23");
            }
            if (THOUSANDS.matcher(t).matches()) {
                throw new Problem(quote(t) + " has thousands separators",
                        "write it without them: " + t.replace(",", "").replace(" ", ""));
            }
            throw new Problem(quote(t) + " is not a number", FORMS);
        }
        String digits = m.group(2);
        int comma = digits.indexOf(',');
        if (comma >= 0) {
            String whole = digits.substring(0, comma);
            String decimals = digits.substring(comma + 1);
            // 1,500 may be a thousand and a half; 0,500 and 12345,678 cannot be thousands.
            if (decimals.length() == 3 && !whole.isEmpty() && whole.length() <= 3 && !whole.equals("0")) {
                String point = whole + "." + decimals;
                throw new Problem(quote(t) + " may be " + point + " or " + whole + decimals,
                        "write " + point + " or " + whole + decimals
                                + " (a point for the decimals, no thousands separator)");
            }
            digits = digits.replace(',', '.');
        }
        BigDecimal value = new BigDecimal(digits.endsWith(".") ? digits.substring(0, digits.length() - 1) : digits);
        String exponent = m.group(3) != null ? m.group(3) : m.group(4);
        if (exponent == null && m.group(5) != null) {
            exponent = superscript(m.group(5));
        }
        if (exponent != null) {
            value = value.scaleByPowerOfTen(Integer.parseInt(exponent));
        }
        if (value.stripTrailingZeros().precision() > MOST_DIGITS) {
            throw new Problem(quote(t) + " has more than " + MOST_DIGITS + " figures", "round it to the figures a"
                    + " student can write, e.g. 3.14159");
        }
        return m.group(1).equals("-") ? value.negate() : value;
    }

    private static String superscript(String text) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '⁻') {
                digits.append('-');
            } else if (c != '⁺') {
                digits.append((char) ('0' + SUPERSCRIPTS.indexOf(c)));
            }
        }
        return digits.toString();
    }

    /** The signs people type for minus and plus-or-minus, and the spaces spreadsheets put in, as one spelling. */
    private static String tidy(String text) {
        return text.replace('\u2212', '-').replace('\u2013', '-').replace('\u00A0', ' ').replace('\u202F', ' ')
                .replace('\u2009', ' ').replace("+/-", "±").replace("+-", "±").strip();
    }

    /** A number as a bank writes it: plain, or {@code 6.02e23} when that would be long. */
    public static String bank(BigDecimal number) {
        String plain = number.toPlainString();
        if (plain.length() <= PLAIN_WIDTH) {
            return plain;
        }
        return mantissa(number) + "e" + exponent(number);
    }

    /** A number as a paper or key prints it: plain, or {@code 6.02×10²³} when that would be long. */
    public static String shown(BigDecimal number) {
        String plain = number.toPlainString();
        if (plain.length() <= PLAIN_WIDTH) {
            return plain;
        }
        StringBuilder power = new StringBuilder();
        for (char c : Integer.toString(exponent(number)).toCharArray()) {
            power.append(c == '-' ? '⁻' : SUPERSCRIPTS.charAt(c - '0'));
        }
        return mantissa(number) + "×10" + power;
    }

    private static int exponent(BigDecimal number) {
        return number.precision() - number.scale() - 1;
    }

    private static String mantissa(BigDecimal number) {
        return number.scaleByPowerOfTen(-exponent(number)).toPlainString();
    }

    private static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "…" : text;
        return "'" + shown + "'";
    }

    /** For messages: the spellings an answer may take. */
    public static String forms() {
        return FORMS;
    }

    /** Whether a typed unit is the item's, spacing, case and {@code ^2} for {@code ²} aside. */
    public static boolean sameUnit(String typed, String unit) {
        return unitKey(typed).equals(unitKey(unit));
    }

    private static String unitKey(String unit) {
        return java.text.Normalizer.normalize(unit, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s^·*.]", "");
    }
}

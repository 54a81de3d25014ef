package papersetter.bank;

import java.util.Locale;
import java.util.regex.Pattern;

/** How cell text is tidied and how it is quoted back in messages. */
final class CellText {
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t\\u00A0]*\\n)+");
    private static final Pattern INDENTED_LINE = Pattern.compile("\\n[ \\t]");

    private CellText() {
    }

    /**
     * Text that may run over several lines (question, options, answers, explanation): CRLF and CR
     * become LF, blank lines and spaces at the ends go. Indentation inside is kept because code
     * blocks depend on it; the first line's indent is dropped only when no other line is indented,
     * since then it is a stray space from the spreadsheet rather than code.
     */
    static String block(String cell) {
        String text = cell.replace("\r\n", "\n").replace('\r', '\n');
        text = LEADING_BLANK_LINES.matcher(text).replaceFirst("").stripTrailing();
        if (!INDENTED_LINE.matcher(text).find()) {
            text = text.stripLeading();
        }
        return text;
    }

    /** A value quoted in a message: on one line and short enough to read. */
    static String quote(String value) {
        String flat = value.strip().replaceAll("\\s+", " ");
        if (flat.length() > 40) {
            flat = flat.substring(0, 39) + "…";
        }
        return "'" + flat + "'";
    }

    /** Question text as compared for repeats: case and spacing do not make a question different. */
    static String comparable(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

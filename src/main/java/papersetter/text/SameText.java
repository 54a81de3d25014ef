package papersetter.text;

import java.util.Locale;

/**
 * When two texts say the same thing to a student, for finding repeated questions and options: case
 * and spacing in prose do not make a text different, but code is compared as written, because
 * {@code `sum =        6|`} and {@code `sum = 6|`} are different answers to a question about output.
 * Code is what the papers print in monospace: a span between backticks on one line, and the lines
 * between two fences (```).
 */
public final class SameText {
    private SameText() {
    }

    /** The text in a form that is equal for two texts exactly when they are the same to a student. */
    public static String comparable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder prose = new StringBuilder();
        boolean space = false;
        boolean inFence = false;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                flush(prose, out);
                out.append(CODE_LINE).append(line.strip()); // kept: a text is never the same as one without its fences
                space = true;
                continue;
            }
            if (inFence) {
                flush(prose, out);
                out.append(CODE_LINE).append(line.stripTrailing());
                space = true;
                continue;
            }
            int at = 0;
            while (at <= line.length()) {
                int open = line.indexOf('`', at);
                int close = open < 0 ? -1 : line.indexOf('`', open + 1);
                int proseEnd = open < 0 || close < 0 ? line.length() : open;
                for (int i = at; i < proseEnd; i++) {
                    char c = line.charAt(i);
                    if (Character.isWhitespace(c)) {
                        space = true;
                    } else {
                        if (space && out.length() + prose.length() > 0) {
                            prose.append(' ');
                        }
                        space = false;
                        prose.append(c);
                    }
                }
                if (open < 0 || close < 0) {
                    break;
                }
                if (space && out.length() + prose.length() > 0) {
                    prose.append(' ');
                }
                space = false;
                flush(prose, out);
                out.append('`').append(line, open + 1, close).append('`');
                at = close + 1;
            }
            space = true;
        }
        flush(prose, out);
        return out.toString();
    }

    /** Marks a line of fenced code in a comparable text; no bank text holds it. */
    private static final char CODE_LINE = '\u0001';

    /** Prose is compared without regard to case; code keeps its case ({@code `Sum`} is not {@code `sum`}). */
    private static void flush(StringBuilder prose, StringBuilder out) {
        out.append(prose.toString().toLowerCase(Locale.ROOT));
        prose.setLength(0);
    }
}

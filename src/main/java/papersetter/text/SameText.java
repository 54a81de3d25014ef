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

    /**
     * A hash equal for any two texts whose {@link #comparable} forms are equal (and for a few others):
     * that of their characters but white space and {@link #CODE_LINE}, each lower-cased. For a text of
     * Latin-1 characters it is worked out from the text itself: the comparable form holds every one of
     * its characters but white space, in order, and lower-casing the code as well as the prose undoes
     * the one difference; so only texts that share this hash need their comparable forms made.
     */
    public static int roughHash(String text) {
        int hash = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                // Beyond Latin-1, lower-casing a whole text is more than lower-casing each character (İ, Σ).
                return roughHashOf(comparable(text));
            }
            int folded = ROUGH[c];
            if (folded >= 0) {
                hash = 31 * hash + folded;
            }
        }
        return hash;
    }

    private static int roughHashOf(String text) {
        int hash = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int folded = c <= 0xFF ? ROUGH[c] : Character.isWhitespace(c) ? -1 : Character.toLowerCase(c);
            if (folded >= 0) {
                hash = 31 * hash + folded;
            }
        }
        return hash;
    }

    /** Marks a line of fenced code in a comparable text; no bank text holds it. */
    private static final char CODE_LINE = '\u0001';

    /** Each Latin-1 character lower-cased, or -1 for one the rough hash leaves out: one look-up instead of two tests. */
    private static final int[] ROUGH = new int[256];

    static {
        for (char c = 0; c < ROUGH.length; c++) {
            ROUGH[c] = c == CODE_LINE || Character.isWhitespace(c) ? -1 : Character.toLowerCase(c);
        }
    }

    /** Prose is compared without regard to case; code keeps its case ({@code `Sum`} is not {@code `sum`}). */
    private static void flush(StringBuilder prose, StringBuilder out) {
        out.append(prose.toString().toLowerCase(Locale.ROOT));
        prose.setLength(0);
    }
}

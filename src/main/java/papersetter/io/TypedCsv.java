package papersetter.io;

import java.util.Arrays;

/**
 * What the small CSV files a trainer types or exports (a class list, the class's responses) need
 * besides Commons CSV: which separator the spreadsheet used, and the line a record starts on, for
 * messages that name it.
 */
public final class TypedCsv {
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private TypedCsv() {
    }

    /**
     * Of {@code ,} {@code ;} and tab, the one the header line holds most of (outside quotes): a
     * spreadsheet set to a language that writes decimal commas saves with {@code ;}.
     */
    public static char delimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < DELIMITERS.length; k++) {
                    if (c == DELIMITERS[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < DELIMITERS.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return DELIMITERS[best];
    }

    /** Where each line of the text starts (after LF, CRLF or a lone CR). */
    public static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The line (from 1) that a character position falls on, given the text's {@link #lineStarts}. */
    public static int lineOf(int[] starts, long position) {
        int found = Arrays.binarySearch(starts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }
}

package papersetter.bank;

import java.util.Arrays;

/**
 * Maps a character offset to its physical line. A line ends at LF, CRLF or a lone CR, as Commons
 * CSV counts them, so a row after a multi-line cell or in a CRLF file gets the line a trainer sees.
 */
final class LineIndex {
    private final int[] starts;

    LineIndex(CharSequence text) {
        starts = text instanceof String string && string.indexOf('\r') < 0 ? newlinesOnly(string) : anyEnds(text);
    }

    /** The usual case, LF only: String.indexOf is far faster than a loop over every character. */
    private static int[] newlinesOnly(String text) {
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = at + 1;
        }
        return Arrays.copyOf(found, count);
    }

    private static int[] anyEnds(CharSequence text) {
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            if (c == '\r' || c == '\n') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** 1-based line of the character at {@code offset}. */
    int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return (at >= 0 ? at : -at - 2) + 1;
    }

    /** Offset of the first character of a 1-based line. */
    int startOf(int line) {
        return starts[line - 1];
    }
}

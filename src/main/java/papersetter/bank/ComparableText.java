package papersetter.bank;

import java.util.Locale;

/**
 * Compares texts as {@link CellText#comparable} makes them comparable (case and spacing aside),
 * without building the comparable copies: on every question and option of a big bank those copies
 * were most of the work of looking for repeats. String.toLowerCase lower-cases one character at a
 * time, except for a few it treats apart: İ becomes two characters (i̇), Σ depends on the letters
 * around it, and a surrogate pair is one letter; a text holding one of those is compared through
 * the copies after all, and so is the code in two texts that are alike elsewhere, since spaces and
 * case count inside code.
 */
final class ComparableText {
    private static final char SPACE = '\uFFFF';
    private static final int WHOLE_TEXT = -1;
    /** Each Latin-1 character as String.toLowerCase lower-cases it, or SPACE for white space: one look-up instead of several tests. */
    private static final char[] FOLDED = new char[256];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = Character.isWhitespace(c) ? SPACE : Character.toLowerCase(c);
        }
    }

    private ComparableText() {
    }

    /** The character as String.toLowerCase(Locale.ROOT) lower-cases it, SPACE for white space, or WHOLE_TEXT. */
    private static int fold(char c) {
        if (c <= 0xFF) {
            return FOLDED[c];
        }
        if (Character.isWhitespace(c)) {
            return SPACE;
        }
        if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3') {
            return WHOLE_TEXT;
        }
        int lower = Character.toLowerCase((int) c);
        return Character.isBmpCodePoint(lower) ? lower : WHOLE_TEXT;
    }

    /**
     * {@code CellText.comparable(text).hashCode()} for a text without code; for one with code, the
     * hash of the text with case and spacing aside in its code too. Texts that are the {@link #same}
     * are alike in that coarser way, so their hashes are equal either way.
     */
    static int hash(String text) {
        int hash = 0;
        boolean started = false;
        boolean spaceBefore = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int folded = c <= 0xFF ? FOLDED[c] : fold(c); // Latin-1 here: fold is too big for the C1 compiler to inline
            if (folded == WHOLE_TEXT) {
                return coarse(text).hashCode();
            }
            if (folded == SPACE) {
                spaceBefore = started;
                continue;
            }
            if (spaceBefore) {
                hash = 31 * hash + ' '; // a run of white space between words counts as one space
                spaceBefore = false;
            }
            hash = 31 * hash + folded;
            started = true;
        }
        return hash;
    }

    /** {@code text.toLowerCase(Locale.ROOT).hashCode()}, as ids are compared. */
    static int lowerCaseHash(String text) {
        int hash = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return text.toLowerCase(Locale.ROOT).hashCode();
            }
            hash = 31 * hash + (FOLDED[c] == SPACE ? c : FOLDED[c]);
        }
        return hash;
    }

    /** {@code CellText.comparable(a).equals(CellText.comparable(b))}. */
    static boolean same(String a, String b) {
        // Texts alike with case and every space aside are the only ones that can be the same; only
        // when they hold code, whose spaces and case count, is the exact comparison needed.
        if (!alike(a, b)) {
            return false;
        }
        return a.indexOf('`') < 0 && b.indexOf('`') < 0 || CellText.comparable(a).equals(CellText.comparable(b));
    }

    /** Whether the texts are the same with case and spacing aside everywhere, code included. */
    private static boolean alike(String a, String b) {
        int i = skipSpaces(a, 0);
        int j = skipSpaces(b, 0);
        while (i < a.length() && j < b.length()) {
            // Both are at the start of a word: compare the words letter by letter.
            while (i < a.length() && j < b.length() && !CellText.isSpace(a.charAt(i)) && !CellText.isSpace(b.charAt(j))) {
                char x = a.charAt(i);
                char y = b.charAt(j);
                if (x != y) {
                    int foldedX = fold(x);
                    int foldedY = fold(y);
                    if (foldedX == WHOLE_TEXT || foldedY == WHOLE_TEXT) {
                        return coarse(a).equals(coarse(b));
                    }
                    if (foldedX != foldedY) {
                        return false;
                    }
                }
                i++;
                j++;
            }
            boolean aWordEnds = i == a.length() || CellText.isSpace(a.charAt(i));
            boolean bWordEnds = j == b.length() || CellText.isSpace(b.charAt(j));
            if (aWordEnds != bWordEnds) {
                return false; // one word goes on, and no letter lower-cases to a space
            }
            i = skipSpaces(a, i);
            j = skipSpaces(b, j);
        }
        return i == a.length() && j == b.length();
    }

    /** The text with case and spacing aside everywhere, code included: coarser than CellText.comparable. */
    private static String coarse(String text) {
        return CellText.collapseSpaces(text.strip()).toLowerCase(Locale.ROOT);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && CellText.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

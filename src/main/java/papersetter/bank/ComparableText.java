package papersetter.bank;

import java.util.Locale;

/**
 * Compares texts as {@link CellText#comparable} makes them comparable (case and spacing aside),
 * without building the comparable copies: on every question and option of a big bank those copies
 * were most of the work of looking for repeats. Where a text holds a letter beyond Latin-1 the
 * copies are built after all, because lower-casing such a letter can change the text's length
 * (İ becomes i̇) or depend on the letters around it (Σ).
 */
final class ComparableText {
    private static final char SPACE = '\uFFFF';
    /** Each Latin-1 character as String.toLowerCase lower-cases it, or SPACE for white space: one look-up instead of several tests. */
    private static final char[] FOLDED = new char[256];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = Character.isWhitespace(c) ? SPACE : Character.toLowerCase(c);
        }
    }

    private ComparableText() {
    }

    /** {@code CellText.comparable(text).hashCode()}. */
    static int hash(String text) {
        int hash = 0;
        boolean started = false;
        boolean spaceBefore = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return CellText.comparable(text).hashCode();
            }
            char folded = FOLDED[c];
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
        int i = skipSpaces(a, 0);
        int j = skipSpaces(b, 0);
        while (i < a.length() && j < b.length()) {
            // Both are at the start of a word: compare the words letter by letter.
            while (i < a.length() && j < b.length() && !CellText.isSpace(a.charAt(i)) && !CellText.isSpace(b.charAt(j))) {
                char x = a.charAt(i);
                char y = b.charAt(j);
                if (x > 0xFF || y > 0xFF) {
                    return CellText.comparable(a).equals(CellText.comparable(b));
                }
                if (x != y && FOLDED[x] != FOLDED[y]) {
                    return false;
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

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && CellText.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

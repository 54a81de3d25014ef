package papersetter.bank;

import papersetter.text.SameText;

/** How cell text is tidied and how it is quoted back in messages. */
final class CellText {
    private CellText() {
    }

    /**
     * Text that may run over several lines (question, options, answers, explanation): CRLF and CR
     * become LF, blank lines and spaces at the ends go. Indentation inside is kept because code
     * blocks depend on it; the first line's indent is dropped only when no other line is indented,
     * since then it is a stray space from the spreadsheet rather than code.
     */
    static String block(String cell) {
        String text = cell.indexOf('\r') < 0 ? cell : cell.replace("\r\n", "\n").replace('\r', '\n');
        text = text.substring(endOfLeadingBlankLines(text)).stripTrailing();
        if (text.indexOf("\n ") < 0 && text.indexOf("\n\t") < 0) {
            text = text.stripLeading();
        }
        return text;
    }

    /**
     * Where the first line holding more than spaces, tabs and no-break spaces begins. A loop, not a
     * regular expression: Java matches a repeated group by recursion, and a cell of some thousands
     * of blank lines overflowed the stack.
     */
    private static int endOfLeadingBlankLines(String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                start = i + 1;
            } else if (c != ' ' && c != '\t' && c != '\u00A0') {
                break;
            }
        }
        return start;
    }

    /**
     * Character.isWhitespace, answered without a table look-up for Latin-1, where the only white
     * space is the ASCII controls and the space: it is asked of every character of every question.
     */
    static boolean isSpace(char c) {
        return c <= ' ' ? Character.isWhitespace(c) : c > 0xFF && Character.isWhitespace(c);
    }

    /** A value quoted in a message: on one line and short enough to read. */
    static String quote(String value) {
        String flat = collapseSpaces(value.strip());
        if (flat.length() > 40) {
            flat = flat.substring(0, 39) + "…";
        }
        return "'" + flat + "'";
    }

    /** Question text as compared for repeats: case and spacing do not make a question different, outside code. */
    static String comparable(String text) {
        return SameText.comparable(text);
    }

    /**
     * Every run of white space as one space. Written out rather than a regular expression: it runs
     * on every question of a bank, and a bank may hold a hundred thousand. Text already collapsed,
     * as most is, comes back as it is rather than copied.
     */
    static String collapseSpaces(String text) {
        boolean inSpace = false;
        int i = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (space && (inSpace || c != ' ')) {
                break; // the first character that collapsing changes
            }
            inSpace = space;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }
}

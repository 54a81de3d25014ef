package papersetter.bank;

import java.nio.charset.StandardCharsets;

/**
 * A bank file's text as {@link CsvReader} reads it, position by position: the file's own UTF-8
 * bytes, or a decoded String where bytes will not do (a UTF-16 file, or a "sep=" line naming a
 * delimiter beyond ASCII, which no single byte can match). Reading the bytes as they are spares
 * decoding the whole file into a String as big again, or twice as big when it holds one letter
 * beyond Latin-1, such as a curly apostrophe; each cell is decoded on its own instead. The
 * characters a CSV reader looks for (quote, line ends, an ASCII delimiter) are single bytes in
 * UTF-8 that never occur inside another character's bytes, so both forms read alike.
 */
abstract sealed class CsvText {
    /** How many positions (bytes or chars) the text has. */
    abstract int length();

    /** The byte or char at {@code at}. */
    abstract int at(int at);

    // Each search below stops at the first of a few characters, so that the reader looks at each
    // position once: a search for one character at a time went on past the cell to find it.

    /** The first position at or after {@code from} holding a line end (LF or CR), or {@link #length()}. */
    abstract int lineEnd(int from);

    /** The first position at or after {@code from} holding the delimiter (an ASCII one for bytes) or a line end, or {@link #length()}. */
    abstract int plainCellEnd(int from, char delimiter);

    /** The first position at or after {@code from} holding a quote or a line end, or {@link #length()}. */
    abstract int quoteOrLineEnd(int from);

    /** The text from {@code from} to {@code to} as a String. */
    abstract String cell(int from, int to);

    /** How many positions the white space character at {@code at} takes (as Character.isWhitespace), or 0 when it is not white space. */
    abstract int whiteSpaceAt(int at);

    /** How many positions a prefix of the text, given as a String, takes. */
    abstract int positionsOf(String prefix);

    /** The whole text as a String, for reading it as characters. */
    abstract String string();

    /** UTF-8 bytes, without a byte-order mark, checked to decode cleanly. */
    static final class Utf8 extends CsvText {
        private static final int SHORT_CELL = 16;

        private final byte[] bytes;
        private final int start;
        /**
         * Short ASCII cells read lately, by a hash of their bytes. A bank repeats a few short cells
         * (types, levels, topics, marks, answer letters) on every row; handing out the String read
         * before spares making a new one for each row, which was a seventh of all that loading a bank allocated.
         */
        private final String[] shortCells = new String[1024];

        Utf8(byte[] bytes, int start) {
            this.bytes = bytes;
            this.start = start;
        }

        @Override
        int length() {
            return bytes.length - start;
        }

        @Override
        int at(int at) {
            return bytes[start + at] & 0xFF;
        }

        @Override
        int lineEnd(int from) {
            for (int i = start + from; i < bytes.length; i++) {
                if (bytes[i] == '\n' || bytes[i] == '\r') {
                    return i - start;
                }
            }
            return length();
        }

        @Override
        int plainCellEnd(int from, char delimiter) {
            byte d = (byte) delimiter;
            for (int i = start + from; i < bytes.length; i++) {
                byte b = bytes[i];
                if (b == d || b == '\n' || b == '\r') {
                    return i - start;
                }
            }
            return length();
        }

        @Override
        int quoteOrLineEnd(int from) {
            for (int i = start + from; i < bytes.length; i++) {
                byte b = bytes[i];
                if (b == '"' || b == '\n' || b == '\r') {
                    return i - start;
                }
            }
            return length();
        }

        @Override
        String cell(int from, int to) {
            int length = to - from;
            if (length > SHORT_CELL) {
                return new String(bytes, start + from, length, StandardCharsets.UTF_8);
            }
            int hash = 0;
            for (int i = start + from; i < start + to; i++) {
                if (bytes[i] < 0) {
                    return new String(bytes, start + from, length, StandardCharsets.UTF_8);
                }
                hash = 31 * hash + bytes[i];
            }
            int slot = (hash ^ hash >>> 10) & (shortCells.length - 1);
            String known = shortCells[slot];
            if (known == null || !holds(known, start + from, length)) {
                known = new String(bytes, start + from, length, StandardCharsets.ISO_8859_1);
                shortCells[slot] = known;
            }
            return known;
        }

        /** Whether an ASCII string is the bytes at {@code from}. */
        private boolean holds(String cell, int from, int length) {
            if (cell.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (cell.charAt(i) != bytes[from + i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        int whiteSpaceAt(int at) {
            int b = bytes[start + at] & 0xFF;
            if (b < 0x80) {
                return Character.isWhitespace(b) ? 1 : 0;
            }
            // White space beyond ASCII (U+1680, U+2000…U+3000) takes two or three bytes; four-byte
            // characters are surrogate pairs in a String, and neither half of a pair is white space.
            int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            if (length == 4) {
                return 0;
            }
            return Character.isWhitespace(cell(at, at + length).charAt(0)) ? length : 0;
        }

        @Override
        int positionsOf(String prefix) {
            return prefix.getBytes(StandardCharsets.UTF_8).length;
        }

        @Override
        String string() {
            return cell(0, length());
        }
    }

    /** Decoded text. */
    static final class Chars extends CsvText {
        private final String text;

        Chars(String text) {
            this.text = text;
        }

        @Override
        int length() {
            return text.length();
        }

        @Override
        int at(int at) {
            return text.charAt(at);
        }

        @Override
        int lineEnd(int from) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    return i;
                }
            }
            return text.length();
        }

        @Override
        int plainCellEnd(int from, char delimiter) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == delimiter || c == '\n' || c == '\r') {
                    return i;
                }
            }
            return text.length();
        }

        @Override
        int quoteOrLineEnd(int from) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\n' || c == '\r') {
                    return i;
                }
            }
            return text.length();
        }

        @Override
        String cell(int from, int to) {
            return text.substring(from, to);
        }

        @Override
        int whiteSpaceAt(int at) {
            return Character.isWhitespace(text.charAt(at)) ? 1 : 0;
        }

        @Override
        int positionsOf(String prefix) {
            return prefix.length();
        }

        @Override
        String string() {
            return text;
        }
    }
}

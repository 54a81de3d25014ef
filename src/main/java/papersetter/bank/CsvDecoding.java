package papersetter.bank;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import papersetter.io.Signature;

/**
 * Turns a bank file's bytes into text. UTF-8 (with or without a byte-order mark) and UTF-16 with
 * a byte-order mark are read; anything else is refused with the line of the first bad byte.
 * We never guess a legacy charset: a wrong guess prints mojibake on a student's paper, which is
 * worse than asking the trainer to save the sheet again.
 */
final class CsvDecoding {
    static final String SAVE_AS_UTF8 = "save the sheet as 'CSV UTF-8' (Excel: File › Save As › CSV UTF-8 (Comma delimited);"
            + " Google Sheets and LibreOffice save UTF-8)";

    private CsvDecoding() {
    }

    /** The file's text without its byte-order mark, or empty after reporting why it cannot be read. */
    static Optional<CsvText> decode(byte[] bytes, Path file, ProblemList problems) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (Signature.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (Signature.startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (Signature.startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (Signature.startsWith(bytes, 'P', 'K', 3, 4)) {
            // A workbook renamed or saved with a .csv name: its zip bytes would otherwise be reported as "not UTF-8".
            problems.error(file, 0, null, "this is a spreadsheet workbook (.xlsx), not a CSV file", SAVE_AS_UTF8);
            return Optional.empty();
        }

        if (charset == StandardCharsets.UTF_8 && isCleanUtf8(bytes, skip)) {
            return Optional.of(new CsvText.Utf8(bytes, skip));
        }
        // Decoded whole, to find and name what is wrong; UTF-16 text is read in that form too.
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        // Neither UTF-8 nor UTF-16 yields more chars than bytes, so the buffer never overflows.
        CharBuffer out = CharBuffer.allocate(bytes.length - skip + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String decoded = out.toString();
        if (result.isError()) {
            reportBadBytes(bytes, in.position(), charset, decoded, file, problems);
            return Optional.empty();
        }
        int replacement = decoded.indexOf('\uFFFD');
        if (replacement >= 0) {
            // Refused like a legacy encoding: the letter is already lost, and a paper would print the mark.
            problems.error(file, new LineIndex(decoded).lineOf(replacement), null,
                    "the line holds the replacement character U+FFFD (a question mark in a diamond), which a program"
                            + " leaves where it could not read a letter: letters were lost when the file was converted",
                    "retype the lost letters, or export the sheet again from the original");
            return Optional.empty();
        }
        return withoutNul(decoded, file, problems);
    }

    /**
     * Whether the bytes from {@code from} on are UTF-8 that decodes without a fault, a NUL or a
     * U+FFFD. Most banks are plain ASCII, which a loop over the bytes settles; the rest are decoded
     * a slice at a time into a small buffer, so that no copy of the whole text is made just to check it.
     */
    private static boolean isCleanUtf8(byte[] bytes, int from) {
        int ascii = from;
        while (ascii < bytes.length && bytes[ascii] > 0) {
            ascii++;
        }
        if (ascii == bytes.length || bytes[ascii] == 0) {
            return ascii == bytes.length;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, ascii, bytes.length - ascii); // ASCII ends on a character's edge
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                return false;
            }
            char[] chars = out.array();
            for (int i = 0; i < out.position(); i++) {
                if (chars[i] == '\0' || chars[i] == '\uFFFD') {
                    return false;
                }
            }
            if (!result.isOverflow()) {
                return true;
            }
            out.clear();
        }
    }

    private static Optional<CsvText> withoutNul(String decoded, Path file, ProblemList problems) {
        int nul = decoded.indexOf('\0');
        if (nul >= 0) {
            problems.error(file, new LineIndex(decoded).lineOf(nul), null,
                    "the file holds NUL characters, so it is not CSV text (it may be UTF-16 without a byte-order mark,"
                            + " or another kind of file renamed to .csv)",
                    SAVE_AS_UTF8);
            return Optional.empty();
        }
        return Optional.of(new CsvText.Chars(decoded));
    }

    private static void reportBadBytes(
            byte[] bytes, int badAt, Charset charset, String decodedBefore, Path file, ProblemList problems) {
        LineIndex lines = new LineIndex(decodedBefore);
        int line = lines.lineOf(decodedBefore.length());
        // Only text that decoded cleanly is quoted, so the message itself can never hold mojibake.
        String before = decodedBefore.substring(lines.startOf(line));
        // Quote only the cell holding the bad byte, so the trainer sees the words they typed.
        before = before.substring(Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf('\t'))) + 1);
        if (before.length() > 30) {
            before = "…" + before.substring(before.length() - 30);
        }
        String where = before.isBlank() ? "at the start of the line" : "after '" + before.strip() + "'";
        if (!presentable(before) || charset != StandardCharsets.UTF_8 && !before.chars().allMatch(c -> c < 0x80)) {
            where = "on this line"; // what decoded before the bad byte is itself garbage (found by fuzzing)
        }
        if (charset == StandardCharsets.UTF_8) {
            String bad = badAt < bytes.length
                    ? String.format(Locale.ROOT, "byte 0x%02X", bytes[badAt] & 0xFF)
                    : "the last bytes";
            problems.error(file, line, null,
                    "the file is not UTF-8 text: " + bad + " " + where + " cannot be read (Excel's plain 'CSV'"
                            + " writes accented letters this way)",
                    SAVE_AS_UTF8);
        } else {
            problems.error(file, line, null,
                    "the file says it is UTF-16 text but cannot be read " + where + "; it may be damaged",
                    SAVE_AS_UTF8);
        }
    }

    /**
     * Whether text can be quoted back to a trainer as what they typed. In a damaged UTF-16 file the
     * bytes before the fault decode to unrelated characters, so UTF-16 text is quoted only when it
     * is plain ASCII; UTF-8 text is quoted when it holds no controls, unassigned or private code
     * points, noncharacters or U+FFFD.
     */
    static boolean presentable(String text) {
        return text.codePoints().allMatch(c -> switch (Character.getType(c)) {
            case Character.CONTROL, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.FORMAT -> c == '\t';
            default -> c != 0xFFFD && (c & 0xFFFE) != 0xFFFE && !(c >= 0xFDD0 && c <= 0xFDEF);
        });
    }
}

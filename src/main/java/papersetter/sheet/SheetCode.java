package papersetter.sheet;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papersetter.model.Roll;

/**
 * What a sheet's QR code says: which run made it, for which set, which page of how many, and on a
 * personalised sheet whose it is. Written as one line of ASCII,
 * {@code PSHEET1 3f9a0c1d2e4b A 1/2 R:2024%2F017}, small enough for a QR code that reads well at
 * 150 dpi.
 *
 * <p>{@link #decode} is strict: a scan may hold any QR code (a sheet of another tool, a poster),
 * so whatever does not match the format exactly, including a roll escaped in another way than
 * {@link #encode} escapes it, is refused rather than half-read.
 *
 * @param run the run's identity, 12 hexadecimal digits the manifest records: a sheet from another run shows as such
 * @param set the set letter
 * @param page this page, from 1
 * @param pages the set's sheet's pages
 * @param roll the student's roll number on a personalised sheet; null otherwise
 */
public record SheetCode(String run, String set, int page, int pages, String roll) {
    /** The format's name and version, first on the line. */
    public static final String FORMAT = "PSHEET1";
    /** More than the longest line {@link #encode} writes: a roll of 20 characters escaped as 240. */
    public static final int MAX_LENGTH = 300;
    private static final Pattern RUN = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern SET = Pattern.compile("[A-Z]{1,4}");
    private static final Pattern LINE = Pattern.compile(
            "PSHEET1 ([0-9a-f]{12}) ([A-Z]{1,4}) ([1-9][0-9]{0,1})/([1-9][0-9]{0,1})(?: R:([!-~]{1,240}))?");
    /** Characters a roll carries as they are; everything else is escaped as %XX of its UTF-8 bytes. */
    private static final Pattern PLAIN = Pattern.compile("[0-9A-Za-z._-]");

    public SheetCode {
        if (!RUN.matcher(run).matches()) {
            throw new IllegalArgumentException("run " + run);
        }
        if (!SET.matcher(set).matches()) {
            throw new IllegalArgumentException("set " + set);
        }
        if (page < 1 || page > pages || pages > SheetPlanner.MAX_PAGES) {
            throw new IllegalArgumentException("page " + page + "/" + pages);
        }
        if (roll != null && !validRoll(roll)) {
            throw new IllegalArgumentException("roll " + roll);
        }
    }

    /** Whether a roll number can go in a QR code: {@link Roll#valid}. */
    public static boolean validRoll(String roll) {
        return Roll.valid(roll);
    }

    public String encode() {
        String line = FORMAT + " " + run + " " + set + " " + page + "/" + pages;
        return roll == null ? line : line + " R:" + escape(roll);
    }

    /**
     * Reads a QR code's text.
     *
     * @throws IllegalArgumentException saying why, when the text is not a sheet's code
     */
    public static SheetCode decode(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not an answer sheet's code (" + text.length() + " characters)");
        }
        if (!text.startsWith(FORMAT + " ")) {
            throw new IllegalArgumentException(text.startsWith("PSHEET")
                    ? "an answer sheet's code of another format version than " + FORMAT + " — mark it with the papersetter that printed it"
                    : "not a papersetter answer sheet's code");
        }
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("a damaged or altered answer sheet code");
        }
        int page = Integer.parseInt(m.group(3));
        int pages = Integer.parseInt(m.group(4));
        if (page > pages) {
            throw new IllegalArgumentException("a damaged or altered answer sheet code (page " + page + " of " + pages + ")");
        }
        String roll = null;
        if (m.group(5) != null) {
            roll = unescape(m.group(5));
            if (roll == null || !validRoll(roll) || !escape(roll).equals(m.group(5))) {
                throw new IllegalArgumentException("a damaged or altered answer sheet code (roll)");
            }
        }
        return new SheetCode(m.group(1), m.group(2), page, pages, roll);
    }

    private static String escape(String roll) {
        StringBuilder out = new StringBuilder();
        for (byte b : roll.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && PLAIN.matcher(String.valueOf(c)).matches()) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** The escaped roll's text, or null when it is not well-formed UTF-8 escaped as {@link #escape} does. */
    private static String unescape(String text) {
        byte[] bytes = new byte[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes[n++] = (byte) (high * 16 + low);
                i += 2;
            } else {
                bytes[n++] = (byte) c;
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}

package papersetter.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte buffer that writes PDF syntax: names, numbers, strings. Numbers are written with
 * at most three decimals, never in exponent form, and always the same way for the same value.
 */
public final class PdfBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private byte[] bytes;
    private int size;

    public PdfBytes(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    public int size() {
        return size;
    }

    public void writeTo(java.io.OutputStream target) throws java.io.IOException {
        target.write(bytes, 0, size);
    }

    public void clear() {
        size = 0;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    public PdfBytes raw(byte[] data) {
        return raw(data, 0, data.length);
    }

    public PdfBytes raw(byte[] data, int from, int length) {
        ensure(length);
        System.arraycopy(data, from, bytes, size, length);
        size += length;
        return this;
    }

    public PdfBytes raw(PdfBytes other) {
        return raw(other.bytes, 0, other.size);
    }

    /** ASCII text, written as it is: operators, keys, names. */
    public PdfBytes ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    public PdfBytes space() {
        ensure(1);
        bytes[size++] = ' ';
        return this;
    }

    public PdfBytes number(long value) {
        return ascii(Long.toString(value));
    }

    /** A real number rounded to three decimals, without trailing zeros ("12.5", "-0.333", "7"). */
    public PdfBytes number(double value) {
        long thousandths = Math.round(value * 1000);
        if (thousandths < 0) {
            ascii("-");
            thousandths = -thousandths;
        }
        number(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            ensure(4);
            bytes[size++] = '.';
            int digits = fraction % 100 == 0 ? 1 : fraction % 10 == 0 ? 2 : 3;
            int divisor = 100;
            for (int d = 0; d < digits; d++) {
                bytes[size++] = (byte) ('0' + fraction / divisor % 10);
                divisor /= 10;
            }
        }
        return this;
    }

    /**
     * One byte inside a literal string, escaped where PDF needs it: the parentheses and backslash,
     * and a carriage return, which a reader would otherwise take for a line end and turn into 10.
     */
    public PdfBytes stringByte(int value) {
        ensure(2);
        if (value == '(' || value == ')' || value == '\\') {
            bytes[size++] = '\\';
        } else if (value == '\r') {
            bytes[size++] = '\\';
            bytes[size++] = 'r';
            return this;
        }
        bytes[size++] = (byte) value;
        return this;
    }

    /** Two bytes as four hex digits: a glyph id in a hex string. */
    public PdfBytes hex4(int value) {
        ensure(4);
        bytes[size++] = HEX[value >> 12 & 15];
        bytes[size++] = HEX[value >> 8 & 15];
        bytes[size++] = HEX[value >> 4 & 15];
        bytes[size++] = HEX[value & 15];
        return this;
    }

    /** A text string for the document information: UTF-16 with a byte-order mark, in hex. */
    public PdfBytes textString(String text) {
        ascii("<FEFF");
        for (int i = 0; i < text.length(); i++) {
            hex4(text.charAt(i));
        }
        return ascii(">");
    }

    /** Bytes as a hex string, for the file's /ID. */
    public PdfBytes hexString(byte[] data) {
        ascii("<");
        ensure(data.length * 2);
        for (byte b : data) {
            bytes[size++] = HEX[b >> 4 & 15];
            bytes[size++] = HEX[b & 15];
        }
        return ascii(">");
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}

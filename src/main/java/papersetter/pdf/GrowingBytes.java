package papersetter.pdf;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growing byte buffer without the locking of ByteArrayOutputStream (or of a BufferedOutputStream
 * before one): a page or a document is written on one thread, in many small pieces.
 */
final class GrowingBytes extends OutputStream {
    private byte[] bytes;
    private int size;

    GrowingBytes(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] data, int offset, int length) {
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
        }
        System.arraycopy(data, offset, bytes, size, length);
        size += length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}

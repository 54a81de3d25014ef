package papersetter.io;

/**
 * A file's first bytes, which say what it is whatever its name: a byte-order mark, a zip (xlsx), a
 * PDF or a picture.
 */
public final class Signature {
    private Signature() {
    }

    /** Whether the bytes start with these, each given as 0 to 255 (or a character). */
    public static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

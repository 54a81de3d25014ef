package papersetter.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** File identifiers that depend on the document alone. */
public final class PdfIds {
    private PdfIds() {
    }

    /**
     * A file's /ID, derived from a name for it: a PDF normally carries a random one, which would
     * make two runs with the same seed differ.
     */
    public static byte[] idFor(String name) {
        try {
            return MessageDigest.getInstance("MD5").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}

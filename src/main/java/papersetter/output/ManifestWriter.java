package papersetter.output;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** Writes {@link Manifest} records as {@code manifest.json}: pretty-printed, fields in record order. */
public final class ManifestWriter {
    private static final JSON WRITER = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT,
            JSON.Feature.WRITE_RECORD_FIELDS_IN_DECLARATION_ORDER);

    private ManifestWriter() {
    }

    public static byte[] write(Manifest manifest) {
        try {
            // Straight to UTF-8 bytes: a thousand sets' manifest is megabytes, and a String of it and a
            // copy with the final newline would be two more.
            byte[] json = WRITER.asBytes(manifest);
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the manifest", e);
        }
    }
}

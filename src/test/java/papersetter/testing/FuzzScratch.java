package papersetter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder a fuzz test writes its inputs into: one per test class, removed when the JVM ends. */
public final class FuzzScratch {
    private FuzzScratch() {
    }

    public static Path folder() {
        try {
            Path folder = Files.createTempDirectory("papersetter-fuzz-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

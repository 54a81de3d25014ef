package papersetter.model;

import java.nio.file.Path;

/** Where a question came from, so that messages can point a trainer at the right row. */
public record SourceRef(Path file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}

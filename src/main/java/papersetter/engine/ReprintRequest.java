package papersetter.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import papersetter.model.BadInputException;

/**
 * A reprint of a recorded run: the questions, their order and option orders exactly as the
 * manifest records them, optionally in another layout, with another header, or only some sets.
 *
 * @param layout a shipped layout's name or a layout file; empty for the recorded layout
 * @param header header lines that replace the recorded ones; a null field keeps the recorded line
 * @param only the sets to print, e.g. B and D; empty for every set
 */
public record ReprintRequest(Path manifest, Path outDir, Optional<String> layout, Header header, List<String> only) {

    /** The header lines a reprint may change; null keeps what the manifest records. */
    public record Header(String title, String course, String institution, String duration, String date) {
        public static final Header AS_RECORDED = new Header(null, null, null, null, null);

        boolean changes() {
            return title != null || course != null || institution != null || duration != null || date != null;
        }
    }

    public ReprintRequest {
        if (manifest == null) {
            throw new BadInputException("Name the manifest.json of the run to reprint.");
        }
        outDir = outDir == null ? Path.of("output") : outDir;
        layout = layout == null ? Optional.empty() : layout;
        header = header == null ? Header.AS_RECORDED : header;
        LinkedHashSet<String> sets = new LinkedHashSet<>();
        for (String given : only == null ? List.<String>of() : only) {
            String letter = given.strip().toUpperCase(Locale.ROOT);
            if (!letter.matches("[A-Z]{1,4}")) {
                throw new BadInputException("--only takes set letters, comma-separated (e.g. --only B,D); '"
                        + given.strip() + "' is not one.");
            }
            sets.add(letter);
        }
        only = List.copyOf(new ArrayList<>(sets));
    }

    public ReprintRequest(Path manifest, Path outDir) {
        this(manifest, outDir, Optional.empty(), Header.AS_RECORDED, List.of());
    }

    /** Whether the reprint looks different from the recorded run (so it is not byte for byte). */
    boolean changesLook() {
        return layout.isPresent() || header.changes();
    }
}

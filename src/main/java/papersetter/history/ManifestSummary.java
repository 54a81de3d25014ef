package papersetter.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;

/**
 * What the record of runs needs from a run folder's manifest, to add a run whose row is missing
 * (the run was killed after its folder was renamed into place, or the database was lost). This
 * reads the manifest through its one reader ({@link ManifestReader}), which checks its shape and size.
 */
final class ManifestSummary {
    private static final Pattern FOLDER_TIME = Pattern.compile(".*-(\\d{8}-\\d{6})-seed-?\\d+(?:-\\d+)?");
    private static final DateTimeFormatter FOLDER_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ManifestSummary() {
    }

    /**
     * The run recorded by {@code manifest}: its folder's name, the time in the folder's name (or
     * the manifest's time, for a folder renamed by hand), the bank, the seed, the spec and each
     * set's question ids; empty if the file is not a manifest papersetter wrote.
     */
    static Optional<HistoryEntry> read(Path manifest) {
        try {
            Manifest run = ManifestReader.read(manifest);
            Map<String, List<String>> ids = new LinkedHashMap<>();
            for (Manifest.SetEntry set : run.sets()) {
                ids.put(set.set(), set.questions().stream().map(Manifest.Item::id).toList());
            }
            String folder = manifest.toAbsolutePath().getParent().getFileName().toString();
            Manifest.Options request = run.request();
            return Optional.of(new HistoryEntry(folder, time(folder, manifest),
                    request.bank() == null ? "" : request.bank(), run.seed(),
                    request.spec() == null ? "" : request.spec(), ids));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a manifest: a folder of someone else's, or a damaged one, is no run
        }
    }

    private static String time(String folder, Path manifest) throws IOException {
        Matcher m = FOLDER_TIME.matcher(folder);
        if (m.matches()) {
            try {
                return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(m.group(1), FOLDER_FORMAT));
            } catch (DateTimeParseException e) {
                // a name that only looks like ours: fall back on the file's time
            }
        }
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.ofInstant(
                Files.getLastModifiedTime(manifest).toInstant(), ZoneId.systemDefault()).withNano(0));
    }
}

package papersetter.history;

import com.fasterxml.jackson.jr.ob.JSON;
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
import papersetter.io.InputFile;

/**
 * What the record of runs needs from a run folder's manifest, to add a run whose row is missing
 * (the run was killed after its folder was renamed into place, or the database was lost). This
 * is the one place the history reads a manifest: when the manifest has a reader of its own,
 * {@link #read} becomes a call to it.
 */
final class ManifestSummary {
    /** A manifest of 5 000 sets is a few tens of MB; more is not a manifest papersetter wrote. */
    static final long LIMIT = 256L << 20;
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
            Map<String, Object> root = JSON.std.mapFrom(InputFile.read(manifest, LIMIT, "a run's manifest"));
            if (root == null || !(root.get("request") instanceof Map<?, ?> request)
                    || !(root.get("seed") instanceof Number seed) || !(root.get("sets") instanceof List<?> sets)) {
                return Optional.empty();
            }
            Map<String, List<String>> ids = new LinkedHashMap<>();
            for (Object raw : sets) {
                if (!(raw instanceof Map<?, ?> set) || !(set.get("set") instanceof String letter)
                        || !(set.get("questions") instanceof List<?> questions)) {
                    return Optional.empty();
                }
                List<String> printed = questions.stream().map(q -> q instanceof Map<?, ?> item ? item.get("id") : null)
                        .map(id -> id instanceof String text ? text : null).toList();
                if (printed.contains(null)) {
                    return Optional.empty();
                }
                ids.put(letter, printed);
            }
            String folder = manifest.toAbsolutePath().getParent().getFileName().toString();
            return Optional.of(new HistoryEntry(folder, time(folder, manifest),
                    request.get("bank") instanceof String bank ? bank : "", seed.longValue(),
                    request.get("spec") instanceof String spec ? spec : "", ids));
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

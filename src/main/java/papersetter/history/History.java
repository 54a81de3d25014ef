package papersetter.history;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import papersetter.model.RunFailure;
import papersetter.select.Usage;

/**
 * The runs made into an output folder and the questions each used, kept in {@link RunDatabase}
 * ({@code papersetter.db} in the output folder). Reading it first brings it up to date with the
 * run folders; a database that is not one (damaged, or some other file) is moved aside and made
 * again from the run folders.
 */
public final class History {
    private History() {
    }

    /** Where the record of runs is kept. */
    public static Path file(Path outDir) {
        return RunDatabase.file(outDir);
    }

    /**
     * Starts loading the record's database library on a thread of its own, so that recording the
     * run at its end need not wait for it; whoever opens the database first waits for the load.
     */
    public static void loadAhead() {
        Thread loader = new Thread(RunDatabase::loadLibrary, "papersetter: record of runs");
        loader.setDaemon(true);
        loader.start();
    }

    /** What {@code papersetter history} shows. */
    public record Summary(int runs, List<HistoryEntry> latest, Map<String, Integer> uses) {
    }

    /**
     * How often each question was used in the output folder's runs, and which the last
     * {@code avoidRecent} runs used (to be left out). An output folder with no runs is left as it is.
     */
    public static Usage usage(Path outDir, int avoidRecent) {
        if (!anythingToRecord(outDir)) {
            return new Usage(Map.of(), Set.of(), "");
        }
        return withDatabase(outDir, "read the record of runs", database -> {
            database.catchUp();
            int runs = Math.min(avoidRecent, database.runs());
            Set<String> avoided = runs == 0 ? Set.of() : database.usedInLatest(runs);
            String because = runs == 0 ? "" : "used in the last " + (runs == 1 ? "run" : runs + " runs")
                    + " (--avoid-recent " + avoidRecent + ")";
            return new Usage(database.uses(), avoided, because);
        });
    }

    /** The latest {@code last} runs, the number of runs and every question's uses. */
    public static Summary summary(Path outDir, int last) {
        if (!anythingToRecord(outDir)) {
            return new Summary(0, List.of(), Map.of());
        }
        return withDatabase(outDir, "read the record of runs", database -> {
            database.catchUp();
            return new Summary(database.runs(), database.latest(Math.max(0, last)), database.uses());
        });
    }

    /**
     * Records a run whose folder is in place. Its papers are written whatever happens here, so a
     * failure is returned in words for the command to print, not thrown: the next run into the
     * folder adds the run from its manifest.
     *
     * @param manifestDigest the SHA-256 of the run's manifest.json, when the caller has it; otherwise
     *     the file is read
     */
    public static Optional<String> record(Path outDir, HistoryEntry entry, Optional<String> manifestDigest) {
        try {
            withDatabase(outDir, "add the run to the record of runs", database -> {
                database.record(entry, manifestDigest);
                return null;
            });
            return Optional.empty();
        } catch (RuntimeException e) {
            String why = e instanceof RunFailure ? e.getMessage() : "Cannot add the run to the record of runs "
                    + file(outDir) + ": " + e.getMessage() + ".";
            return Optional.of(why + " The papers are written; the next run into " + outDir
                    + " adds this one from its folder.");
        }
    }

    /**
     * Records a marking whose {@code marks/} folder is in place. As with a run, a failure is returned
     * in words for the command to print: the marks are written whatever happens here.
     */
    public static Optional<String> recordMarking(Path outDir, MarkingEntry entry) {
        try {
            withDatabase(outDir, "add the marking to the record of runs", database -> {
                database.recordMarking(entry);
                return null;
            });
            return Optional.empty();
        } catch (RuntimeException e) {
            String why = e instanceof RunFailure ? e.getMessage() : "Cannot add the marking to the record of runs "
                    + file(outDir) + ": " + e.getMessage() + ".";
            return Optional.of(why + " The marks are written; mark again to record them.");
        }
    }

    /** How a question did in every marking recorded in the output folder, oldest first. */
    public static List<MarkingEntry.ItemHistory> itemHistory(Path outDir, String question) {
        if (!Files.exists(file(outDir))) {
            return List.of();
        }
        return withDatabase(outDir, "read the record of runs", database -> database.itemHistory(question));
    }

    private interface Use<T> {
        T apply(RunDatabase database) throws SQLException;
    }

    private static <T> T withDatabase(Path outDir, String action, Use<T> use) {
        Path file = file(outDir);
        if (Files.isDirectory(file)) {
            throw new RunFailure("Cannot " + action + " " + file + ": a folder is in the way where this file should be."
                    + " Move the folder, or choose another output folder with --out.", null);
        }
        boolean existed = Files.exists(file);
        try {
            return once(outDir, use);
        } catch (SQLException e) {
            if (!damaged(e)) {
                throw failure(action, file, e);
            }
        } catch (RuntimeException e) {
            if (!existed) {
                forget(file); // a refused old history leaves the output folder as it was
            }
            throw e;
        }
        // Not a database, or a damaged one: the run folders hold everything it held, so it is made again.
        Path aside = file.resolveSibling(RunDatabase.FILE + ".damaged-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(file.resolveSibling(RunDatabase.FILE + "-journal"));
            return once(outDir, use);
        } catch (IOException | SQLException e) {
            throw failure(action, file, e);
        }
    }

    private static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(RunDatabase.FILE + "-journal"));
        } catch (IOException e) {
            // an empty database left behind is made use of by the next run
        }
    }

    private static <T> T once(Path outDir, Use<T> use) throws SQLException {
        try (RunDatabase database = RunDatabase.open(outDir)) {
            return use.apply(database);
        }
    }

    private static boolean damaged(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT");
    }

    /** Whether there is a record, an older history or a run folder: otherwise nothing is made. */
    private static boolean anythingToRecord(Path outDir) {
        if (Files.exists(file(outDir)) || Files.exists(outDir.resolve(RunDatabase.OLD_HISTORY))) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(outDir)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().startsWith(".") && Files.isRegularFile(entry.resolve("manifest.json"))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false; // no output folder yet: making the run folder reports any problem with it
        }
    }

    /** The folder, the file and the reason, in words; then what to do. */
    private static RunFailure failure(String action, Path file, Exception e) {
        String message = String.valueOf(e.getMessage());
        String why;
        Path folder = file.toAbsolutePath().getParent();
        if (message.contains("SQLITE_FULL") || message.contains("No space left")) {
            why = "the disk is full";
        } else if (message.contains("SQLITE_READONLY") || message.contains("SQLITE_CANTOPEN")
                || message.contains("SQLITE_PERM") || folder != null && !Files.isWritable(folder)) {
            why = "permission denied (" + (Files.exists(file) && !Files.isWritable(file) ? "the file" : "the folder "
                    + folder) + " may not be written)";
        } else if (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")) {
            why = "another papersetter kept it busy for more than 10 seconds";
        } else {
            why = message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        }
        return new RunFailure("Cannot " + action + " " + file + ": " + why + ".", e);
    }
}

package papersetter.marking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import papersetter.model.RunFailure;

/**
 * Writes {@code RUN/marks/} whole or not at all: the files go into a hidden folder beside it, which
 * is renamed into place. An earlier marking is replaced (marking again after a corrected key or
 * responses is the normal case): it is moved aside first and removed only once the new one is in place.
 */
final class MarksFolder {
    static final String NAME = "marks";
    private static final String TEMP_PREFIX = ".marks-tmp-";
    private static final String OLD_PREFIX = ".marks-old-";

    private MarksFolder() {
    }

    static Path write(Path run, Map<String, byte[]> files) {
        Path target = run.resolve(NAME);
        Path temp = null;
        try {
            removeLeftovers(run);
            temp = Files.createTempDirectory(run, TEMP_PREFIX);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(temp.resolve(file.getKey()), file.getValue());
            }
            Path old = null;
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                old = run.resolve(OLD_PREFIX + ProcessHandle.current().pid());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // the earlier marking stays
                }
                throw e;
            }
            temp = null;
            if (old != null) {
                delete(old);
            }
            return target;
        } catch (IOException e) {
            if (temp != null) {
                delete(temp);
            }
            String why = String.valueOf(e.getMessage()).contains("No space left") ? "the disk is full"
                    : e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage();
            throw new RunFailure("Cannot write " + target + ": " + why + ". Nothing was written; an earlier marking"
                    + " is kept as it was.", e);
        }
    }

    /**
     * Hidden folders of a marking killed half-way. One killed between moving the earlier marking
     * aside and moving its own into place left no {@code marks/}: the earlier marking is put back.
     */
    private static void removeLeftovers(Path run) throws IOException {
        List<Path> old;
        try (Stream<Path> entries = Files.list(run)) {
            old = entries.filter(p -> p.getFileName().toString().startsWith(OLD_PREFIX)).toList();
        }
        Path target = run.resolve(NAME);
        if (!old.isEmpty() && !Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.move(old.get(0), target, StandardCopyOption.ATOMIC_MOVE);
        }
        try (Stream<Path> entries = Files.list(run)) {
            entries.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)
                    || p.getFileName().toString().startsWith(OLD_PREFIX)).forEach(MarksFolder::delete);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // left for the next marking to remove
                }
            });
        } catch (IOException e) {
            // left for the next marking to remove
        }
    }
}

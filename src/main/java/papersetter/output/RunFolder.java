package papersetter.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import papersetter.model.RunFailure;

/**
 * A run's folder appears whole or not at all: files are written into a hidden temporary folder
 * beside the target and the folder is renamed into place at the end. An earlier run is never
 * overwritten; a second run with the same name gets "-2", "-3", … appended.
 */
public final class RunFolder implements AutoCloseable {
    static final String TEMP_PREFIX = ".papersetter-tmp-";

    private final Path parent;
    private final String name;
    private final Path temp;
    private Path committed;

    private RunFolder(Path parent, String name, Path temp) {
        this.parent = parent;
        this.name = name;
        this.temp = temp;
    }

    public static RunFolder create(Path parent, String name) {
        try {
            Files.createDirectories(parent);
            removeAbandoned(parent);
            long pid = ProcessHandle.current().pid();
            Path temp = Files.createTempDirectory(parent, TEMP_PREFIX + pid + "-");
            return new RunFolder(parent, name, temp);
        } catch (IOException e) {
            throw failure("create the output folder " + parent, e);
        }
    }

    public Path write(String fileName, byte[] bytes) {
        Path file = temp.resolve(fileName);
        try {
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw failure("write " + parent.resolve(name).resolve(fileName), e);
        }
    }

    /** Where files are being written until {@link #commit()}. */
    public Path workingFolder() {
        return temp;
    }

    /** Renames the finished folder into place and returns where it ended up. */
    public Path commit() {
        for (int attempt = 1; ; attempt++) {
            Path target = parent.resolve(attempt == 1 ? name : name + "-" + attempt);
            if (Files.exists(target)) {
                continue;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                committed = target;
                return target;
            } catch (FileAlreadyExistsException e) {
                // another run took the name between our check and the move: try the next one
            } catch (FileSystemException e) {
                if (Files.exists(target)) {
                    continue;
                }
                throw failure("move the finished run into " + target, e);
            } catch (IOException e) {
                throw failure("move the finished run into " + target, e);
            }
        }
    }

    /** Removes the temporary folder if the run did not finish. */
    @Override
    public void close() {
        if (committed == null) {
            deleteTree(temp);
        }
    }

    /**
     * A run that was killed leaves its temporary folder behind; the next run removes it, but only
     * once the process that made it has ended, so two runs side by side do not disturb each other.
     */
    static void removeAbandoned(Path parent) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, TEMP_PREFIX + "*")) {
            for (Path entry : entries) {
                String rest = entry.getFileName().toString().substring(TEMP_PREFIX.length());
                int dash = rest.indexOf('-');
                long pid = -1;
                try {
                    pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                } catch (NumberFormatException e) {
                    // not one of ours after all; leave it alone
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                deleteTree(entry);
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort: a leftover is removed by the next run
                }
            });
        } catch (IOException ignored) {
            // best effort, as above
        }
    }

    private static RunFailure failure(String action, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e.getMessage() != null && e.getMessage().contains("No space left")) {
            why = "the disk is full";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            why = "a folder on the way does not exist";
        } else if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            why = fse.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new RunFailure("Cannot " + action + ": " + why
                + ". Nothing was written; choose another folder with --out or free some space.", e);
    }
}

package papersetter.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
    /**
     * Writers share it; giving up the folder (closing without a commit, or the process being told
     * to stop) takes it alone, so no file is made in the folder after it was removed: a set's
     * thread still writing when another failed (a full disk) left a hidden folder with an empty PDF.
     */
    private final ReentrantReadWriteLock use = new ReentrantReadWriteLock();
    private final Thread onExit;
    /**
     * Puts each file on disk as soon as it is written, on a thread of its own, so that a run's last
     * step does not wait for all of them at once: most of that wait is the disk's, and it passes
     * while the next sets are drawn. The 2 000 files of 1 000 sets took 0.65 s to put on disk at
     * the end of the run; now only the last few are left for then.
     */
    private final ExecutorService toDisk = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "papersetter: files to disk");
        thread.setDaemon(true);
        return thread;
    });
    /** The files {@link #toDisk} has put on disk. */
    private final Set<Path> onDisk = ConcurrentHashMap.newKeySet();
    /** The first failure to put a file on disk, reported when the run commits. */
    private volatile IOException diskFailure;
    private Path committed;
    private volatile boolean abandoned;

    private RunFolder(Path parent, String name, Path temp) {
        this.parent = parent;
        this.name = name;
        this.temp = temp;
        // SIGTERM or Ctrl-C: remove the unfinished folder now rather than leave it, perhaps 1 GB, until
        // the next run (SIGKILL and power cuts still leave it, for the next run to remove).
        this.onExit = new Thread(this::abandon, "papersetter: remove unfinished run folder");
        Runtime.getRuntime().addShutdownHook(onExit);
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
        use.readLock().lock();
        try (FileChannel channel = openUnlessAbandoned(file)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            toDisk.execute(() -> putOnDisk(file));
            return file;
        } catch (IOException e) {
            throw failure("write " + parent.resolve(name).resolve(fileName), e);
        } finally {
            use.readLock().unlock();
        }
    }

    private FileChannel openUnlessAbandoned(Path file) throws IOException {
        if (abandoned) {
            throw new IOException("the run is stopping");
        }
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    /** Where files are being written until {@link #commit()}. */
    public Path workingFolder() {
        return temp;
    }

    /** Renames the finished folder into place and returns where it ended up. */
    public Path commit() {
        use.writeLock().lock();
        try {
            if (abandoned) {
                throw new RunFailure("The run was stopped before it finished; nothing was written.", null);
            }
            return moveIntoPlace();
        } finally {
            use.writeLock().unlock();
        }
    }

    private Path moveIntoPlace() {
        forceToDisk();
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

    /** One written file on disk; run by {@link #toDisk}. A file of a run given up is let be. */
    private void putOnDisk(Path file) {
        if (abandoned || diskFailure != null) {
            return;
        }
        try {
            force(file);
            onDisk.add(file);
        } catch (IOException e) {
            if (!abandoned) {
                diskFailure = e;
            }
        }
    }

    /**
     * Every file on disk before the folder is renamed into place, so a power cut cannot leave a
     * finished-looking run folder holding empty files: those {@link #write} handed to
     * {@link #toDisk} once it has done them, then any written otherwise (the print file).
     */
    private void forceToDisk() {
        toDisk.shutdown();
        try {
            while (!toDisk.awaitTermination(1, TimeUnit.MINUTES)) {
                // a slow disk: keep waiting, the files must be on it before the folder is in place
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailure("The run was stopped before it finished; nothing was written.", e);
        }
        if (diskFailure != null) {
            throw failure("write the run to disk in " + temp, diskFailure);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(temp)) {
            for (Path file : files) {
                if (onDisk.contains(file)) {
                    continue;
                }
                force(file);
            }
        } catch (IOException e) {
            throw failure("write the run to disk in " + temp, e);
        }
    }

    /** Puts one file's bytes on disk; opened to write but never to create, so a file gone is not made again. */
    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Removes the temporary folder if the run did not finish. */
    @Override
    public void close() {
        abandon();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // the process is already stopping: the hook is running or has run
        }
    }

    /** Removes the folder unless it was committed, once no writer is inside it, and lets no writer in again. */
    private void abandon() {
        use.writeLock().lock();
        try {
            toDisk.shutdownNow();
            if (committed == null) {
                abandoned = true;
                deleteTree(temp);
            }
        } finally {
            use.writeLock().unlock();
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
                long pid;
                try {
                    pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue; // not one of ours after all; leave it alone
                }
                if (!ownerAlive(pid, entry)) {
                    deleteTree(entry);
                }
            }
        }
    }

    /**
     * Whether the run that made {@code folder} may still be writing it. Process ids are reused, so
     * a live process that started after the folder was last written to cannot be its owner.
     */
    private static boolean ownerAlive(long pid, Path folder) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        try {
            Instant written = Files.getLastModifiedTime(folder).toInstant();
            // A second's grace: the two clocks are read with different precision.
            return started.isEmpty() || !started.get().isAfter(written.plusSeconds(1));
        } catch (IOException e) {
            return true; // cannot tell, so leave it
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

    /** The nearest of {@code path} and its parents that exists but is not a folder; {@code path} when none is. */
    private static Path fileInTheWay(Path path) {
        for (Path at = path; at != null; at = at.getParent()) {
            if (Files.exists(at) && !Files.isDirectory(at)) {
                return at;
            }
        }
        return path;
    }

    /** An I/O failure as a trainer can act on it: what could not be done, why, and what to do. */
    static RunFailure failure(String action, IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : "";
        String message = e.getMessage() == null ? "" : e.getMessage();
        String why;
        String fix;
        if (reason.contains("No space left") || message.contains("No space left")
                || reason.contains("quota") || message.contains("quota")) {
            why = "the disk is full";
            fix = "free some space, or choose a folder on another disk with --out";
        } else if (e instanceof AccessDeniedException || reason.contains("Permission denied")
                || reason.contains("Operation not permitted")) {
            why = "permission denied";
            fix = "choose a folder you can write to with --out";
        } else if (reason.contains("Read-only file system") || message.contains("Read-only file system")) {
            why = "the disk is read-only";
            fix = "choose a folder on another disk with --out";
        } else if (e instanceof FileAlreadyExistsException || reason.contains("Not a directory")) {
            why = "a file is in the way where a folder should be"
                    + (e instanceof FileSystemException fse && fse.getFile() != null
                            ? " (" + fileInTheWay(Path.of(fse.getFile())) + ")" : "");
            fix = "choose another folder with --out, or move that file";
        } else if (e instanceof NoSuchFileException) {
            why = "a folder on the way does not exist";
            fix = "check the path given with --out";
        } else {
            why = !reason.isEmpty() ? reason : !message.isEmpty() ? message : e.getClass().getSimpleName();
            fix = "choose another folder with --out";
        }
        return new RunFailure("Cannot " + action + ": " + why + ". Nothing was written; " + fix + ".", e);
    }
}

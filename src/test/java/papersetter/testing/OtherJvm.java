package papersetter.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** For tests that start the real command in a JVM of its own, to kill or stop it, or to compare its bytes. */
public final class OtherJvm {
    /** How a run's hidden temporary folder is named (output/RunFolder). */
    public static final String TEMP_PREFIX = ".papersetter-tmp-";

    private OtherJvm() {
    }

    /** The java command this test JVM was started with, so the child runs on the same Java. */
    public static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }

    /**
     * Starts, in a JVM of its own, a run long enough to be stopped half-way: 52 sets of 100 Django
     * questions into {@code out}, its output in {@code log}.
     */
    public static Process startBigBatch(Path out, Path log) throws IOException {
        return new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                "papersetter.cli.Main", "generate", "--bank", "bank/django", "--count", "100", "--sets", "52",
                "--seed", "7", "--out", out.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /**
     * Waits until the run has written at least two files into its temporary folder in {@code out};
     * returns how many it had.
     */
    public static int waitUntilWriting(Process run, Path log, Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!run.isAlive()) {
                fail("the run ended before it could be stopped (exit " + run.exitValue() + "):\n" + Files.readString(log));
            }
            for (Path temp : temporary(out)) {
                int files = fileCount(temp);
                if (files >= 2) {
                    return files;
                }
            }
            Thread.sleep(5);
        }
        fail("the run did not start writing within 30 s:\n" + Files.readString(log));
        return 0;
    }

    /** The hidden temporary folders of runs in {@code folder}. */
    public static List<Path> temporary(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList();
        }
    }

    private static int fileCount(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return (int) entries.count();
        } catch (IOException e) {
            return 0; // the folder is being renamed or removed at this moment
        }
    }
}

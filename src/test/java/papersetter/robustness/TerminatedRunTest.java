package papersetter.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command, in its own JVM, told to stop (SIGTERM, as by {@code kill} or a closing
 * terminal) while it writes a 52-set batch: it removes its own temporary folder on the way out,
 * rather than leave it (1.3 GB on a big batch) for the next run to find. {@link KillMidRunTest}
 * covers SIGKILL, which no process can clean up after.
 */
class TerminatedRunTest {
    private static final String TEMP_PREFIX = ".papersetter-tmp-";

    @TempDir
    Path out;
    @TempDir
    Path scratch;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRunToldToStopMidBatchLeavesNothingBehind() throws Exception {
        Path log = scratch.resolve("terminated-run.log");
        Process run = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                "papersetter.cli.Main", "generate", "--bank", "bank/django", "--count", "100", "--sets", "52",
                "--seed", "7", "--out", out.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            int filesWhenStopped = waitUntilWriting(run, log);
            run.destroy(); // SIGTERM: shutdown hooks run
            assertThat(run.waitFor(20, TimeUnit.SECONDS)).as("the run stopped").isTrue();
            assertThat(filesWhenStopped).as("stopped mid-batch, not after it").isBetween(2, 52 * 2);
        } finally {
            run.destroyForcibly();
        }
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList())
                    .as("no run folder and no temporary folder: " + Files.readString(log)).isEmpty();
        }
    }

    private int waitUntilWriting(Process run, Path log) throws Exception {
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

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }

    private static List<Path> temporary(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList();
        }
    }

    private static int fileCount(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return (int) entries.count();
        } catch (IOException e) {
            return 0;
        }
    }
}

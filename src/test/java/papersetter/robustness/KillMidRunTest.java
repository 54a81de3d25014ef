package papersetter.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;
import papersetter.testing.OtherJvm;

/**
 * The real command, in its own JVM, killed (SIGKILL: no shutdown hooks, no finally blocks) while it
 * is writing a 52-set batch: no run folder may appear, and the next run removes the temporary
 * folder the killed one left behind.
 */
class KillMidRunTest {

    @TempDir
    Path out;
    @TempDir
    Path scratch;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRunKilledMidBatchLeavesNoRunFolderAndTheNextRunClearsUpAfterIt() throws Exception {
        Path log = scratch.resolve("killed-run.log");
        Process run = OtherJvm.startBigBatch(out, log);
        try {
            int filesWhenKilled = OtherJvm.waitUntilWriting(run, log, out);
            run.destroyForcibly();
            assertThat(run.waitFor(10, TimeUnit.SECONDS)).as("the killed run ended").isTrue();
            assertThat(filesWhenKilled).as("killed mid-batch, not after it").isBetween(2, 52 * 2);
        } finally {
            run.destroyForcibly();
        }

        assertThat(visible(out)).as("no run folder, not even a partial one").isEmpty();
        assertThat(OtherJvm.temporary(out)).as("what the kill left: its temporary folder").hasSize(1);

        Cli next = Cli.run("generate", "--bank", "src/test/resources/robustness/small.csv", "--count", "1",
                "--sets", "1", "--seed", "1", "--out", out.toString());
        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(OtherJvm.temporary(out)).as("the next run removed the leftover").isEmpty();
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .singleElement().asString().startsWith("small-");
        }
    }

    /** Waits until the run's temporary folder holds its first set's files; returns how many files it holds. */

    private static List<String> visible(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")).toList();
        }
    }
}

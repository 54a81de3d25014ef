package papersetter.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.OtherJvm;

/**
 * The real command, in its own JVM, told to stop (SIGTERM, as by {@code kill} or a closing
 * terminal) while it writes a 52-set batch: it removes its own temporary folder on the way out,
 * rather than leave it (1.3 GB on a big batch) for the next run to find. {@link KillMidRunTest}
 * covers SIGKILL, which no process can clean up after.
 */
class TerminatedRunTest {

    @TempDir
    Path out;
    @TempDir
    Path scratch;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRunToldToStopMidBatchLeavesNothingBehind() throws Exception {
        Path log = scratch.resolve("terminated-run.log");
        Process run = OtherJvm.startBigBatch(out, log);
        try {
            int filesWhenStopped = OtherJvm.waitUntilWriting(run, log, out);
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
}

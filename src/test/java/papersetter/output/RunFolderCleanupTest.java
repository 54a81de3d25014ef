package papersetter.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import papersetter.model.RunFailure;

/**
 * A run that fails while other threads are still writing its sets (a full disk) gives up its
 * folder once: no writer makes a file in it after it was removed, so no hidden folder with an
 * empty PDF is left behind.
 */
class RunFolderCleanupTest {
    @TempDir
    Path out;

    @RepeatedTest(5)
    void writersStillAtWorkWhenTheRunGivesUpLeaveNothingBehind() throws Exception {
        RunFolder folder = RunFolder.create(out, "run");
        CountDownLatch started = new CountDownLatch(4);
        AtomicInteger refused = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread writer = new Thread(() -> {
                started.countDown();
                for (int i = 0; i < 2_000; i++) {
                    try {
                        folder.write("paper-" + thread + "-" + i + ".pdf", new byte[4096]);
                    } catch (RunFailure e) {
                        refused.incrementAndGet();
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        started.await();
        Thread.sleep(5);
        folder.close(); // what the failing thread's try-with-resources does
        for (Thread writer : writers) {
            writer.join();
        }
        assertThat(refused.get()).as("writers after the folder was given up are refused").isPositive();
        try (var entries = Files.list(out)) {
            assertThat(entries.toList()).as("nothing left in the output folder").isEmpty();
        }
    }
}

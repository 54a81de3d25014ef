package papersetter.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import papersetter.output.Manifest;

/**
 * Reads a class's scanned answer sheets into responses: the one door of this package. The scans
 * are a PDF, a picture (PNG, JPEG, TIFF) or a folder of them; the run's manifest says what its
 * sheets look like.
 */
public final class Scans {
    private Scans() {
    }

    /** How many pages there will be is known only as they are read: told the count so far. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void start() {
            }

            @Override
            public void read(int pages) {
            }

            @Override
            public void finish() {
            }
        };

        void start();

        void read(int pages);

        void finish();
    }

    /**
     * @throws papersetter.model.BadInputException when the run printed no sheets, or a scan file is
     *     missing, not a scan, damaged or too big (every such file said)
     */
    public static ScanOutcome read(Path run, Manifest manifest, Path scans, Progress progress) {
        RunSheets sheets = new RunSheets(manifest, run.toString());
        List<String> notes = new ArrayList<>();
        List<ScanFiles.ScanFile> files = ScanFiles.list(scans, notes);
        progress.start();
        List<PageResult> pages;
        try {
            IntConsumer told = progress::read;
            pages = ScanReading.read(files, sheets, told);
        } finally {
            progress.finish();
        }
        int questions = manifest.sets().stream().mapToInt(set -> set.questions().size()).max().orElse(0);
        String name = run.toAbsolutePath().normalize().getFileName().toString();
        ScanOutcome outcome = ScanResponses.assemble(pages, questions, name);
        notes.addAll(outcome.notes());
        return new ScanOutcome(outcome.responses(), outcome.review(), outcome.pages(), outcome.students(),
                outcome.doubts(), outcome.problems(), notes);
    }
}

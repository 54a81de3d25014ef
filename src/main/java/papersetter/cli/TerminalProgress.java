package papersetter.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import papersetter.engine.Progress;

/**
 * A progress bar on standard error for long batches, only when a person is at a terminal: a
 * script or a log gets no control characters.
 */
final class TerminalProgress implements Progress {
    /** Below this many sets a run is over before a bar would help. */
    private static final int WORTH_A_BAR = 20;

    private ProgressBar bar;

    /** A bar for reading scans, whose count of pages is known only once they are all read. */
    static papersetter.scan.Scans.Progress forScans() {
        if (System.console() == null) {
            return papersetter.scan.Scans.Progress.NONE;
        }
        return new papersetter.scan.Scans.Progress() {
            private ProgressBar bar;

            @Override
            public void start() {
                bar = new ProgressBarBuilder().setTaskName("Reading scans").setInitialMax(-1).setUnit(" pages", 1)
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().build();
            }

            @Override
            public void read(int pages) {
                if (bar != null) {
                    bar.stepTo(pages);
                }
            }

            @Override
            public void finish() {
                if (bar != null) {
                    bar.close();
                    bar = null;
                }
            }
        };
    }

    static Progress forThisTerminal() {
        return System.console() != null ? new TerminalProgress() : Progress.NONE;
    }

    @Override
    public void start(int sets) {
        if (sets >= WORTH_A_BAR) {
            bar = new ProgressBarBuilder().setTaskName("Rendering").setInitialMax(sets).setUnit(" sets", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().build();
        }
    }

    @Override
    public void setDone() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}

package papersetter.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import papersetter.model.Paper;
import papersetter.pdf.DrawnDocument;
import papersetter.render.KeyRenderer;
import papersetter.render.PaperRenderer;

/**
 * Renders every set's paper and key on all cores, and hands them back in set order. The output
 * does not depend on which thread renders what (each document's bytes come from its own content
 * and name alone), and only a few sets are in memory at a time, however many there are.
 */
final class SetRenderer {
    /** One set's two documents: the drawn paper (for the print file) and both files. */
    record Rendered(DrawnDocument paperDocument, byte[] paper, byte[] key) {
    }

    /** Takes a set's documents in set order, on the thread that called {@link #renderAll}. */
    interface Sink {
        void accept(Paper paper, Rendered rendered);
    }

    /** Takes a set's documents as soon as they are rendered, on the rendering thread (to write them out). */
    interface Store {
        void accept(Paper paper, Rendered rendered);
    }

    private SetRenderer() {
    }

    /**
     * @param store called on the rendering thread, so that writing a set's files is shared out as
     *     its rendering is; the sink then sees the sets in order (the print file needs them so)
     */
    static void renderAll(List<Paper> papers, PaperRenderer paperRenderer, KeyRenderer keyRenderer, Store store,
            Sink sink) {
        int threads = Math.min(threads(), papers.size());
        if (threads <= 1) {
            for (Paper paper : papers) {
                sink.accept(paper, render(paper, paperRenderer, keyRenderer, store));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "papersetter-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // Enough sets in flight that the renderers rarely wait for the thread taking them in order.
            int window = threads * 4;
            Deque<Future<Rendered>> pending = new ArrayDeque<>();
            int next = 0;
            for (Paper paper : papers) {
                while (pending.size() >= window) {
                    sink.accept(papers.get(next++), Threads.get(pending.removeFirst()));
                }
                pending.addLast(pool.submit(() -> render(paper, paperRenderer, keyRenderer, store)));
            }
            while (!pending.isEmpty()) {
                sink.accept(papers.get(next++), Threads.get(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Rendered render(Paper paper, PaperRenderer paperRenderer, KeyRenderer keyRenderer, Store store) {
        DrawnDocument document = paperRenderer.render(paper);
        Rendered rendered = new Rendered(document, document.toPdf(), keyRenderer.render(paper).toPdf());
        store.accept(paper, rendered);
        return rendered;
    }

    /** All cores, unless -Dpapersetter.threads=N says otherwise (tests compare 1 thread with many). */
    static int threads() {
        String given = System.getProperty("papersetter.threads");
        if (given != null && given.matches("[1-9][0-9]?")) {
            return Integer.parseInt(given);
        }
        return Runtime.getRuntime().availableProcessors();
    }
}

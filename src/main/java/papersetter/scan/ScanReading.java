package papersetter.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import papersetter.model.BadInputException;

/**
 * Reads every page of the scans: one thread goes through the files and hands pages on undecoded
 * through a short queue; a worker per core decodes, locates and reads each page, so memory holds a
 * few pages whatever the number of pages. A file that cannot be decoded stops the marking, every
 * such file said; a page that is not a readable sheet of this run is kept as a problem to review.
 */
final class ScanReading {
    private static final ScanPage END = new ScanPage(-1, "", () -> null);

    private ScanReading() {
    }

    /**
     * @param progress told each time a page is read, with the count so far
     * @return one result per page, in the order of the scans
     */
    static List<PageResult> read(List<ScanFiles.ScanFile> files, Sheets sheets, IntConsumer progress) {
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        BlockingQueue<ScanPage> queue = new ArrayBlockingQueue<>(workers * 2);
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "scan-reader");
            thread.setDaemon(true);
            return thread;
        });
        List<PageResult> results = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        int[] done = {0};
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            running.add(pool.submit(() -> {
                while (true) {
                    ScanPage page = queue.take();
                    if (page == END) {
                        return null;
                    }
                    PageResult result;
                    try {
                        result = readPage(page, sheets);
                    } catch (ScanPage.Unreadable e) {
                        synchronized (unreadable) {
                            unreadable.add(e.getMessage());
                        }
                        continue;
                    } catch (RuntimeException e) {
                        // A decoder's own failure on a hostile file: said for this file, and the others go on.
                        synchronized (unreadable) {
                            unreadable.add(page.where() + ": cannot be read (" + e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ") — the file is"
                                    + " damaged; scan the sheets again.");
                        }
                        continue;
                    }
                    synchronized (results) {
                        results.add(result);
                        progress.accept(++done[0]);
                    }
                }
            }));
        }
        try {
            try {
                ScanPages.each(files, queue::put);
            } catch (ScanPage.Unreadable e) {
                synchronized (unreadable) {
                    unreadable.add(e.getMessage());
                }
            } finally {
                for (int w = 0; w < workers; w++) {
                    queue.put(END);
                }
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the scans", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        if (!unreadable.isEmpty()) {
            List<String> sorted = unreadable.stream().sorted().toList();
            throw new BadInputException((sorted.size() == 1 ? "A scan cannot be read" : sorted.size()
                    + " scans cannot be read") + "; nothing was marked:\n  " + String.join("\n  ",
                            sorted.subList(0, Math.min(10, sorted.size()))) + (sorted.size() > 10 ? "\n  … and "
                                    + (sorted.size() - 10) + " more" : ""));
        }
        results.sort(Comparator.comparingInt(PageResult::number));
        return results;
    }

    static PageResult readPage(ScanPage page, Sheets sheets) throws ScanPage.Unreadable {
        GreyImage image = page.decoder().decode();
        Located located;
        try {
            located = PageLocator.locate(image, sheets.frame());
        } catch (PageLocator.NotFound e) {
            return PageResult.failed(page, e.getMessage(), Crop.thumbnail(image));
        }
        Sheets.Identity identity;
        try {
            identity = sheets.identify(located.code());
        } catch (Sheets.NotOurs e) {
            return PageResult.failed(page, e.getMessage(), Crop.thumbnail(image));
        }
        List<SheetRow> rows = new ArrayList<>(identity.rollRows());
        rows.addAll(identity.rows());
        List<RowReading> readings = SheetReader.read(image, located, rows);
        List<Crop> crops = new ArrayList<>();
        int digits = identity.rollRows().size();
        // A roll grid with a doubtful or empty digit is shown whole: the roll is typed from it.
        if (readings.subList(0, digits).stream().anyMatch(r -> r.doubtful() || r.value().isEmpty())) {
            crops.add(cut("roll", image, located, identity.rollRows()));
        }
        for (RowReading reading : readings.subList(digits, readings.size())) {
            if (reading.doubtful()) {
                crops.add(cut(reading.row().key(), image, located, List.of(reading.row())));
            }
        }
        return new PageResult(page.number(), page.where(), identity, null, readings, crops);
    }

    /** The rows' spots with room around them, and to the left for the printed number. */
    private static Crop cut(String key, GreyImage image, Located located, List<SheetRow> rows) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (SheetRow row : rows) {
            for (Spot spot : row.spots()) {
                minX = Math.min(minX, spot.x() - spot.radius());
                maxX = Math.max(maxX, spot.x() + spot.radius());
                minY = Math.min(minY, spot.y() - spot.radius());
                maxY = Math.max(maxY, spot.y() + spot.radius());
            }
        }
        float pad = 6;
        float left = Math.max(0, minX - pad - (rows.size() == 1 ? 24 : 0));
        // Above a roll grid stand the boxes the student wrote the digits in: the review shows them too.
        float top = Math.max(0, minY - pad - (key.equals("roll") ? 18 : 0));
        return Crop.of(key, image, located.toScan(), left, top, maxX + pad - left, maxY + pad - top);
    }
}

package papersetter.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import papersetter.cli.Main;
import papersetter.sheet.SheetCode;

/**
 * The scan reader's benchmark, run by {@code bench/run} through the test classpath:
 *
 * <pre>
 *   accuracy FOLDER SHEETS   simulate SHEETS scans of real sheets (150/200/300 dpi, pen and pencil,
 *                            stray dots, erased, crossed out, half marks; turned ±3° or half round,
 *                            scaled ±3 %, shifted, blurred, noisy, JPEG 40, 1-bit) and print how
 *                            they were read
 *   doubts FOLDER SHEETS     write a run and SHEETS damaged scans with doubtful marks (FOLDER/scans),
 *                            to look at a review.pdf
 *   class FOLDER PAGES       write a run with answer sheets and a PAGES-page 200 dpi scanned PDF
 *                            of its class (FOLDER/run, FOLDER/class.pdf), for timing mark --scans
 * </pre>
 */
public final class ScanBench {
    private ScanBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        Path run = generate(folder, args[0].equals("class") ? 30 : 40);
        if (args[0].equals("doubts")) {
            // Sheets filled with doubtful marks too, as PNG files, for a look at review.pdf.
            SimulatedClass.Printed printed = new SimulatedClass.Printed(run);
            RunSheets sheets = new RunSheets(printed.manifest(), run.toString());
            Path scans = Files.createDirectories(folder.resolve("scans"));
            for (int i = 0; i < count; i++) {
                Random random = new Random(i);
                String set = i % 2 == 0 ? "A" : "B";
                Sheets.Identity id = sheets.identify(new SheetCode(printed.manifest().sheets().run(), set, 1, 1, null)
                        .encode());
                List<SheetRow> rows = new ArrayList<>(id.rollRows());
                rows.addAll(id.rows());
                FilledSheet filled = FilledSheet.fill(printed.page(set, 1, 1, null, 200), 200, rows, null, true, random);
                javax.imageio.ImageIO.write(ScanSimulator.scan(filled.image(), ScanSimulator.Damage.random(random),
                        random), "png", scans.resolve("scan" + (i + 1) + ".png").toFile());
            }
            System.out.println(run);
            return;
        }
        if (args[0].equals("class")) {
            SimulatedClass.Printed printed = new SimulatedClass.Printed(run);
            Random random = new Random(7);
            List<SimulatedClass.Pupil> pupils = SimulatedClass.pupils(run, printed.manifest(), count, random);
            SimulatedClass.scanToPdf(printed, pupils, 200, false, random, folder.resolve("class.pdf"));
            System.out.println(run);
            return;
        }
        accuracy(run, count);
    }

    private static Path generate(Path folder, int questions) throws IOException {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"generate", "--count", String.valueOf(questions), "--sets", "2", "--seed", "9",
            "--answer-sheets", "--out", folder.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException(err.toString());
        }
        try (var runs = Files.list(folder)) {
            return runs.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
    }

    /** Counts, summed over every sheet read. */
    private static final class Tally {
        long sheets;
        long wrongSheet;
        long unread;
        long clearBubbles;
        long clearRight;
        long clearMisread;
        long clearFlagged;
        long doubtfulBubbles;
        long doubtfulFlagged;
        long clearRows;
        long clearRowsRight;
        long doubtfulRows;
        long doubtfulRowsFlagged;
        final List<String> examples = new ArrayList<>();

        synchronized void add(Tally other) {
            sheets += other.sheets;
            wrongSheet += other.wrongSheet;
            unread += other.unread;
            clearBubbles += other.clearBubbles;
            clearRight += other.clearRight;
            clearMisread += other.clearMisread;
            clearFlagged += other.clearFlagged;
            doubtfulBubbles += other.doubtfulBubbles;
            doubtfulFlagged += other.doubtfulFlagged;
            clearRows += other.clearRows;
            clearRowsRight += other.clearRowsRight;
            doubtfulRows += other.doubtfulRows;
            doubtfulRowsFlagged += other.doubtfulRowsFlagged;
            if (examples.size() < 8) {
                examples.addAll(other.examples.subList(0, Math.min(8 - examples.size(), other.examples.size())));
            }
        }
    }

    private static void accuracy(Path run, int count) throws Exception {
        SimulatedClass.Printed printed = new SimulatedClass.Printed(run);
        RunSheets sheets = new RunSheets(printed.manifest(), run.toString());
        double[] dpis = {150, 200, 300};
        for (double dpi : dpis) {
            for (String set : List.of("A", "B")) {
                printed.page(set, 1, 1, null, dpi); // rendered once, before the threads share them
            }
        }
        Tally total = new Tally();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                Tally mine = new Tally();
                for (int i = thread; i < count; i += threads) {
                    Random random = new Random(1_000_003L * i + 17);
                    String set = i % 2 == 0 ? "A" : "B";
                    double dpi = dpis[i % 3];
                    sheet(printed, sheets, set, dpi, random, mine);
                }
                total.add(mine);
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("scan reading accuracy: %d simulated scans of real sheets (sets A and B, 40 questions and an"
                + " 8-digit roll grid each), %.0f s%n", total.sheets, seconds);
        System.out.printf("  sheets given to the wrong set, page or student: %d; sheets not found: %d%n",
                total.wrongSheet, total.unread);
        System.out.printf("  clear bubbles and boxes: %d, read right %d (%.3f %%), read wrong %d, flagged doubtful %d%n",
                total.clearBubbles, total.clearRight, 100.0 * total.clearRight / total.clearBubbles, total.clearMisread,
                total.clearFlagged);
        System.out.printf("  doubtful marks (erased, crossed out, half): %d, flagged %d (%.3f %%)%n", total.doubtfulBubbles,
                total.doubtfulFlagged, 100.0 * total.doubtfulFlagged / Math.max(1, total.doubtfulBubbles));
        System.out.printf("  rows: clear %d, read right %d (%.3f %%); doubtful %d (two marks or an unclear one), flagged"
                + " %d (%.3f %%)%n", total.clearRows, total.clearRowsRight, 100.0 * total.clearRowsRight / total.clearRows,
                total.doubtfulRows, total.doubtfulRowsFlagged, 100.0 * total.doubtfulRowsFlagged
                        / Math.max(1, total.doubtfulRows));
        total.examples.forEach(example -> System.out.println("  e.g. " + example));
    }

    private static void sheet(SimulatedClass.Printed printed, RunSheets sheets, String set, double dpi, Random random,
            Tally tally) throws IOException, Sheets.NotOurs {
        SheetCode code = new SheetCode(printed.manifest().sheets().run(), set, 1, 1, null);
        Sheets.Identity id = sheets.identify(code.encode());
        List<SheetRow> rows = new ArrayList<>(id.rollRows());
        rows.addAll(id.rows());
        BufferedImage clean = printed.page(set, 1, 1, null, dpi);
        FilledSheet filled = FilledSheet.fill(clean, dpi, rows, null, true, random);
        ScanSimulator.Damage damage = ScanSimulator.Damage.random(random);
        GreyImage scan = GreyImage.of(ScanSimulator.scan(filled.image(), damage, random));
        tally.sheets++;
        Located page;
        try {
            page = PageLocator.locate(scan, sheets.frame());
        } catch (PageLocator.NotFound e) {
            tally.unread++;
            tally.examples.add(dpi + " dpi " + damage + ": " + e.getMessage());
            return;
        }
        Sheets.Identity read = sheets.identify(page.code());
        if (!read.set().equals(set) || read.page() != 1) {
            tally.wrongSheet++;
        }
        List<RowReading> readings = SheetReader.read(scan, page, rows);
        StringBuilder roll = new StringBuilder();
        StringBuilder trueRoll = new StringBuilder();
        boolean rollCertain = true;
        for (RowReading reading : readings) {
            FilledSheet.Truth truth = filled.truths().get(reading.row().key());
            Map<Integer, Mark.State> hands = filled.hands().get(reading.row().key());
            for (int i = 0; i < reading.marks().size(); i++) {
                Mark.State want = hands.get(i);
                Mark.State got = reading.marks().get(i).state();
                if (want == Mark.State.DOUBTFUL) {
                    tally.doubtfulBubbles++;
                    if (got == Mark.State.DOUBTFUL) {
                        tally.doubtfulFlagged++;
                    }
                } else {
                    tally.clearBubbles++;
                    if (got == want) {
                        tally.clearRight++;
                    } else if (got == Mark.State.DOUBTFUL) {
                        tally.clearFlagged++;
                    } else {
                        tally.clearMisread++;
                        tally.examples.add(dpi + " dpi " + damage + " row " + reading.row().key() + " spot " + i + ": "
                                + want + " read " + reading.marks().get(i));
                    }
                }
            }
            if (truth.doubtful()) {
                tally.doubtfulRows++;
                if (reading.doubtful()) {
                    tally.doubtfulRowsFlagged++;
                }
            } else {
                tally.clearRows++;
                if (!reading.doubtful() && reading.value().equals(truth.value())) {
                    tally.clearRowsRight++;
                }
            }
            if (reading.row().key().startsWith("roll ")) {
                rollCertain &= !reading.doubtful() && !reading.value().isEmpty();
                roll.append(reading.value());
                trueRoll.append(truth.value() == null ? "?" : truth.value());
            }
        }
        if (rollCertain && !roll.toString().equals(trueRoll.toString())) {
            tally.wrongSheet++;
            tally.examples.add(dpi + " dpi " + damage + ": roll read " + roll + ", truly " + trueRoll);
        }
    }
}

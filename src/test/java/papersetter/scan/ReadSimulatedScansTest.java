package papersetter.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import papersetter.sheet.SheetCode;
import papersetter.testing.Cli;

/**
 * The reader against simulated scans of real answer sheets (a run's sheet-A.pdf rendered by PDFBox
 * at 150, 200 and 300 dpi): every clear bubble read right and every doubtful one flagged, under the
 * damage a scanner does; damage beyond repair (a torn corner, a torn QR code) said, not guessed.
 */
class ReadSimulatedScansTest {
    @TempDir
    static Path out;
    private static SimulatedClass.Printed printed;
    private static RunSheets sheets;
    private static Sheets.Identity setA;
    private static SheetCode code;

    @BeforeAll
    static void printSheets() throws Exception {
        Cli generate = Cli.run("generate", "--count", "40", "--sets", "2", "--seed", "21", "--answer-sheets", "--out",
                out.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        Path run;
        try (var folders = Files.list(out)) {
            run = folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
        printed = new SimulatedClass.Printed(run);
        sheets = new RunSheets(printed.manifest(), run.toString());
        code = new SheetCode(printed.manifest().sheets().run(), "A", 1, 1, null);
        setA = sheets.identify(code.encode());
    }

    private static List<SheetRow> rows() {
        List<SheetRow> rows = new ArrayList<>(setA.rollRows());
        rows.addAll(setA.rows());
        return rows;
    }

    @ParameterizedTest
    @CsvSource({"150, 1", "200, 2", "300, 3", "150, 4", "200, 5", "200, 6", "300, 7", "200, 8"})
    void readsWhatTheHandsMarked(double dpi, long seed) throws Exception {
        Random random = new Random(seed);
        BufferedImage clean = printed.page("A", 1, 1, null, dpi);
        List<String> wrong = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            FilledSheet filled = FilledSheet.fill(clean, dpi, rows(), null, true, random);
            ScanSimulator.Damage damage = copy == 0 ? ScanSimulator.Damage.NONE : ScanSimulator.Damage.random(random);
            GreyImage scan = GreyImage.of(ScanSimulator.scan(filled.image(), damage, random));
            Located page;
            try {
                page = PageLocator.locate(scan, sheets.frame());
            } catch (PageLocator.NotFound e) {
                throw new AssertionError(damage + ": " + e.getMessage(), e);
            }
            assertThat(page.code()).isEqualTo(code.encode());
            assertThat(page.upsideDown()).isEqualTo(damage.upsideDown());
            for (RowReading reading : SheetReader.read(scan, page, rows())) {
                FilledSheet.Truth truth = filled.truths().get(reading.row().key());
                boolean right = truth.doubtful() ? reading.doubtful()
                        : !reading.doubtful() && reading.value().equals(truth.value());
                if (!right) {
                    wrong.add(damage + " row " + reading.row().key() + ": truth " + truth + ", read '" + reading.value()
                            + "' " + reading.doubt() + " " + reading.marks());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aTornCornerIsSaidNotGuessed() throws IOException {
        BufferedImage image = copy(printed.page("A", 1, 1, null, 200));
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(image.getWidth() - 160, image.getHeight() - 160, 160, 160);
        g.dispose();
        PageLocator.NotFound e = assertThrows(PageLocator.NotFound.class,
                () -> PageLocator.locate(GreyImage.of(image), sheets.frame()));
        assertThat(e.getMessage()).contains("no corner mark at the scan's bottom-right");
    }

    @Test
    void aTornQrCodeIsSaidNotGuessed() throws IOException {
        BufferedImage image = copy(printed.page("A", 1, 1, null, 200));
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        double s = 200 / 72.0;
        float[] qr = sheets.frame().qr();
        g.fillRect((int) (qr[0] * s), (int) (qr[1] * s), (int) (qr[2] * s * 0.6), (int) (qr[2] * s * 0.5));
        g.dispose();
        PageLocator.NotFound e = assertThrows(PageLocator.NotFound.class,
                () -> PageLocator.locate(GreyImage.of(image), sheets.frame()));
        assertThat(e.getMessage()).contains("the QR code cannot be read");
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        copy.getRaster().setRect(image.getRaster());
        return copy;
    }
}

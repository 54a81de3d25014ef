package papersetter.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The reader against simulated scans of a sheet drawn with Java2D: every clear bubble read right,
 * every doubtful one flagged, under the damage a scanner does; and damage beyond repair said.
 */
class ReadSimulatedScansTest {
    private static final SyntheticSheet SHEET = SyntheticSheet.of("papersetter-test:run=1;set=A;page=1", 60, 8, 4);

    @ParameterizedTest
    @CsvSource({"150, 1", "200, 2", "300, 3", "150, 4", "200, 5", "200, 6", "300, 7", "200, 8"})
    void readsWhatTheHandsMarked(double dpi, long seed) throws Exception {
        Random random = new Random(seed);
        BufferedImage clean = SHEET.draw(dpi);
        List<String> wrong = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            FilledSheet filled = FilledSheet.fill(clean, dpi, SHEET.rows(), null, true, random);
            ScanSimulator.Damage damage = copy == 0 ? ScanSimulator.Damage.NONE : ScanSimulator.Damage.random(random);
            GreyImage scan = GreyImage.of(ScanSimulator.scan(filled.image(), damage, random));
            Located page;
            try {
                page = PageLocator.locate(scan, SHEET.frame());
            } catch (PageLocator.NotFound e) {
                throw new AssertionError(damage + ": " + e.getMessage(), e);
            }
            assertThat(page.code()).isEqualTo(SHEET.code());
            assertThat(page.upsideDown()).isEqualTo(damage.upsideDown());
            for (RowReading reading : SheetReader.read(scan, page, SHEET.rows())) {
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
    void aTornCornerIsSaidNotGuessed() {
        BufferedImage image = SHEET.draw(200);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(image.getWidth() - 150, image.getHeight() - 150, 150, 150);
        g.dispose();
        PageLocator.NotFound e = assertThrows(PageLocator.NotFound.class,
                () -> PageLocator.locate(GreyImage.of(image), SHEET.frame()));
        assertThat(e.getMessage()).contains("no corner mark at the scan's bottom-right");
    }

    @Test
    void aTornQrCodeIsSaidNotGuessed() {
        BufferedImage image = SHEET.draw(200);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        double s = 200 / 72.0;
        float[] qr = SHEET.frame().qr();
        g.fillRect((int) (qr[0] * s), (int) (qr[1] * s), (int) (qr[2] * s * 0.6), (int) (qr[2] * s * 0.5));
        g.dispose();
        PageLocator.NotFound e = assertThrows(PageLocator.NotFound.class,
                () -> PageLocator.locate(GreyImage.of(image), SHEET.frame()));
        assertThat(e.getMessage()).contains("the QR code cannot be read");
    }
}

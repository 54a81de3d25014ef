package papersetter.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/**
 * Scans as they come: a file named for another kind, a truncated file, a link out of the folder,
 * a picture too big, a run that printed no sheets, a sheet of another run, a page scanned twice.
 * Each said plainly; bad files stop the marking (exit 2, nothing written), stray sheets are kept
 * out and said, nothing is guessed.
 */
class ScanInputTest {
    @TempDir
    static Path out;
    private static Path run;
    private static Path otherRun;
    private static Path plainRun;
    private static Path mixedRun;
    private static BufferedImage blankSheet;

    @BeforeAll
    static void runs() throws IOException {
        run = generate("a", 1, "--answer-sheets");
        otherRun = generate("b", 2, "--answer-sheets");
        plainRun = generate("c", 1);
        mixedRun = generate("d", 3, "--answer-sheets");
        blankSheet = new SimulatedClass.Printed(run).page("A", 1, 1, null, 150);
    }

    private static Path generate(String name, int seed, String... more) throws IOException {
        Path folder = out.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--count", "12", "--sets", "1", "--seed",
                String.valueOf(seed), "--out", folder.toString()));
        args.addAll(List.of(more));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        try (var runs = Files.list(folder)) {
            return runs.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static Cli refused(Path scans) {
        Cli cli = Cli.run("mark", run.toString(), "--scans", scans.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(2);
        assertThat(run.resolve("marks")).doesNotExist();
        assertThat(cli.err()).doesNotContain("Exception");
        return cli;
    }

    @Test
    void aPictureNamedLikeAPdfIsSaid() throws IOException {
        Path folder = Files.createDirectories(out.resolve("named"));
        Files.write(folder.resolve("scan1.pdf"), png(blankSheet));
        assertThat(refused(folder).err()).contains("scan1.pdf: named like a PDF but it is a PNG picture");
    }

    @Test
    void aTruncatedScanIsSaid() throws IOException {
        Path folder = Files.createDirectories(out.resolve("cut"));
        byte[] whole = png(blankSheet);
        Files.write(folder.resolve("scan1.png"), Arrays.copyOf(whole, whole.length / 3));
        assertThat(refused(folder).err()).contains("scan1.png").contains("cannot be read").contains("cut short");
    }

    @Test
    void aLinkOutOfTheFolderIsRefused() throws IOException {
        Path folder = Files.createDirectories(out.resolve("linked"));
        Path outside = out.resolve("outside.png");
        Files.write(outside, png(blankSheet));
        Files.createSymbolicLink(folder.resolve("scan1.png"), outside);
        assertThat(refused(folder).err()).contains("a link to").contains("outside the folder");
    }

    @Test
    void aPictureTooBigIsRefusedBeforeItIsDecoded() throws IOException {
        Path folder = Files.createDirectories(out.resolve("huge"));
        byte[] bytes = png(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY));
        // IHDR's width and height (bytes 16–23) say 60 000 × 60 000.
        for (int at : new int[] {16, 20}) {
            bytes[at] = 0;
            bytes[at + 1] = 0;
            bytes[at + 2] = (byte) 0xEA;
            bytes[at + 3] = 0x60;
        }
        Files.write(folder.resolve("scan1.png"), bytes);
        assertThat(refused(folder).err()).contains("60000 × 60000 pixels, more than 50 million");
    }

    @Test
    void aRunWithoutSheetsIsSaid() throws IOException {
        Path scan = out.resolve("plain.png");
        Files.write(scan, png(blankSheet));
        Cli cli = Cli.run("mark", plainRun.toString(), "--scans", scan.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("this run printed no answer sheets");
    }

    @Test
    void aSheetOfAnotherRunAndAPageScannedTwiceAreSaidNotMarked() throws IOException {
        Path folder = Files.createDirectories(out.resolve("mixed"));
        SimulatedClass.Printed printed = new SimulatedClass.Printed(mixedRun);
        Random random = new Random(4);
        SimulatedClass.Pupil pupil = SimulatedClass.pupils(mixedRun, printed.manifest(), 1, random).get(0);
        BufferedImage filled = SimulatedClass.scans(printed, new RunSheets(printed.manifest(), "run"), pupil, 150, false,
                random).get(0);
        Files.write(folder.resolve("scan1.png"), png(filled));
        Files.write(folder.resolve("scan2.png"), png(filled));
        Files.write(folder.resolve("scan3.png"), png(new SimulatedClass.Printed(otherRun).page("A", 1, 1, null, 150)));
        Cli cli = Cli.run("mark", mixedRun.toString(), "--scans", folder.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("scan3.png: a sheet of another run").contains("nothing is marked yet");
        assertThat(cli.out()).contains("scan2.png: page 1 of set A, roll " + pupil.roll() + " again (first ")
                .contains("read alike: counted once");
        assertThat(mixedRun.resolve("marks/results.csv")).doesNotExist();
        assertThat(mixedRun.resolve("marks/review.pdf")).exists();
        String responses = Files.readString(mixedRun.resolve("marks/responses.csv"));
        assertThat(responses).contains(pupil.roll());
    }
}

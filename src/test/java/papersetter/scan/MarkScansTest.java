package papersetter.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.output.Manifest;
import papersetter.testing.Cli;

/**
 * The loop through the real command line: a run with answer sheets, a class that fills them (pen or
 * pencil, a marker's ticks for written answers), its sheets scanned into one PDF with a scanner's
 * damage, then {@code mark --scans}: results.csv holds the scores the class truly earned, worked
 * from the manifest's keys here, not by the marking.
 */
class MarkScansTest {
    @TempDir
    Path out;

    @Test
    void resultsOfScannedSheetsAreTheClassesTrueScores() throws IOException {
        Path run = generate(2, 30, 5);
        SimulatedClass.Printed printed = new SimulatedClass.Printed(run);
        Random random = new Random(15);
        List<SimulatedClass.Pupil> pupils = SimulatedClass.pupils(run, printed.manifest(), 10, random);
        Path scans = out.resolve("class.pdf");
        SimulatedClass.scanToPdf(printed, pupils, 200, true, random, scans);

        Cli mark = Cli.run("mark", run.toString(), "--scans", scans.toString());
        assertThat(mark.exitCode()).as(mark.toString()).isZero();
        assertThat(mark.out()).as(mark.toString()).containsPattern("students +10");
        assertThat(run.resolve("marks/results.csv")).as(mark.toString()).exists();
        Map<String, BigDecimal> scores = new HashMap<>();
        for (CSVRecord row : readCsv(run.resolve("marks/results.csv"))) {
            scores.put(row.get("roll"), new BigDecimal(row.get("score")));
        }
        assertThat(scores).hasSize(pupils.size());
        for (SimulatedClass.Pupil pupil : pupils) {
            assertThat(scores.get(pupil.roll())).as("roll " + pupil.roll() + " " + pupil)
                    .isEqualByComparingTo(pupil.score());
        }
        // responses.csv is kept with the marks, and marking it again gives the same results.
        byte[] results = Files.readAllBytes(run.resolve("marks/results.csv"));
        Path responses = run.resolve("marks/responses.csv");
        Cli again = Cli.run("mark", run.toString(), "--responses", responses.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(Files.readAllBytes(run.resolve("marks/results.csv"))).isEqualTo(results);
        assertThat(run.resolve("marks/responses.csv")).exists();
    }

    @Test
    void personalisedSheetsInAnyOrderAndUpsideDownAreTheirStudents() throws IOException {
        Path roster = out.resolve("class.csv");
        Files.writeString(roster, "roll,name\n2024-001,Asha Verma\n2024-002,Bruno Díaz\n2024-003,Chen Wei\n"
                + "2024-004,Dana Ng\n");
        Path run = generate(2, 20, 8, "--students", roster.toString());
        SimulatedClass.Printed printed = new SimulatedClass.Printed(run);
        Random random = new Random(3);
        List<SimulatedClass.Pupil> pupils = new java.util.ArrayList<>(SimulatedClass.pupils(run, printed.manifest(), 0,
                random));
        java.util.Collections.shuffle(pupils, random);
        Path folder = Files.createDirectories(out.resolve("scans"));
        RunSheets sheets = new RunSheets(printed.manifest(), "run");
        int n = 0;
        for (SimulatedClass.Pupil pupil : pupils) {
            for (java.awt.image.BufferedImage page : SimulatedClass.scans(printed, sheets, pupil, 150, true, random)) {
                javax.imageio.ImageIO.write(page, "png", folder.resolve("scan" + ++n + ".png").toFile());
            }
        }
        Cli mark = Cli.run("mark", run.toString(), "--scans", folder.toString());
        assertThat(mark.exitCode()).as(mark.toString()).isZero();
        assertThat(run.resolve("marks/results.csv")).as(mark.toString()).exists();
        Map<String, String> names = new HashMap<>();
        Map<String, BigDecimal> scores = new HashMap<>();
        for (CSVRecord row : readCsv(run.resolve("marks/results.csv"))) {
            names.put(row.get("roll"), row.get("name"));
            scores.put(row.get("roll"), new BigDecimal(row.get("score")));
        }
        assertThat(names).containsEntry("2024-002", "Bruno Díaz").hasSize(4);
        for (SimulatedClass.Pupil pupil : pupils) {
            assertThat(scores.get(pupil.roll())).as(pupil.toString()).isEqualByComparingTo(pupil.score());
        }
    }

    private Path generate(int sets, int count, long seed, String... more) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--count", Integer.toString(count), "--sets",
                Integer.toString(sets), "--seed", Long.toString(seed), "--answer-sheets", "--out",
                out.resolve("output").toString()));
        args.addAll(List.of(more));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (var folders = Files.list(out.resolve("output"))) {
            return folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
    }

    static List<CSVRecord> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)).getRecords();
    }
}

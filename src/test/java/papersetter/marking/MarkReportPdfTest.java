package papersetter.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.testing.Cli;
import papersetter.testing.PageWords;
import papersetter.testing.PdfChecks;
import papersetter.testing.PdfText;

/**
 * {@code papersetter mark} writes {@code marks/report.pdf} beside results.csv: the class in roll
 * order (2 before 10), names in any script printed, every bank item in its table; a name with a
 * character no font prints stops the marking with the line it is on, and nothing is written.
 */
class MarkReportPdfTest {
    private static final String[] ROLLS = {"10", "2", "1", "B-3", "B-12", "21", "3"};
    private static final String[] NAMES = {"सुनीता शर्मा", "فاطمة الزهراء", "王小明", "Zoë Müller", "அருண் குமார்",
        "Олег Петров", "José García"};

    @TempDir
    Path out;

    @Test
    void theReportHoldsTheClassInRollOrderAndEveryItem() throws IOException {
        Path run = generate();
        Manifest manifest = ManifestReader.read(run.resolve("manifest.json"));
        Path responses = responses(run, NAMES);
        Cli mark = Cli.run("mark", run.toString(), "--responses", responses.toString());
        assertThat(mark.exitCode()).as(mark.toString()).isZero();
        assertThat(mark.out()).contains("charts and tables: report.pdf");
        Path pdf = run.resolve("marks/report.pdf");
        assertThat(pdf).isRegularFile();
        assertThat(run.resolve("marks/results.csv")).isRegularFile();

        String text = PdfText.text(pdf);
        String compact = PdfText.compact(text);
        for (String name : NAMES) {
            assertThat(compact).contains(PdfText.compact(name));
        }
        for (Manifest.SetEntry set : manifest.sets()) {
            for (Manifest.Item item : set.questions()) {
                assertThat(text).contains(item.id());
            }
        }
        // The class list, after its heading, in register order.
        String list = text.substring(text.indexOf("Class list"));
        assertThat(list).contains("7 students, sorted by roll number.");
        List<Integer> at = new ArrayList<>();
        for (String roll : List.of("1", "2", "3", "10", "21", "B-3", "B-12")) {
            at.add(list.indexOf("\n" + roll + " "));
        }
        assertThat(at).doesNotContain(-1).isSorted();
        assertThat(PageWords.problems(PageWords.read(pdf))).isEmpty();
        assertThat(PdfChecks.qpdfProblems(pdf)).isEmpty();
        assertThat(PdfChecks.structureTypes(pdf).stream().filter("Figure"::equals).count()).isEqualTo(2);

        // Marking again gives the same report.
        byte[] first = Files.readAllBytes(pdf);
        assertThat(Cli.run("mark", run.toString(), "--responses", responses.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(pdf)).isEqualTo(first);
    }

    @Test
    void aNameNoFontPrintsStopsTheMarking() throws IOException {
        Path run = generate();
        String[] names = NAMES.clone();
        names[4] = "Tashi ཆོས"; // Tibetan: no bundled font prints it
        Path responses = responses(run, names);
        Cli mark = Cli.run("mark", run.toString(), "--responses", responses.toString());
        assertThat(mark.exitCode()).as(mark.toString()).isEqualTo(2);
        assertThat(mark.err()).contains("report.pdf could not print every character of the class list")
                .contains(responses + ":6: column 'name': U+0F46 TIBETAN LETTER CHA (ཆ) has no font")
                .contains("Nothing was written.");
        assertThat(run.resolve("marks")).doesNotExist();
    }

    /** A run printed on US Letter gets its report on Letter. */
    @Test
    void theReportTakesTheRunsPageSize() throws IOException {
        Path layout = out.resolve("letter.yaml");
        Files.writeString(layout, "extends: exam\npage:\n  size: Letter\n", StandardCharsets.UTF_8);
        Cli generate = Cli.run("generate", "--count", "15", "--sets", "2", "--seed", "5", "--type", "mcq", "--layout",
                layout.toString(), "--out", out.resolve("runs").toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        Path run = generate();
        Cli mark = Cli.run("mark", run.toString(), "--responses", responses(run, NAMES).toString());
        assertThat(mark.exitCode()).as(mark.toString()).isZero();
        assertThat(PdfChecks.pageSizes(run.resolve("marks/report.pdf")))
                .allMatch(size -> Math.abs(size[0] - 612) < 0.5 && Math.abs(size[1] - 792) < 0.5);
        assertThat(PageWords.problems(PageWords.read(run.resolve("marks/report.pdf")))).isEmpty();
    }

    private Path responses(Path run, String[] names) throws IOException {
        Manifest manifest = ManifestReader.read(run.resolve("manifest.json"));
        int questions = manifest.sets().get(0).questions().size();
        StringBuilder csv = new StringBuilder("roll,name,set");
        for (int q = 1; q <= questions; q++) {
            csv.append(',').append(q);
        }
        csv.append('\n');
        for (int s = 0; s < ROLLS.length; s++) {
            Manifest.SetEntry set = manifest.sets().get(s % manifest.sets().size());
            csv.append(ROLLS[s]).append(",\"").append(names[s]).append("\",").append(set.set());
            for (Manifest.Item item : set.questions()) {
                // Students answer the key for the first s items, then the option after it.
                boolean right = item.number() <= 2 * s + 1;
                String key = item.answer().split(";")[0];
                csv.append(',').append(right ? key : String.valueOf((char) ('A' + (key.charAt(0) - 'A' + 1)
                        % item.options().size())));
            }
            csv.append('\n');
        }
        Path file = out.resolve("class.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private Path generate() throws IOException {
        if (!Files.isDirectory(out.resolve("runs"))) {
            Cli run = Cli.run("generate", "--count", "15", "--sets", "2", "--seed", "5", "--type", "mcq", "--out",
                    out.resolve("runs").toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
        }
        try (var folders = Files.list(out.resolve("runs"))) {
            return folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
    }
}

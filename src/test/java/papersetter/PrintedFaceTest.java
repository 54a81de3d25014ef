package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import papersetter.testing.Cli;
import papersetter.testing.PageWords;
import papersetter.testing.PdfText;

/** What trainers saw wrong on the face of a paper in their first week (issues 12 and 13), through the CLI. */
class PrintedFaceTest {
    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"exam", "large-print", "compact"})
    void headerFactsAreNeverBrokenInsideAFact(String layout) throws IOException {
        Path folder = generate("bank/django", "--layout", layout, "--count", "10", "--duration", "80 minutes",
                "--date", "12 December 2026");
        List<String> lines = Arrays.asList(PdfText.pages(folder.resolve("paper-A.pdf")).get(0).split("\n"));
        assertThat(lines).as("'Time allowed: 80 / minutes' was split over two lines")
                .anyMatch(line -> line.contains("Time allowed: 80 minutes"));
        assertThat(lines).as("'Date: 12 December / 2026' was split over two lines")
                .anyMatch(line -> line.contains("Date: 12 December 2026"));
        assertThat(PageWords.problems(PageWords.read(folder.resolve("paper-A.pdf")))).isEmpty();
    }

    @Test
    void aBlankInAFencedCodeBlockIsDrawnOnThePaperAsValidateCountsIt() throws IOException {
        Path bank = out.resolve("blanks.csv");
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(bank), CSVFormat.DEFAULT)) {
            csv.printRecord("id", "type", "level", "topic", "question", "answer", "marks");
            csv.printRecord("PY-1", "fill", "x", "t",
                    "Complete the class:\n```python\nclass Point:\n    def ___(cls, *args):\n        return super().___()\n```",
                    "__new__;__init__", "2");
            csv.printRecord("PY-2", "fill", "x", "t", "Python's constructor method is ___.", "__init__", "1");
        }
        Cli validate = Cli.run("validate", bank.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        Path folder = generate(bank.toString(), "--count", "2");
        String paper = PdfText.compact(PdfText.text(folder.resolve("paper-A.pdf")));
        // Both blanks of the code are drawn, numbered as the key numbers them.
        assertThat(paper).contains("def(1)__________(cls,*args):", "returnsuper().(2)__________()");
        assertThat(PdfText.compact(PdfText.text(folder.resolve("key-A.pdf")))).contains("(1)__new__", "(2)__init__");
    }

    @Test
    void aRevisionSheetNamesNoSetAndNoPaperCode() throws IOException {
        Path folder = generate("bank/django", "--layout", "revision", "--count", "12");
        String sheet = PdfText.text(folder.resolve("paper-A.pdf"));
        assertThat(sheet).doesNotContain("SET", "Set A", "Paper code").contains("Page 1 of");
        // The key, which goes to the marker, still names both.
        assertThat(PdfText.text(folder.resolve("key-A.pdf"))).contains("Set A", "Paper code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Question {n} —", "Q{n}.", "({n})"})
    void wideQuestionNumbersNeverOverprintTheQuestion(String numbering) throws IOException {
        for (String base : List.of("exam", "compact")) {
            Path layout = out.resolve(base + "-numbering.yaml");
            Files.writeString(layout, "extends: " + base + "\nnumbering: \"" + numbering + "\"\n");
            Path folder = generate("bank/django", "--layout", layout.toString(), "--count", "14");
            Path paper = folder.resolve("paper-A.pdf");
            assertThat(PageWords.problems(PageWords.read(paper))).as("%s in %s", numbering, base).isEmpty();
            assertThat(PdfText.text(paper)).contains(numbering.replace("{n}", "14"));
        }
    }

    @Test
    void narrowMarginsStillKeepEveryWordTenMillimetresFromTheEdge() throws IOException {
        Path layout = out.resolve("narrow.yaml");
        Files.writeString(layout, "extends: compact\npage:\n  margins: {top: 18, bottom: 30, left: 18, right: 18}\n");
        Path folder = generate("bank/django", "--layout", layout.toString(), "--count", "30");
        for (String file : List.of("paper-A.pdf", "key-A.pdf")) {
            assertThat(PageWords.problems(PageWords.read(folder.resolve(file)))).as(file).isEmpty();
        }
    }

    private Path generate(String bank, String... options) throws IOException {
        Path target = Files.createTempDirectory(out, "run");
        String[] args = Stream.concat(Stream.of("generate", "--bank", bank, "--sets", "1", "--seed", "4", "--out",
                target.toString()), Arrays.stream(options)).toArray(String[]::new);
        Cli run = Cli.run(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> entries = Files.list(target)) {
            return entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}

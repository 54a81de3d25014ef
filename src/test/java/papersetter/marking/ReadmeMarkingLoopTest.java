package papersetter.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;
import papersetter.testing.PdfText;

/**
 * The marking loop the README gives, run as written (with a folder of the test's own for output):
 * generate on the shipped bank with seed 42, mark it from docs/examples/class-seed42.csv. It fails
 * when the example class no longer fits the run (the bank or the drawing changed): regenerate the
 * example then, and the README's picture of the report.
 */
class ReadmeMarkingLoopTest {
    private static final String GENERATE = "./papersetter generate --count 20 --sets 2 --seed 42";
    private static final String MARK = "./papersetter mark output/django-*-seed42 --responses docs/examples/class-seed42.csv";

    @TempDir
    Path out;

    @Test
    void theReadmesLoopMarksTheExampleClass() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains(GENERATE + "\n" + MARK + "\n");

        Cli generate = Cli.run("generate", "--count", "20", "--sets", "2", "--seed", "42", "--out", out.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        Path run;
        try (var folders = Files.list(out)) {
            run = folders.filter(p -> p.getFileName().toString().matches("django-.*-seed42")).findFirst().orElseThrow();
        }
        Cli mark = Cli.run("mark", run.toString(), "--responses", "docs/examples/class-seed42.csv");
        assertThat(mark.exitCode()).as(mark.toString()).isZero();
        assertThat(mark.out()).contains("students    12").contains("out of      30").doesNotContain("Note:");

        Map<String, CSVRecord> byRoll = MarkTypedResponsesTest.readCsv(run.resolve("marks/results.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("roll"), Function.identity()));
        assertThat(byRoll).hasSize(12);
        assertThat(byRoll.get("4").get("name")).isEqualTo("王小明");
        String report = PdfText.compact(PdfText.text(run.resolve("marks/report.pdf")));
        for (String name : List.of("अनिलकुमार", "فاطمةالزهراء", "王小明", "ZoëMüller", "ОлегПетров", "李娜")) {
            assertThat(report).contains(name);
        }
    }
}

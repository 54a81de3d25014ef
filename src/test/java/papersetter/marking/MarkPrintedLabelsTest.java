package papersetter.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.model.OptionLabels;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.testing.Cli;

/**
 * A run printed with numbered or roman options ({@code option-labels: "1."} or {@code "i."}) is
 * marked from the labels as the students saw them: {@code 2}, {@code (2)}, {@code 2.}; {@code ii},
 * {@code (ii)}, {@code II}; a letter on such a paper is refused, naming what is accepted.
 */
class MarkPrintedLabelsTest {
    @TempDir
    Path out;

    /**
     * Student 1 answers every objective item right, in the plain form; student 2 right, in the
     * decorated form; student 3 with the option after the right one (wrong). Each is worth the marks
     * the manifest records.
     */
    @ParameterizedTest
    @CsvSource({"'1.', NUMBERS", "'i.', ROMAN", "'(a)', PARENTHESES"})
    void theLabelsAsPrintedAreRead(String setting, OptionLabels labels) throws IOException {
        Path run = generate(setting);
        Manifest manifest = ManifestReader.read(run.resolve("manifest.json"));
        Manifest.SetEntry set = manifest.sets().get(0);
        StringBuilder csv = new StringBuilder("roll,name,set");
        for (Manifest.Item item : set.questions()) {
            csv.append(',').append(item.number());
        }
        csv.append('\n');
        BigDecimal full = BigDecimal.ZERO;
        for (int student = 1; student <= 3; student++) {
            csv.append("S").append(student).append(",Student ").append(student).append(',').append(set.set());
            for (Manifest.Item item : set.questions()) {
                List<String> right = List.of(item.answer().split(";"));
                String cell = switch (student) {
                    case 1 -> String.join(";", right);
                    case 2 -> String.join(" ", right.stream().map(name -> "(" + name.toUpperCase() + ")").toList());
                    default -> labels.name((position(labels, right.get(0)) + 1) % item.options().size());
                };
                csv.append(",\"").append(cell).append('"');
                if (student == 1) {
                    full = full.add(new BigDecimal(item.marks()));
                }
            }
            csv.append('\n');
        }
        Path responses = out.resolve("class.csv");
        Files.writeString(responses, csv, StandardCharsets.UTF_8);
        Cli mark = Cli.run("mark", run.toString(), "--responses", responses.toString());
        assertThat(mark.exitCode()).as(mark.toString()).isZero();
        Map<String, CSVRecord> byRoll = MarkTypedResponsesTest.readCsv(run.resolve("marks/results.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("roll"), Function.identity()));
        assertThat(new BigDecimal(byRoll.get("S1").get("score"))).isEqualByComparingTo(full);
        assertThat(new BigDecimal(byRoll.get("S2").get("score"))).isEqualByComparingTo(full);
        // Wrong on every single-answer item; a multi item answered with one option is wrong too.
        assertThat(new BigDecimal(byRoll.get("S3").get("score"))).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aLetterOnANumberedPaperIsRefusedSayingWhatIsAccepted() throws IOException {
        Path run = generate("1.");
        Manifest.SetEntry set = ManifestReader.read(run.resolve("manifest.json")).sets().get(0);
        Manifest.Item first = set.questions().get(0);
        Path responses = out.resolve("class.csv");
        Files.writeString(responses, "roll,name,set,1\nS1,Student,A,B\nS2,Student,A,9\n", StandardCharsets.UTF_8);
        Cli mark = Cli.run("mark", run.toString(), "--responses", responses.toString());
        assertThat(mark.exitCode()).as(mark.toString()).isEqualTo(2);
        assertThat(mark.err()).contains("class.csv:2: column '1'")
                .contains("'B' is not an option number as this run's papers print them (2, 2. or (2) for the second"
                        + " option)")
                .contains("type the number" + ("multi".equals(first.type()) ? "s" : "") + " as printed (1 to "
                        + first.options().size())
                .contains("class.csv:3: column '1'").contains("'9' but question 1 has options 1 to "
                        + first.options().size());
        assertThat(run.resolve("marks")).doesNotExist();
    }

    /** {@code --rekey A:N=2} names the option as numbered on set A's paper. */
    @Test
    void aKeyIsCorrectedInThePrintedLabels() throws IOException {
        Path run = generate("1.");
        Manifest.SetEntry set = ManifestReader.read(run.resolve("manifest.json")).sets().get(0);
        Manifest.Item mcq = set.questions().stream().filter(item -> item.type().equals("mcq")).findFirst()
                .orElseThrow();
        String next = String.valueOf(Integer.parseInt(mcq.answer()) % mcq.options().size() + 1);
        StringBuilder csv = new StringBuilder("roll,name,set");
        set.questions().forEach(item -> csv.append(',').append(item.number()));
        csv.append("\nS1,Keeps the printed key,A");
        set.questions().forEach(item -> csv.append(",\"").append(item.answer()).append('"'));
        csv.append("\nS2,Chose the corrected key,A");
        set.questions().forEach(item -> csv.append(",\"").append(item == mcq ? next : item.answer()).append('"'));
        csv.append('\n');
        Path responses = out.resolve("class.csv");
        Files.writeString(responses, csv, StandardCharsets.UTF_8);
        Cli mark = Cli.run("mark", run.toString(), "--responses", responses.toString(), "--rekey",
                "A:" + mcq.number() + "=" + next);
        assertThat(mark.exitCode()).as(mark.toString()).isZero();
        Map<String, CSVRecord> byRoll = MarkTypedResponsesTest.readCsv(run.resolve("marks/results.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("roll"), Function.identity()));
        BigDecimal full = new BigDecimal(set.totalMarks());
        assertThat(new BigDecimal(byRoll.get("S1").get("score"))).isEqualByComparingTo(
                full.subtract(new BigDecimal(mcq.marks())));
        assertThat(new BigDecimal(byRoll.get("S2").get("score"))).isEqualByComparingTo(full);
        Cli wrong = Cli.run("mark", run.toString(), "--responses", responses.toString(), "--rekey",
                "A:" + mcq.number() + "=B");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("'B' is not an option as this run's papers label them (1 to "
                + mcq.options().size() + ")");
    }

    @Test
    void cellsAreReadAsTheLabelsSay() {
        assertThat(Interpret.options("2", OptionLabels.NUMBERS)).containsExactly(1);
        assertThat(Interpret.options("(2)", OptionLabels.NUMBERS)).containsExactly(1);
        assertThat(Interpret.options("3; 1.", OptionLabels.NUMBERS)).containsExactly(0, 2);
        assertThat(Interpret.options("13", OptionLabels.NUMBERS)).containsExactly(12);
        assertThat(Interpret.options("B", OptionLabels.NUMBERS)).isNull();
        assertThat(Interpret.options("0", OptionLabels.NUMBERS)).isNull();
        assertThat(Interpret.options("ii", OptionLabels.ROMAN)).containsExactly(1);
        assertThat(Interpret.options("(IV)", OptionLabels.ROMAN)).containsExactly(3);
        assertThat(Interpret.options("i, iii.", OptionLabels.ROMAN)).containsExactly(0, 2);
        assertThat(Interpret.options("iiii", OptionLabels.ROMAN)).isNull();
        assertThat(Interpret.options("2", OptionLabels.ROMAN)).isNull();
        assertThat(Interpret.options("(b)", OptionLabels.PARENTHESES)).containsExactly(1);
        assertThat(Interpret.options("b)", OptionLabels.LOWER)).containsExactly(1);
        assertThat(Interpret.options("A;C", OptionLabels.UPPER)).containsExactly(0, 2);
    }

    private static int position(OptionLabels labels, String name) {
        for (int i = 0; i < 26; i++) {
            if (labels.name(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is no " + labels + " label");
    }

    private Path generate(String labels) throws IOException {
        Path layout = out.resolve("labels.yaml");
        Files.writeString(layout, "extends: exam\noption-labels: \"" + labels + "\"\n", StandardCharsets.UTF_8);
        Cli run = Cli.run("generate", "--count", "12", "--sets", "1", "--seed", "3", "--type", "mcq,multi",
                "--layout", layout.toString(), "--out", out.resolve("runs").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (var folders = Files.list(out.resolve("runs"))) {
            return folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
    }
}

package papersetter.marking;

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
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.bank.BankReader;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.testing.Cli;
import papersetter.testing.PdfText;

/**
 * Negative marking set in a paper spec, through the command line: the paper tells the students (in
 * the general instructions, and in a section's own instructions when the section sets its own), the
 * manifest records it, and {@code mark} uses it unless {@code --wrong} is given.
 */
class SpecNegativeMarkingTest {
    private static final String SPEC = """
            title: Quiz with negative marking
            level: fresher
            wrong: -0.25
            sections:
              - heading: Multiple choice
                type: mcq
                marks-each: 1
                count: 4
              - heading: True or false
                instructions: Circle True or False.
                type: truefalse
                marks-each: 1
                count: 3
                wrong: -0.5
              - heading: Short answer
                type: short
                count: 1
            """;

    @TempDir
    Path out;
    @TempDir
    Path scratch;

    @Test
    void theSpecsNegativeMarkingIsPrintedRecordedAndUsedByMark() throws IOException {
        Path run = generate(SPEC);

        String paper = PdfText.compact(PdfText.text(run.resolve("paper-A.pdf")));
        assertThat(paper).as("the general instruction, for the sections without their own")
                .contains(PdfText.compact("Wrong answers to multiple-choice questions lose ¼ mark, unless a section"
                        + " says otherwise; a question left blank loses nothing."));
        assertThat(paper).as("the section's own, after its instructions")
                .contains(PdfText.compact("Circle True or False. In this section, wrong answers to true/false"
                        + " questions lose ½ mark; a question left blank loses nothing."));

        Manifest manifest = ManifestReader.read(run.resolve("manifest.json"));
        assertThat(manifest.request().wrong()).isEqualTo("-0.25");
        assertThat(manifest.sets().get(0).sections()).extracting(Manifest.SectionEntry::wrong)
                .containsExactly(null, "-0.5", null);
        String json = Files.readString(run.resolve("manifest.json"));
        assertThat(json.split("\"wrong\"", -1)).as("the paper's and each set's section 2, an unset section's left out")
                .hasSize(1 + 1 + manifest.sets().size());

        // One student gets every objective item wrong and earns the short answer's marks.
        Map<String, Question> bank = new HashMap<>();
        BankReader.read(Path.of("bank/django")).questions().forEach(q -> bank.put(q.id(), q));
        Manifest.SetEntry set = manifest.sets().get(0);
        StringBuilder csv = new StringBuilder("roll,name,set");
        StringBuilder row = new StringBuilder("R1,Asha,A");
        BigDecimal shortMarks = BigDecimal.ZERO;
        for (Manifest.Item item : set.questions()) {
            csv.append(",Q").append(item.number());
            Question question = bank.get(item.id());
            row.append(',').append(switch (question.type()) {
                case MCQ -> item.answer().equals("A") ? "B" : "A";
                case TRUEFALSE -> ((Answer.TrueFalse) question.answer()).value() ? "F" : "T";
                default -> plain(question.marks());
            });
            if (question.type() == papersetter.model.QuestionType.SHORT) {
                shortMarks = question.marks();
            }
        }
        Path responses = Files.writeString(scratch.resolve("class.csv"), csv + "\n" + row + "\n",
                StandardCharsets.UTF_8);

        Cli mark = Cli.run("mark", run.toString(), "--responses", responses.toString());
        assertThat(mark.exitCode()).as(mark.toString()).isZero();
        assertThat(mark.out()).contains("the spec's 'wrong': -0.25, section 'True or false' -0.5");
        CSVRecord student = results(run);
        for (Manifest.Item item : set.questions()) {
            String expected = switch (item.type()) {
                case "mcq" -> "-0.25";
                case "truefalse" -> "-0.5";
                default -> plain(shortMarks);
            };
            assertThat(new BigDecimal(student.get(item.id() + " marks")))
                    .as("question %d (%s)", item.number(), item.type()).isEqualByComparingTo(expected);
        }
        BigDecimal total = shortMarks.subtract(new BigDecimal("2.5")).max(BigDecimal.ZERO);
        assertThat(new BigDecimal(student.get("score"))).isEqualByComparingTo(total);

        Cli explicit = Cli.run("mark", run.toString(), "--responses", responses.toString(), "--wrong", "-1");
        assertThat(explicit.exitCode()).as(explicit.toString()).isZero();
        assertThat(explicit.out()).contains("× the item's marks (--wrong, in place of the spec's 'wrong': -0.25,"
                + " section 'True or false' -0.5)");
        CSVRecord again = results(run);
        for (Manifest.Item item : set.questions()) {
            if (!item.type().equals("short")) {
                assertThat(new BigDecimal(again.get(item.id() + " marks"))).as("question %d with --wrong -1", item.number())
                        .isEqualByComparingTo("-1");
            }
        }
    }

    @Test
    void aRunWhoseSpecSetsNoneIsMarkedWithoutAndSaysSo() throws IOException {
        Path run = generate(SPEC.replace("wrong: -0.25\n", "").replace("    wrong: -0.5\n", ""));
        String paper = PdfText.text(run.resolve("paper-A.pdf"));
        assertThat(paper).doesNotContain("Wrong answers").doesNotContain("wrong answers");
        assertThat(Files.readString(run.resolve("manifest.json"))).doesNotContain("\"wrong\"");
        Path responses = Files.writeString(scratch.resolve("blank.csv"), "roll,name,set,Q1\nR1,Asha,A,\n",
                StandardCharsets.UTF_8);
        Cli mark = Cli.run("mark", run.toString(), "--responses", responses.toString());
        assertThat(mark.exitCode()).as(mark.toString()).isZero();
        assertThat(mark.out()).contains("no negative marking");
    }

    @Test
    void aBadWrongIsRefusedWithItsLine() throws IOException {
        Path spec = Files.writeString(scratch.resolve("bad.yaml"), """
                level: fresher
                wrong: 0.25
                sections:
                  - heading: Multiple choice
                    type: mcq
                    count: 4
                    wrong: -2
                  - heading: True or false
                    type: truefalse
                    count: 2
                    wrong: a quarter
                """, StandardCharsets.UTF_8);
        Cli run = Cli.run("generate", "--spec", spec.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml: line 2: wrong is 0.25, above 0: marks are taken off, so write it"
                + " with a minus sign, e.g. 'wrong: -0.25'");
        assertThat(run.err()).contains("bad.yaml: line 7: wrong is -2: a wrong answer can lose at most the"
                + " question's own marks (-1)");
        assertThat(run.err()).contains("bad.yaml: line 11: wrong is 'a quarter', not a number");
        assertThat(run.err()).doesNotContain("\tat ");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(p -> !p.getFileName().toString().startsWith("."))).isEmpty();
        }
    }

    private Path generate(String spec) throws IOException {
        Path file = Files.writeString(scratch.resolve("quiz.yaml"), spec, StandardCharsets.UTF_8);
        Cli run = Cli.run("generate", "--spec", file.toString(), "--sets", "2", "--seed", "7", "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> folders = Files.list(out)) {
            return folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
    }

    private static CSVRecord results(Path run) throws IOException {
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Files.readString(run.resolve("marks/results.csv")))).getRecords();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static String plain(BigDecimal marks) {
        return marks.stripTrailingZeros().toPlainString();
    }
}

package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.model.Answer;
import papersetter.model.NumericAnswers;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.testing.Cli;

/**
 * The maths sample bank (bank/maths-sample): it loads and validates, holds 30 items of every type
 * over its six topics and two levels, each numeric answer reads as the number its explanation
 * works out, and its spec makes a paper. (Its formulas are typeset by the maths work; here they are
 * text the bank holds.)
 */
class MathsSampleBankTest {
    static final Path BANK = Path.of("bank/maths-sample");

    @TempDir
    Path out;

    @Test
    void itLoadsWithEveryTypeTopicAndLevel() {
        Bank bank = BankReader.read(BANK);
        assertThat(bank.warnings()).noneMatch(BankProblem::isError);
        assertThat(bank.questions()).hasSize(30);
        assertThat(bank.questions()).extracting(Question::type).contains(QuestionType.values());
        assertThat(bank.questions().stream().map(Question::topic).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "fractions", "powers-roots", "equations", "sums-integrals", "matrices", "units");
        assertThat(bank.questions().stream().map(Question::level).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("basic", "advanced");
        assertThat(bank.questions()).allSatisfy(q -> assertThat(q.text() + q.explanation()).doesNotContain("$"));
    }

    /** Each numeric answer, worked out here from the question, must be one its answer accepts. */
    @Test
    void everyNumericAnswerAcceptsTheWorkedValue() throws NumericAnswers.Problem {
        Map<String, String> worked = Map.ofEntries(
                Map.entry("MA-FRA-002", "0.375"), // 3 / 8
                Map.entry("MA-FRA-005", "0.35"), // 3/4 - 2/5 = 7/20
                Map.entry("MA-POW-002", "21"), // 12 + 9
                Map.entry("MA-POW-004", String.valueOf(Math.sqrt(2))),
                Map.entry("MA-EQU-001", "5"), // (22 - 7) / 3
                Map.entry("MA-EQU-005", String.valueOf(1 + Math.sqrt(2))),
                Map.entry("MA-INT-002", "8"), // [x³] from 0 to 2
                Map.entry("MA-INT-003", String.valueOf(Math.E - 1)),
                Map.entry("MA-MAT-001", "10"), // 3·4 - 1·2
                Map.entry("MA-UNI-001", "60"), // 150 / 2.5
                Map.entry("MA-UNI-002", "2500"),
                Map.entry("MA-UNI-003", String.valueOf(0.5 * 9.81 * 4)),
                Map.entry("MA-UNI-004", String.valueOf(0.05 * 220)));
        Map<String, Question> numeric = BankReader.read(BANK).questions().stream()
                .filter(q -> q.type() == QuestionType.NUMERIC).collect(Collectors.toMap(Question::id, q -> q));
        assertThat(numeric.keySet()).isEqualTo(worked.keySet());
        for (Map.Entry<String, String> entry : worked.entrySet()) {
            Answer.Numeric answer = (Answer.Numeric) numeric.get(entry.getKey()).answer();
            assertThat(answer.accepts(new java.math.BigDecimal(entry.getValue()))).as("%s accepts %s (%s)",
                    entry.getKey(), entry.getValue(), answer.keyText()).isTrue();
            assertThat(NumericAnswers.parse(answer.written()).written()).isEqualTo(answer.written());
        }
        assertThat(numeric.values().stream().map(q -> ((Answer.Numeric) q.answer()).accepted().form())
                .collect(Collectors.toSet())).as("every spelling is shown").containsExactlyInAnyOrder(
                NumericAnswers.Form.values());
    }

    @Test
    void itsSpecMakesAPaperWithANumericalSection() throws IOException {
        Cli run = Cli.run("generate", "--bank", BANK.toString(), "--spec", BANK.resolve("specs/mixed-30.yaml").toString(),
                "--sets", "2", "--seed", "1", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Wrote 2 sets of 19 questions (30 marks each)");
        try (Stream<Path> runs = Files.list(out)) {
            Path folder = runs.filter(Files::isDirectory).findFirst().orElseThrow();
            String paper = papersetter.testing.PdfText.compact(papersetter.testing.PdfText.text(folder.resolve("paper-A.pdf")));
            assertThat(paper).contains(papersetter.testing.PdfText.compact("Section 3 · Numerical answers"));
        }
    }

    @Test
    void theReadmeNamesEveryTopic() throws IOException {
        String readme = Files.readString(BANK.resolve("README.md"));
        for (String topic : Set.of("fractions", "powers-roots", "equations", "sums-integrals", "matrices", "units")) {
            assertThat(readme).contains("`" + topic + "`");
        }
        assertThat(readme).containsIgnoringCase("checked by hand");
    }
}

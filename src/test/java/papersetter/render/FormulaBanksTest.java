package papersetter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;
import papersetter.testing.PdfText;

/**
 * What is not a formula prints as written (dollar signs in prose and code, {@code \(} inside code,
 * {@code \\(} escaped), and a formula that cannot be typeset stops {@code validate} and
 * {@code generate} with its place, the formula and what is wrong, before anything is drawn.
 */
class FormulaBanksTest {
    private static final Path DOLLARS = Path.of("src/test/resources/papersetter/maths/dollars.csv");
    private static final Path BAD = Path.of("src/test/resources/papersetter/maths/bad-formulas.csv");
    private static final Path FORMULAS = Path.of("src/test/resources/papersetter/maths/formulas.csv");

    @TempDir
    Path out;

    @Test
    void dollarsAndCodePrintAsWritten() throws IOException {
        Cli cli = Cli.run("generate", "--bank", DOLLARS.toString(), "--count", "all", "--sets", "1", "--seed", "3",
                "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        Path run = onlyRun();
        String paper = PdfText.compact(PdfText.text(run.resolve("paper-A.pdf")));
        String key = PdfText.compact(PdfText.text(run.resolve("key-A.pdf")));
        for (String written : new String[] {"A book costs $12 and a pen $3.", "$15", "$36", "echo $HOME",
            "The string $HOME", "echo $$", "\\(x\\)", "$x$", "Write \\(x\\) in a cell to print the characters",
            "echo $$ \\(x\\) \\[y\\] $PATH"}) {
            assertThat(paper).as(written).contains(PdfText.compact(written));
        }
        assertThat(key).contains(PdfText.compact("Add $12 and $3."), PdfText.compact("In bash, $$ is the process id."));
        assertThat(FormulaPlacementTest.formulaAlts(run.resolve("paper-A.pdf"))).isEmpty();
        assertThat(FormulaInk.read(run.resolve("paper-A.pdf"))).isEmpty();
    }

    @Test
    void validateNamesEachBadFormulaWithItsPlaceAndWhatIsWrong() {
        Cli cli = Cli.run("validate", BAD.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(2);
        String said = cli.out() + cli.err();
        assertThat(said).contains(BAD + ":2: column 'question': formula \\frac{1}{ (character 11): missing '}'");
        assertThat(said).contains(BAD + ":3: column 'question': formula \\foo{x} (character 11): "
                + "Unknown symbol or command or predefined TeXFormula: 'foo'");
        assertThat(said).contains(BAD + ":4: column 'option_b': formula \\left( x (character 3): ")
                .contains("The token \\left must be closed by \\right");
        assertThat(said).contains(BAD + ":6: column 'question': formula ж + 1 (character 6): "
                + "U+0436 CYRILLIC SMALL LETTER ZHE (ж) cannot be set in a formula");
        assertThat(said).doesNotContain(":5:", "Exception", "\tat ");
    }

    @Test
    void generateRefusesABankWithABadFormulaAndWritesNothing() throws IOException {
        Cli cli = Cli.run("generate", "--bank", BAD.toString(), "--count", "all", "--sets", "2", "--seed", "1",
                "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(2);
        assertThat(cli.err()).contains(BAD + ":2: column 'question': formula \\frac{1}{ (character 11): missing '}'");
        try (Stream<Path> left = Files.exists(out) ? Files.list(out) : Stream.empty()) {
            assertThat(left.filter(p -> !p.getFileName().toString().startsWith("."))).isEmpty();
        }
    }

    @Test
    void validateNotesADisplayedFormulaShrunkToFitItsColumn() {
        Cli cli = Cli.run("validate", FORMULAS.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out() + cli.err()).contains(FORMULAS + ":9: warning: column 'question': formula a_1 + a_2")
                .contains("it is printed at");
    }

    private Path onlyRun() throws IOException {
        try (Stream<Path> runs = Files.list(out)) {
            return runs.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
    }
}

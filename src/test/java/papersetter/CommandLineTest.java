package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import papersetter.testing.Cli;

/** The command as a trainer meets it: help, messages, exit codes, and nothing half-written. */
class CommandLineTest {
    @TempDir
    Path out;
    @TempDir
    Path scratch;

    @Test
    void helpShowsTheCommandsAndExamples() {
        Cli run = Cli.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("generate", "validate", "list", "Examples:", "Exit codes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "validate", "list"})
    void everyCommandHasHelpWithExamples(String command) {
        Cli run = Cli.run(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: papersetter " + command, "Examples:");
    }

    @Test
    void versionIsPrinted() {
        Cli run = Cli.run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("papersetter ");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli run = Cli.run("generate", "--colour", "red");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option", "'--colour'", "--help");
    }

    @Test
    void withoutASeedOneIsChosenAndPrinted() {
        Cli run = Cli.run("generate", "--count", "5", "--sets", "1", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("Seed \\d+ was chosen for this run; add --seed \\d+ to repeat it\\.");
    }

    @Test
    void askingForMoreThanMatchesSaysWhatTheBankHasAndWritesNothing() throws IOException {
        Cli run = Cli.run("generate", "--level", "fresher", "--topic", "orm", "--type", "mcq", "--count", "50",
                "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Asked for 50 questions but only", "--level fresher --topic orm --type mcq",
                "fresher / orm / mcq:", "Ask for at most");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(entries(out)).isEmpty();
    }

    @Test
    void aMisspeltTopicIsNamed() {
        Cli run = Cli.run("generate", "--topic", "form", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("The bank has no topic 'form'", "forms");
    }

    @Test
    void anUnknownTypeIsNamed() {
        Cli run = Cli.run("generate", "--type", "essay", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown question type 'essay'", "mcq, multi, truefalse, fill, numeric, short, long");
    }

    @Test
    void aBadBankStopsTheRunWithItsLineAndLeavesTheOutputAlone() throws IOException {
        Path bank = scratch.resolve("bad.csv");
        Files.writeString(bank, "id,level,topic,type,question,option_a,option_b,answer\n"
                + "Q1,fresher,orm,mcq,Which?,Yes,No,E\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("earlier-run.txt"), "keep me");
        Cli run = Cli.run("generate", "--bank", bank.toString(), "--count", "1", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv:2: column 'answer'").doesNotContain("\tat ");
        assertThat(entries(out)).containsExactly("earlier-run.txt");
    }

    @Test
    void validateReportsEveryProblemAndExitsTwo() throws IOException {
        Path bank = scratch.resolve("bad.csv");
        Files.writeString(bank, "id,level,topic,type,question,answer,marks\n"
                + "Q1,fresher,orm,matching,Explain.,Because,1\n"
                + "Q2,fresher,orm,short,Explain.,Because,two\n", StandardCharsets.UTF_8);
        Cli run = Cli.run("validate", bank.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv:2: column 'type'", "bad.csv:3: column 'marks'");
    }

    @Test
    void validateAndListDescribeTheShippedBank() {
        Cli validate = Cli.run("validate");
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(validate.out()).contains("no problems");
        Cli list = Cli.run("list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("Level fresher", "Level experienced", "orm", "questions in all");
    }

    @Test
    void aSecondRunNeverOverwritesTheFirst() throws IOException {
        for (int i = 0; i < 2; i++) {
            Cli run = Cli.run("generate", "--count", "3", "--sets", "1", "--seed", "5", "--out", out.toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
        }
        assertThat(entries(out)).filteredOn(name -> !name.equals("papersetter.db"))
                .hasSize(2).noneMatch(name -> name.startsWith(".papersetter-tmp"));
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsReportedPlainly() throws IOException {
        Path file = scratch.resolve("not-a-folder");
        Files.writeString(file, "x");
        Cli run = Cli.run("generate", "--count", "3", "--out", file.resolve("inside").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Cannot create the output folder").doesNotContain("\tat ");
    }

    private static java.util.List<String> entries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

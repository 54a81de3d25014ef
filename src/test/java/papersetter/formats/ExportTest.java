package papersetter.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.bank.BankReader;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.testing.Cli;

/** generate --export: each set's questions as drawn, in the order and with the options its paper prints. */
class ExportTest {
    @TempDir
    Path dir;

    @Test
    void eachSetIsExportedAsItsPaperPrintsIt() throws IOException {
        Path bank = Files.copy(RoundTripTest.CSV, dir.resolve("django.csv"));
        Files.createDirectories(dir.resolve("images"));
        Files.copy(RoundTripTest.CSV.resolveSibling("images/orm-diagram.png"), dir.resolve("images/orm-diagram.png"));
        Cli run = Cli.run("generate", "--bank", bank.toString(), "--count", "7", "--sets", "2", "--seed", "5",
                "--out", dir.resolve("out").toString(), "--export", "moodle-xml,gift,qti");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("  set-A-moodle.xml\n", "  set-B.gift\n", "  set-B-qti.zip\n",
                "Not carried over to Moodle XML (set A):\n  Moodle XML cannot hold fill questions with more than one blank");
        Path folder;
        try (Stream<Path> runs = Files.list(dir.resolve("out"))) {
            folder = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Map<String, Question> inBank = GiftBankTest.byId(BankReader.read(bank));
        List<org.apache.commons.csv.CSVRecord> keys;
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(
                Files.newBufferedReader(folder.resolve("keys.csv")))) {
            keys = parser.getRecords();
        }
        for (String set : List.of("A", "B")) {
            Path copy = Files.copy(folder.resolve("set-" + set + "-moodle.xml"), dir.resolve("set-" + set + ".xml"));
            List<Question> exported = BankReader.read(copy).questions();
            List<String[]> setKeys = keys.stream().skip(1).map(org.apache.commons.csv.CSVRecord::values)
                    .filter(cells -> cells[0].replace("\uFEFF", "").equals(set) && !cells[2].equals("DJ-CLI-001")).toList();
            assertThat(exported).extracting(Question::id).containsExactlyElementsOf(setKeys.stream().map(c -> c[2]).toList());
            for (int i = 0; i < exported.size(); i++) {
                Question q = exported.get(i);
                if (q.answer() instanceof Answer.Choice choice) {
                    String letters = String.join(", ", choice.correct().stream()
                            .map(index -> String.valueOf((char) ('A' + index))).toList());
                    assertThat(letters).as(set + " " + q.id()).isEqualTo(setKeys.get(i)[4].replace("\"", ""));
                    Question original = inBank.get(q.id());
                    List<String> rightTexts = ((Answer.Choice) original.answer()).correct().stream()
                            .map(original.options()::get).sorted().toList();
                    assertThat(choice.correct().stream().map(q.options()::get).sorted().toList()).isEqualTo(rightTexts);
                    assertThat(q.options()).containsExactlyInAnyOrderElementsOf(original.options());
                    assertThat(q.shuffleOptions()).as("an online quiz keeps the printed order").isFalse();
                }
            }
        }
        assertThat(Arrays.asList(folder.toFile().list())).contains("set-A.gift", "set-A-qti.zip");
    }

    @Test
    void anUnknownExportIsRefusedBeforeAnythingIsDrawn() {
        Cli run = Cli.run("generate", "--bank", RoundTripTest.CSV.toString(), "--count", "2", "--out",
                dir.resolve("out").toString(), "--export", "aiken");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--export aiken is not a format a run exports; use moodle-xml, gift or qti.");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}

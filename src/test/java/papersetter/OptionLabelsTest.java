package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import papersetter.bank.BankReader;
import papersetter.model.Question;
import papersetter.testing.Cli;
import papersetter.testing.PageWords;
import papersetter.testing.PdfText;

/** option-labels: the paper, its key, keys.csv and the manifest name every option alike. */
class OptionLabelsTest {
    private static final String BANK = "src/test/resources/e2e/chemistry.csv";

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"A)|B|B)", "a)|b|b)", "(a)|b|(b)", "1.|2|2.", "i.|ii|ii."})
    void thePaperTheKeyKeysCsvAndTheManifestNameOptionsAlike(String setting, String second, String printedSecond)
            throws IOException {
        Path layout = out.resolve("labels.yaml");
        Files.writeString(layout, "extends: exam\noption-labels: \"" + setting + "\"\n");
        Path target = out.resolve("run");
        Cli run = Cli.run("generate", "--bank", BANK, "--layout", layout.toString(), "--type", "mcq,multi", "--count",
                "8", "--sets", "2", "--seed", "9", "--out", target.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path folder;
        try (Stream<Path> entries = Files.list(target)) {
            folder = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Map<String, Question> bank = new HashMap<>();
        BankReader.read(Path.of(BANK)).questions().forEach(q -> bank.put(q.id(), q));
        Map<String, Object> manifest = JSON.std.mapFrom(Files.readString(folder.resolve("manifest.json")));
        List<String> csv = Files.readAllLines(folder.resolve("keys.csv"), StandardCharsets.UTF_8);
        for (Object setObject : (List<?>) manifest.get("sets")) {
            Map<?, ?> set = (Map<?, ?>) setObject;
            String letter = (String) set.get("set");
            String paper = PdfText.compact(PdfText.text(folder.resolve("paper-" + letter + ".pdf")));
            String key = PdfText.compact(PdfText.text(folder.resolve("key-" + letter + ".pdf")));
            assertThat(paper).contains(PdfText.compact(printedSecond));
            for (Object itemObject : (List<?>) set.get("questions")) {
                Map<?, ?> item = (Map<?, ?>) itemObject;
                Question question = bank.get((String) item.get("id"));
                List<?> order = (List<?>) item.get("options");
                String answer = (String) item.get("answer");
                for (String name : answer.split(";")) {
                    int printed = position(name, setting);
                    // The option the manifest names is the right one, and the paper prints it under that label.
                    int bankIndex = ((String) order.get(printed)).charAt(0) - 'A';
                    assertThat(((papersetter.model.Answer.Choice) question.answer()).correct()).contains(bankIndex);
                    String labelled = PdfText.compact(label(printed, setting) + question.options().get(bankIndex));
                    assertThat(paper).as("set %s %s", letter, question.id()).contains(labelled);
                    assertThat(key).as("key %s %s", letter, question.id()).contains(labelled);
                }
                String row = letter + "," + item.get("number") + "," + question.id() + ",";
                assertThat(csv).as("keys.csv row for %s", row)
                        .anyMatch(line -> line.startsWith(row) && line.contains(String.join(", ", answer.split(";"))));
            }
            assertThat(PageWords.problems(PageWords.read(folder.resolve("paper-" + letter + ".pdf")))).isEmpty();
        }
        assertThat(second).isEqualTo(name(1, setting));
    }

    @Test
    void anUnknownStyleIsRefusedWithTheStylesThereAre() throws IOException {
        Path layout = out.resolve("bad.yaml");
        Files.writeString(layout, "extends: exam\noption-labels: \"A.\"\n");
        Cli run = Cli.run("generate", "--bank", BANK, "--layout", layout.toString(), "--count", "3", "--out",
                out.resolve("bad-run").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("option-labels is 'A.'", "A), a), (a), 1., i.");
    }

    /** The test's own reading of a style, written out rather than taken from the code under test. */
    private static String name(int index, String setting) {
        String[] roman = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii"};
        return switch (setting) {
            case "A)" -> String.valueOf((char) ('A' + index));
            case "a)", "(a)" -> String.valueOf((char) ('a' + index));
            case "1." -> Integer.toString(index + 1);
            default -> roman[index];
        };
    }

    private static String label(int index, String setting) {
        return setting.replace(name(0, setting), name(index, setting));
    }

    private static int position(String name, String setting) {
        for (int i = 0; i < 8; i++) {
            if (name(i, setting).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("'" + name + "' is no option name of " + setting);
    }
}

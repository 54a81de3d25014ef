package papersetter.marking;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import papersetter.model.BadInputException;
import papersetter.testing.Cli;
import papersetter.testing.FuzzScratch;

/**
 * Coverage-guided fuzzing of the responses reader and the scoring behind {@code mark --responses}:
 * whatever bytes the file holds, the answer is a marking or a refusal in words, never another
 * exception or a hang. It marks a small fixed run (four items: mcq, multi, truefalse, fill, and a
 * short item; two sets). In a normal {@code mvn test} it replays the kept inputs in
 * {@code src/test/resources/papersetter/marking/ResponsesFuzzTestInputs/responsesFromAnyBytes/}.
 */
class ResponsesFuzzTest {
    private static final Path FOLDER = FuzzScratch.folder();
    private static final Path FILE = FOLDER.resolve("responses.csv");
    private static final Path RUN = run();

    @FuzzTest(maxDuration = "10m")
    // libFuzzer's dictionary syntax: a quote is \", other bytes \xNN
    @DictionaryEntries({"roll", "name", "set", "Q1", "Question 2", "sep=;", "\\x0D\\x0A", "\\\"", ";", ",",
        "\\x09", "A;C", "True", "paris", "1.5", "\\xC2\\xBD", "\\xEF\\xBB\\xBF"})
    void responsesFromAnyBytes(byte[] bytes) {
        try {
            Files.write(FILE, bytes);
            MarkResult result = Marking.mark(new MarkRequest(RUN, FILE, "partial", java.util.List.of("-0.5"),
                    java.util.List.of()));
            assertThat(result.folder().resolve("results.csv")).exists();
        } catch (BadInputException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\tat ");
            try (Stream<Path> files = Files.list(RUN)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".marks"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path run() {
        try {
            Path bank = FOLDER.resolve("bank.csv");
            Files.writeString(bank, "id,level,topic,type,question,option_a,option_b,option_c,option_d,answer,marks\n"
                    + "M1,l,t,mcq,One?,a,b,c,d,B,1\n"
                    + "M2,l,t,multi,Two?,a,b,c,d,A;C,2\n"
                    + "T1,l,t,truefalse,Three?,,,,,true,1\n"
                    + "F1,l,t,fill,The capital is ___ and ___.,,,,,Paris;Lyon|lyon,1\n"
                    + "S1,l,t,short,Explain.,,,,,Because.,2\n");
            Path out = FOLDER.resolve("out");
            Cli generate = Cli.run("generate", "--bank", bank.toString(), "--count", "all", "--sets", "2", "--seed",
                    "1", "--out", out.toString());
            if (generate.exitCode() != 0) {
                throw new IllegalStateException(generate.toString());
            }
            try (Stream<Path> folders = Files.list(out)) {
                return folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                        .findFirst().orElseThrow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

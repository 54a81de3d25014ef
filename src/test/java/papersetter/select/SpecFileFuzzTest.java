package papersetter.select;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import papersetter.config.ConfigException;
import papersetter.testing.FuzzScratch;

/**
 * Coverage-guided fuzzing of the paper spec reader: whatever bytes a spec file holds, the answer
 * is a spec or a {@link ConfigException} whose every line names the file and a line, and never
 * another exception, a stack overflow or a hang. In a normal {@code mvn test} it replays the
 * kept inputs in {@code src/test/resources/papersetter/select/SpecFileFuzzTestInputs/specFromAnyBytes/};
 * see "Fuzzing" in the README.
 */
class SpecFileFuzzTest {
    private static final Path FILE = FuzzScratch.folder().resolve("fuzzed.yaml");

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"title: ", "total: ", "level: ", "sections:", "  - heading: ", "    count: ", "    marks: ",
        "    marks-each: ", "    type: ", "mcq", "short", "    topic: [orm, views]", "    difficulty: 1-3", "    pick:",
        "      - type: ", "    quotas:", "      - at-least: ", "        at-most: ", "        exactly: ", "    shuffle: false",
        "instructions:", "1e-9", "0.5", "&a ", "*a", "[", "]", "{", "}", "- ", ": ", "\"", "!!int", "---"})
    void specFromAnyBytes(byte[] bytes) {
        try {
            Files.write(FILE, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PaperSpec spec;
        try {
            spec = SpecReader.read(FILE);
        } catch (ConfigException refused) {
            for (String line : refused.problems()) {
                assertThat(line).as("each line of the refusal names the file").startsWith(FILE.toString() + ": ");
            }
            assertThat(refused.getMessage()).doesNotContain("Exception", "\tat ");
            return;
        }
        assertThat(spec.sections()).isNotEmpty();
        spec.sections().forEach(section -> assertThat(section.rules()).isNotEmpty());
    }
}

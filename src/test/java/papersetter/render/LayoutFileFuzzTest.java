package papersetter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import papersetter.config.ConfigException;
import papersetter.model.BadInputException;
import papersetter.testing.FuzzScratch;

/**
 * Coverage-guided fuzzing of the layout reader (YAML through snakeyaml-engine, then every
 * setting): whatever bytes a layout file holds, the answer is a layout or a refusal whose every
 * line names the file, and never another exception, a stack overflow or a hang. In a normal
 * {@code mvn test} it replays the kept inputs in
 * {@code src/test/resources/papersetter/render/LayoutFileFuzzTestInputs/layoutFromAnyBytes/};
 * see "Fuzzing" in the README.
 */
class LayoutFileFuzzTest {
    private static final Path FILE = FuzzScratch.folder().resolve("fuzzed.yaml");

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"extends: ", "exam", "worksheet", "page:", "  size: ", "A5", "  margins:", "    top: ", "fonts:",
        "  family: ", "serif", "header:", "  logo: ", "  facts: [duration, date]", "candidate:", "  fields: ",
        "sections:", "  by: topic", "numbering: ", "{n}", "answer-space:", "  style: box", "  per-mark: ",
        "columns: 2", "column-gap: ", "options: inline", "footer:", "watermark: ", "key:", "  grid: ", "mm", "cm", "in",
        "&a ", "*a", "[", "]", "{", "}", "- ", ": ", "\"", "'", "!!str", "---", "..."})
    void layoutFromAnyBytes(byte[] bytes) {
        write(bytes);
        Layout layout;
        try {
            layout = Layouts.load(FILE.toString());
        } catch (BadInputException refused) {
            List<String> lines = refused instanceof ConfigException config ? config.problems()
                    : List.of(refused.getMessage().split("\n"));
            for (String line : lines) {
                assertThat(line).as("each line of the refusal names a file").matches("(?s)(/|Layout file |Unknown layout ).*");
            }
            assertThat(refused.getMessage()).doesNotContain("Exception", "\tat ");
            return;
        }
        assertThat(layout.columnWidth()).isGreaterThanOrEqualTo(150);
        assertThat(layout.bodyHeight()).isGreaterThanOrEqualTo(300);
    }

    private static void write(byte[] bytes) {
        try {
            Files.write(FILE, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

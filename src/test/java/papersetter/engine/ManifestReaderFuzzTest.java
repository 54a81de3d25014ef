package papersetter.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import papersetter.model.BadInputException;
import papersetter.model.RunFailure;
import papersetter.testing.FuzzScratch;

/**
 * Coverage-guided fuzzing of the manifest reader behind {@code generate --from}: whatever bytes a
 * manifest holds, the answer is a reprint or a refusal in words, never another exception or a
 * hang. It goes through the whole reprint ({@link Pipeline#reprint}): the manifest's reader and every
 * check made on what it read. In a normal
 * {@code mvn test} it replays the kept inputs in
 * {@code src/test/resources/papersetter/engine/ManifestReaderFuzzTestInputs/manifestFromAnyBytes/}.
 */
class ManifestReaderFuzzTest {
    private static final Path FOLDER = FuzzScratch.folder();
    private static final Path FILE = FOLDER.resolve("manifest.json");
    private static final Path OUT = FOLDER.resolve("out");

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\"format\"", "\"seed\"", "\"request\"", "\"bank\"", "\"bankFiles\"", "\"sha256\"", "\"sets\"",
        "\"set\"", "\"items\"", "\"id\"", "\"options\"", "\"sections\"", "\"layout\"", "\"drawing\"", "\"path\"",
        "\"sheets\"", "\"students\"", "\"roll\"", "\"rollDigits\"",
        "src/test/resources/robustness/small.csv", "S-001", "S-002", "S-003", "\"A\"", "[]", "{}", "null", "true", "-1",
        "1e999", "\"../x\""})
    void manifestFromAnyBytes(byte[] bytes) {
        try {
            Files.write(FILE, bytes);
            reprint();
        } catch (BadInputException | RunFailure refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\tat ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            clear(OUT);
        }
    }

    /** The manifest reader's entry point. */
    private static void reprint() {
        Pipeline.reprint(new ReprintRequest(FILE, OUT));
    }

    private static void clear(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

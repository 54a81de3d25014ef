package papersetter.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import papersetter.model.BadInputException;
import papersetter.model.Roll;
import papersetter.testing.FuzzScratch;

/**
 * Coverage-guided fuzzing of the class-list reader behind {@code generate --students}: whatever
 * bytes the file holds, the answer is a class list whose rolls are distinct and fit a QR code and
 * whose sets belong to the run, or a refusal in words, never another exception. In a normal
 * {@code mvn test} it replays the kept inputs in
 * {@code src/test/resources/papersetter/sheet/RosterFuzzTestInputs/rosterFromAnyBytes/}.
 */
class RosterFuzzTest {
    private static final Path FILE = FuzzScratch.folder().resolve("class.csv");

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"roll", "name", "set", "Roll No", "sep=;", "\\x0D\\x0A", "\\\"", ";", ",", "\\x09",
        "\\xEF\\xBB\\xBF", "A", "B", "C"})
    void rosterFromAnyBytes(byte[] bytes) {
        try {
            Files.write(FILE, bytes);
            Roster roster = Roster.read(FILE, 3);
            assertThat(roster.students()).isNotEmpty();
            assertThat(roster.students()).allSatisfy(s -> assertThat(Roll.valid(s.roll())).isTrue());
            assertThat(roster.students().stream().map(Roster.Student::roll).distinct().count())
                    .isEqualTo(roster.students().size());
            assertThat(roster.seats(3)).allSatisfy(seat -> assertThat(seat.set()).isIn("A", "B", "C"));
        } catch (BadInputException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\tat ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

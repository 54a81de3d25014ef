package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import papersetter.model.Question;
import papersetter.testing.FuzzScratch;

/**
 * Coverage-guided fuzzing of the bank loader and validator: whatever bytes a file holds, the
 * answer is a bank or a {@link BankException} whose every problem a trainer can act on; never
 * another exception, a hang, a problem without a place, or mojibake in a message.
 *
 * <p>In a normal {@code mvn test} this replays the kept inputs in
 * {@code src/test/resources/papersetter/bank/BankReaderFuzzTestInputs/bankFromAnyBytes/} in well
 * under a second. With {@code JAZZER_FUZZ=1} it fuzzes; see "Fuzzing" in the README.
 */
class BankReaderFuzzTest {
    private static final Path FOLDER = FuzzScratch.folder();
    private static final Path FILE = FOLDER.resolve("bank.csv");

    @FuzzTest(maxDuration = "10m")
    // libFuzzer's dictionary format takes one printable ASCII entry a line: no line breaks or other bytes here.
    @DictionaryEntries({
        "id,level,topic,type,question,option_a,option_b,option_c,answer,marks,explanation,difficulty,tags,shuffle,lines,image",
        "id;level;topic;type;question;option_a;option_b;answer",
        "mcq", "multi", "truefalse", "fill", "short", "long", "A;C", "true", "false", "___", "\"\"", "sep=;",
        "option_h", "option_i", "0.5", "1,5", "-1", "images/x.png", "../x.png", "C:/x.png"})
    void bankFromAnyBytes(byte[] bytes) {
        Bank bank;
        try {
            bank = BankReader.readBytes(FILE, bytes);
        } catch (BankException refused) {
            assertThat(refused.problems()).anyMatch(BankProblem::isError);
            refused.problems().forEach(problem -> checkProblem(problem, bytes));
            assertThat(refused.getMessage()).doesNotContain("Exception", "please report this");
            return;
        }
        assertThat(bank.questions()).isNotEmpty();
        bank.warnings().forEach(problem -> {
            assertThat(problem.warning()).isTrue();
            checkProblem(problem, bytes);
        });
        for (Question question : bank.questions()) {
            assertThat(question.source().line()).isBetween(2, bytes.length + 1);
            assertThat(question.marks().signum()).isPositive();
            assertThat(question.text()).isNotBlank();
        }
    }

    private static void checkProblem(BankProblem problem, byte[] bytes) {
        assertThat(problem.file()).isEqualTo(FILE);
        // A line beyond the file's last would send a trainer looking for something that is not there.
        assertThat(problem.line()).isBetween(0, bytes.length + 1);
        assertThat(problem.format()).doesNotContain("\uFFFD", "\tat ", "null");
    }
}

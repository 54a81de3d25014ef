package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import papersetter.model.Question;
import papersetter.testing.FuzzScratch;

/**
 * Coverage-guided fuzzing of the readers of other formats (GIFT, Aiken, Moodle XML, xlsx), each
 * through the whole bank loader as {@link BankReaderFuzzTest} does for CSV: whatever the bytes, a
 * bank or problems that each name the file and a real line, never another exception or a hang.
 * In a normal {@code mvn test} each method replays its kept inputs in
 * {@code src/test/resources/papersetter/bank/ForeignBankFuzzTestInputs/METHOD/}.
 */
class ForeignBankFuzzTest {
    private static final Path FOLDER = FuzzScratch.folder();

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"::", "{", "}", "=", "~", "#", "####", "%50%", "%-100%", "->", "\\{", "\\:", "$CATEGORY:",
        "[html]", "[markdown]", "{T}", "{FALSE}", "//", "___", "<code>", "<pre>"})
    void giftFromAnyBytes(byte[] bytes) {
        check(FOLDER.resolve("bank.gift"), bytes);
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"ANSWER: ", "A. ", "B) ", "C. ", "ANSWER: B"})
    void aikenFromAnyBytes(byte[] bytes) {
        check(FOLDER.resolve("bank.aiken"), bytes);
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"<quiz>", "</quiz>", "<question type=\"multichoice\">", "<question type=\"category\">",
        "</question>", "<text>", "</text>", "<answer fraction=\"100\">", "</answer>", "<single>false</single>",
        "<questiontext format=\"html\">", "</questiontext>", "<file name=\"a.png\" encoding=\"base64\">", "</file>",
        "<![CDATA[", "]]>", "&amp;", "<!DOCTYPE", "truefalse", "shortanswer", "essay", "<graderinfo>"})
    void moodleXmlFromAnyBytes(byte[] bytes) {
        check(FOLDER.resolve("bank.xml"), bytes);
    }

    @FuzzTest(maxDuration = "5m")
    void xlsxFromAnyBytes(byte[] bytes) {
        check(FOLDER.resolve("bank.xlsx"), bytes);
    }

    private static void check(Path file, byte[] bytes) {
        Bank bank;
        try {
            bank = BankReader.readBytes(file, bytes);
        } catch (BankException refused) {
            assertThat(refused.problems()).anyMatch(BankProblem::isError);
            refused.problems().forEach(problem -> checkProblem(problem, file, bytes));
            assertThat(refused.getMessage()).doesNotContain("please report this");
            return;
        }
        assertThat(bank.questions()).isNotEmpty();
        bank.warnings().forEach(problem -> checkProblem(problem, file, bytes));
        for (Question question : bank.questions()) {
            assertThat(question.source().line()).isBetween(1, bytes.length + 1);
            assertThat(question.marks().signum()).isPositive();
            assertThat(question.text()).isNotBlank();
        }
    }

    private static void checkProblem(BankProblem problem, Path file, byte[] bytes) {
        assertThat(problem.file().toString()).startsWith(file.toString());
        // An xlsx row number may be far beyond the file's bytes (row 1000000 of an almost empty sheet).
        if (!file.toString().endsWith(".xlsx")) {
            assertThat(problem.line()).isBetween(0, bytes.length + 1);
        }
        assertThat(problem.format()).doesNotContain("\tat ", "null");
    }
}

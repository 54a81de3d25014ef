package papersetter.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the QR code's reader: a scan may hold any QR code, so whatever text
 * it says, the answer is a sheet's code that writes back to exactly that text, or a refusal in
 * words, never another exception. In a normal {@code mvn test} it replays the kept inputs in
 * {@code src/test/resources/papersetter/sheet/SheetCodeFuzzTestInputs/codeFromAnyText/}.
 */
class SheetCodeFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"PSHEET1 ", "PSHEET", " R:", "%", "%C3%A9", "/", "0123456789ab"})
    void codeFromAnyText(byte[] bytes) {
        // A QR code's text reaches the reader as a string, decoded from whatever bytes it held.
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            SheetCode code = SheetCode.decode(text);
            assertThat(code.encode()).isEqualTo(text);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\tat ");
        }
    }
}

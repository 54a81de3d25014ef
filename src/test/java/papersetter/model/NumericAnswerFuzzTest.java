package papersetter.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the numeric answer grammar ({@link NumericAnswers}), which reads the
 * bank's answers, a {@code --rekey} and the numbers of typed responses: whatever text it is given,
 * the answer is an interval that reads back as itself or a problem in words with a fix, never
 * another exception or a hang. In a normal {@code mvn test} it replays the kept inputs in
 * {@code src/test/resources/papersetter/model/NumericAnswerFuzzTestInputs/answerFromAnyBytes/}.
 */
class NumericAnswerFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"±", "+-", "+/-", "..", "%", "(3 s.f.)", "sf", "sig figs", "significant figures", "d.p.",
        "decimal places", "e", "×10^", "×10", "⁻", "²", "³", ",", ".", "-", "−", " to "})
    void answerFromAnyBytes(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            NumericAnswers.Accepted accepted = NumericAnswers.parse(text);
            assertThat(accepted.low()).isLessThanOrEqualTo(accepted.high());
            assertThat(accepted.accepts(accepted.low())).isEqualTo(!accepted.lowOpen());
            assertThat(accepted.accepts(accepted.high())).isEqualTo(!accepted.highOpen());
            assertThat(accepted.keyText("m")).isNotBlank().doesNotContain("E+", "E-");
            NumericAnswers.Accepted again = NumericAnswers.parse(accepted.written());
            assertThat(again.low()).isEqualByComparingTo(accepted.low());
            assertThat(again.high()).isEqualByComparingTo(accepted.high());
        } catch (NumericAnswers.Problem problem) {
            assertThat(problem.getMessage()).isNotBlank();
            assertThat(problem.fix()).isNotBlank();
        }
        try {
            BigDecimal number = NumericAnswers.number(text);
            assertThat(NumericAnswers.number(NumericAnswers.bank(number))).isEqualByComparingTo(number);
        } catch (NumericAnswers.Problem problem) {
            assertThat(problem.getMessage()).isNotBlank();
        }
    }
}

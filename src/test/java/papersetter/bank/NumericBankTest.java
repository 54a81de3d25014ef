package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;

/**
 * A bank's numeric items: every spelling of an answer is read, every malformed one is refused with
 * its file, line and column and what to write instead, all in one pass, and a unit is allowed only
 * where it is printed.
 */
class NumericBankTest {
    @TempDir
    Path dir;

    @Test
    void everySpellingIsReadWithItsUnit() throws IOException {
        Path bank = write("id,level,topic,type,question,answer,unit\n"
                + "N1,l,t,numeric,g?,9.81 ±0.05,m/s²\n"
                + "N2,l,t,numeric,g?,9.81 +-0.05,\n"
                + "N3,l,t,Numerical,g?,9.76..9.86,m/s²\n"
                + "N4,l,t,numeric,g?,9.81 (3 s.f.),m/s²\n"
                + "N5,l,t,numeric,g?,\"9,81\",\n"
                + "N6,l,t,numeric,R?,220 ±5%,Ω\n");
        List<Question> questions = BankReader.read(bank).questions();
        assertThat(questions).allSatisfy(q -> assertThat(q.type()).isEqualTo(QuestionType.NUMERIC));
        Answer.Numeric first = (Answer.Numeric) questions.get(0).answer();
        assertThat(first.unit()).isEqualTo("m/s²");
        assertThat(first.keyText()).isEqualTo("9.81 ±0.05 · accept 9.76 to 9.86 m/s²");
        assertThat(((Answer.Numeric) questions.get(2).answer()).keyText()).isEqualTo("accept 9.76 to 9.86 m/s²");
        assertThat(((Answer.Numeric) questions.get(3).answer()).keyText())
                .isEqualTo("9.81 (3 s.f.) · accept 9.805 to under 9.815 m/s²");
        assertThat(((Answer.Numeric) questions.get(4).answer()).keyText()).isEqualTo("9.81");
        assertThat(((Answer.Numeric) questions.get(5).answer()).keyText()).isEqualTo("220 ±5% · accept 209 to 231 Ω");
    }

    @Test
    void everyMalformedAnswerIsReportedWithItsPlaceAndAFixInOnePass() throws IOException {
        Path bank = write("id,level,topic,type,question,answer,unit,option_a\n"
                + "N1,l,t,numeric,g?,9.81 m/s²,,\n"
                + "N2,l,t,numeric,g?,\"1,500\",,\n"
                + "N3,l,t,numeric,g?,9.86..9.76,,\n"
                + "N4,l,t,numeric,g?,9.812 (3 s.f.),,\n"
                + "N5,l,t,numeric,g?,,,\n"
                + "N6,l,t,numeric,g?,nine,,\n"
                + "N7,l,t,numeric,g?,5,3 kg,\n"
                + "N8,l,t,short,Why?,Because.,kg,\n"
                + "N9,l,t,numeric,g?,5,,an option\n");
        BankException refused = catchThrowableOfType(BankException.class, () -> BankReader.read(bank));
        String at = bank + ":";
        assertThat(refused.problems().stream().filter(BankProblem::isError).map(BankProblem::format)).containsExactly(
                at + "2: column 'answer': 'm/s²' after the number looks like a unit — write the unit in the column"
                        + " 'unit' (add the column if the bank has none) and the answer without it: 9.81",
                at + "3: column 'answer': '1,500' may be 1.500 or 1500 — write 1.500 or 1500 (a point for the"
                        + " decimals, no thousands separator)",
                at + "4: column 'answer': the range runs downwards, from 9.86 to 9.76 — write the smaller number"
                        + " first: 9.76..9.86",
                at + "5: column 'answer': 9.812 has 4 significant figures, more than the 3 it is rounded to — write"
                        + " it rounded: 9.81 (3 s.f.)",
                at + "6: column 'answer': empty — give the number the student must write, e.g. 9.81 ±0.05,"
                        + " 9.76..9.86 or 9.81 (3 s.f.)",
                at + "7: column 'answer': 'nine' is not a number — write a number with a point for its decimals,"
                        + " e.g. 9.81, with a tolerance (9.81 ±0.05), as a range (9.76..9.86) or rounded"
                        + " (9.81 (3 s.f.), 12.35 (2 d.p.))",
                at + "8: column 'unit': '3 kg' starts with a digit, so the printed answer would read as another"
                        + " number — write the unit alone, e.g. m/s², and any number in the answer",
                at + "9: column 'unit': a short item prints no unit, but this one gives 'kg' — clear the cell, or"
                        + " set the type to numeric",
                at + "10: column 'option_a': a numeric item has no options, but this one is filled — clear the"
                        + " option cells, or set the type to mcq or multi");
    }

    private Path write(String csv) throws IOException {
        Path bank = dir.resolve("bank.csv");
        Files.writeString(bank, csv);
        return bank;
    }
}

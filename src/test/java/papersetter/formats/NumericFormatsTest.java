package papersetter.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.bank.Bank;
import papersetter.bank.BankProblem;
import papersetter.bank.BankReader;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.testing.Cli;

/**
 * Numeric questions through the other formats: Moodle GIFT's {@code {#…}} questions read as numeric
 * (every spelling Moodle writes, several answers with weights: what is kept and what is said lost),
 * and papersetter's numeric items written to GIFT and Moodle XML and read back through the real
 * command and importer.
 */
class NumericFormatsTest {
    private static final String BANK = "id,level,topic,type,question,answer,unit,explanation\n"
            + "EXACT,general,physics,numeric,How many legs has a spider?,8,,Arachnids have eight.\n"
            + "TOL,general,physics,numeric,What is g?,9.81 ±0.05,m/s²,Near the ground.\n"
            + "RANGE,general,physics,numeric,Give g.,9.76..9.86,,\n"
            + "PCT,general,physics,numeric,What is R?,220 ±5%,Ω,\n"
            + "SF,general,physics,numeric,How far?,19.6 (3 s.f.),m,\n";

    @TempDir
    Path dir;

    private Map<String, Answer.Numeric> answers(Path bank) {
        return BankReader.read(bank).questions().stream().filter(q -> q.type() == QuestionType.NUMERIC)
                .collect(Collectors.toMap(Question::id, q -> (Answer.Numeric) q.answer()));
    }

    @Test
    void giftNumericQuestionsReadAsNumeric() throws IOException {
        Path gift = dir.resolve("moodle.gift");
        Files.writeString(gift, "// numeric questions as Moodle writes them\n"
                + "::G::What is g? {#9.81:0.05}\n\n"
                + "::R::Give g to two places. {#9.76..9.86}\n\n"
                + "::N::How many legs has a spider? {#8}\n\n"
                + "::W::Weighted answers {#=9.81:0.05#Well done =%50%9.8:0.5#Close}\n\n"
                + "::M::Two roots of x² = 4 {#=2 =-2}\n\n"
                + "::F::With general feedback {#=42:0####Deep Thought said so.}\n");
        Bank bank = BankReader.read(gift);
        Map<String, Question> byId = bank.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        assertThat(byId.keySet()).containsExactlyInAnyOrder("G", "R", "N", "W", "F");
        assertThat(byId.values()).allSatisfy(q -> assertThat(q.type()).isEqualTo(QuestionType.NUMERIC));
        assertThat(((Answer.Numeric) byId.get("G").answer()).written()).isEqualTo("9.81 ±0.05");
        assertThat(((Answer.Numeric) byId.get("R").answer()).written()).isEqualTo("9.76..9.86");
        assertThat(((Answer.Numeric) byId.get("N").answer()).written()).isEqualTo("8");
        assertThat(((Answer.Numeric) byId.get("W").answer()).written()).isEqualTo("9.81 ±0.05");
        assertThat(byId.get("W").explanation()).isEqualTo("Well done");
        assertThat(((Answer.Numeric) byId.get("F").answer()).written()).isEqualTo("42");
        assertThat(byId.get("F").explanation()).isEqualTo("Deep Thought said so.");
        List<String> notes = bank.warnings().stream().map(BankProblem::format).toList();
        assertThat(notes).anySatisfy(n -> assertThat(n).contains(":10:", "a numeric question with 2 different answers"
                + " worth full marks (2, -2) is left out", "keep one answer, or one range that holds them all"));
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("numeric answers worth part of the marks (1) are not kept"));
    }

    @Test
    void giftRoundTripKeepsTheRangeAndSaysWhatItLoses() throws IOException {
        Path bank = Files.writeString(dir.resolve("physics.csv"), BANK);
        Cli run = Cli.run("convert", bank.toString(), "--to", "gift", "-o", dir.resolve("physics.gift").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String gift = Files.readString(dir.resolve("physics.gift"));
        assertThat(gift).contains("{#8####Arachnids have eight.}", "{#9.81:0.05####Near the ground.}", "{#9.76..9.86}",
                "{#220:11}", "{#19.55..19.65}");
        assertThat(run.out()).contains("units of numeric questions (GIFT has none): 3 questions (TOL, PCT, SF)",
                "percentage tolerances (written as the tolerance they give): 1 question (PCT)",
                "answers rounded to significant figures or decimal places (written as the range they accept, its upper"
                        + " end included): 1 question (SF)");
        Map<String, Answer.Numeric> before = answers(bank);
        Map<String, Answer.Numeric> after = answers(dir.resolve("physics.gift"));
        for (String id : List.of("EXACT", "TOL", "RANGE")) {
            assertThat(after.get(id).written()).as(id).isEqualTo(before.get(id).written());
        }
        assertThat(after.get("PCT").accepted().low()).isEqualByComparingTo(before.get("PCT").accepted().low());
        assertThat(after.get("PCT").accepted().high()).isEqualByComparingTo(before.get("PCT").accepted().high());
        assertThat(after.get("SF").written()).isEqualTo("19.55..19.65");
    }

    @Test
    void moodleXmlRoundTripKeepsEveryNumericAnswerAndUnit() throws IOException {
        Path bank = Files.writeString(dir.resolve("physics.csv"), BANK);
        Cli run = Cli.run("convert", bank.toString(), "--to", "moodle-xml", "-o", dir.resolve("physics.xml").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String xml = Files.readString(dir.resolve("physics.xml"));
        assertThat(xml).contains("<question type=\"numerical\">", "<text>9.81</text><tolerance>0.05</tolerance>",
                "<unit_name>m/s²</unit_name>", "<text>9.81</text><tolerance>0.05</tolerance>",
                "<text>19.6</text><tolerance>0.05</tolerance>", "<text>answer:19.6 (3 s.f.)</text>");
        Map<String, Answer.Numeric> before = answers(bank);
        Map<String, Answer.Numeric> after = answers(dir.resolve("physics.xml"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aMoodleXmlNumericalQuestionFromMoodle() throws IOException {
        Path xml = Files.writeString(dir.resolve("moodle.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="numerical">
                    <name><text>Speed</text></name>
                    <questiontext format="html"><text>&lt;p&gt;How fast, in km/h?&lt;/p&gt;</text></questiontext>
                    <answer fraction="100"><text>60</text><tolerance>0.5</tolerance><feedback><text>Yes.</text></feedback></answer>
                    <answer fraction="50"><text>60</text><tolerance>5</tolerance></answer>
                    <answer fraction="0"><text>*</text></answer>
                    <units>
                      <unit><multiplier>1</multiplier><unit_name>km/h</unit_name></unit>
                      <unit><multiplier>1000</multiplier><unit_name>m/h</unit_name></unit>
                    </units>
                  </question>
                </quiz>
                """);
        Bank bank = BankReader.read(xml);
        Answer.Numeric speed = (Answer.Numeric) bank.questions().get(0).answer();
        assertThat(speed.keyText()).isEqualTo("60 ±0.5 · accept 59.5 to 60.5 km/h");
        assertThat(bank.questions().get(0).explanation()).isEqualTo("Yes.");
        assertThat(bank.warnings().stream().map(BankProblem::format)).anySatisfy(n -> assertThat(n).contains(
                "answers worth part of the marks (1) are not kept")).anySatisfy(n -> assertThat(n).contains(
                "units other than the one with multiplier 1 are not kept"));
    }
}

package papersetter.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.bank.Bank;
import papersetter.bank.BankProblem;
import papersetter.bank.BankReader;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.testing.Cli;

/** Other people's CSVs, read through a mapping file rather than rewritten. */
class MappedCsvTest {
    static final Path FIXTURES = Path.of("src/test/resources/formats");

    @TempDir
    Path dir;

    @Test
    void theRealCaseReadsWithTheMappingBesideIt() {
        Path csv = FIXTURES.resolve("trivia.csv");
        Bank bank = BankReader.read(csv);
        Map<String, Question> q = GiftBankTest.byId(bank);
        assertThat(q.keySet()).containsExactlyInAnyOrder("101", "102", "103", "104", "105");

        Question cpu = q.get("101");
        assertThat(cpu.type()).isEqualTo(QuestionType.MCQ);
        assertThat(cpu.level()).isEqualTo("general");
        assertThat(cpu.topic()).isEqualTo("hardware");
        assertThat(cpu.tags()).containsExactly("Science: Computers");
        assertThat(cpu.options()).containsExactly("Central Processing Unit", "Central Process Unit",
                "Computer Personal Unit", "Central Processor Unit");
        assertThat(cpu.answer()).isEqualTo(Answer.Choice.of(0));
        assertThat(cpu.difficulty()).isEqualTo(1); // 0 on the CSV's 0-2 scale
        assertThat(q.get("103").difficulty()).isEqualTo(3);
        assertThat(q.get("102").difficulty()).isEqualTo(2);

        Question snake = q.get("102");
        assertThat(snake.type()).isEqualTo(QuestionType.TRUEFALSE);
        assertThat(snake.answer()).isEqualTo(new Answer.TrueFalse(false));

        assertThat(q.get("104").options()).containsExactly("<br>", "<break>", "<lb>");

        // The repeated question is said, as in any bank, at its own line.
        assertThat(bank.warnings()).extracting(BankProblem::format).containsExactly(csv + ":6: warning: column"
                + " 'question': '105' asks the same question as '101' (" + csv + ":2) — papers count it as one question"
                + " with it; delete one or reword it");
    }

    @Test
    void validateSuggestsAMappingThatThenWorks() throws IOException {
        Path csv = Files.copy(FIXTURES.resolve("trivia.csv"), dir.resolve("trivia.csv"));
        Cli run = Cli.run("validate", csv.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        String err = run.err();
        assertThat(err).contains(csv + ":1: warning: these columns look like a bank from another tool; papersetter"
                + " reads it as it is with a mapping file — save these lines as trivia.map.yaml beside it, check them,"
                + " and run again:\n    # trivia.map.yaml");
        assertThat(err).doesNotContain("unknown column");
        String suggested = err.substring(err.indexOf("    # trivia.map.yaml"), err.indexOf("\n1 error"));
        Files.writeString(dir.resolve("trivia.map.yaml"), suggested.stripIndent());
        Cli again = Cli.run("validate", csv.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("5 questions in 1 file");
    }

    @Test
    void optionsInLetterColumnsWithAnswersAsTextOrLetterForms() throws IOException {
        Path csv = Files.copy(FIXTURES.resolve("lettered.csv"), dir.resolve("lettered.csv"));
        Files.writeString(dir.resolve("lettered.map.yaml"), """
                columns:
                  question: Question
                  options: [A, B, C, D]
                  answer: Answer
                values:
                  level: fresher
                """);
        Bank bank = BankReader.read(csv);
        assertThat(bank.questions()).extracting(Question::answer).containsExactly(
                Answer.Choice.of(1), Answer.Choice.of(2), Answer.Choice.of(0), Answer.Choice.of(1));
        assertThat(bank.questions()).extracting(Question::id)
                .containsExactly("lettered-2", "lettered-3", "lettered-4", "lettered-5");
        assertThat(bank.questions()).extracting(Question::topic).containsOnly("lettered");
    }

    @Test
    void anAnswerMatchingNoOptionOrTwoIsRefusedAtItsLine() throws IOException {
        Path csv = Files.writeString(dir.resolve("q.csv"), "Question,A,B,C,Answer\n"
                + "Which?,yes,no,maybe,perhaps\nWhich again?,same,same,other,same\n");
        Files.writeString(dir.resolve("q.map.yaml"), "columns:\n  question: Question\n  options: [A, B, C]\n  answer: Answer\n");
        assertThat(OtherFormatBankTest.problems(csv)).contains(
                csv + ":2: the answer 'perhaps' is neither an option's letter nor the text of one of its options"
                        + " — write the right option's letter or its exact text",
                csv + ":3: the answer 'same' is the text of 2 options — make the options different, or give the"
                        + " answer as a letter");
    }

    @Test
    void choicesInOneCellWithASeparator() throws IOException {
        Path csv = Files.writeString(dir.resolve("q.csv"), "prompt,right,wrong\nCapital of France?,Paris,Lyon|Nice|Lille\n");
        Files.writeString(dir.resolve("other.yaml"), "columns:\n  question: prompt\n  correct_answer: right\n"
                + "  choices: wrong\nchoices_separator: \"|\"\n");
        Cli run = Cli.run("validate", csv.toString(), "--map", dir.resolve("other.yaml").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Question q = BankReader.read(csv, dir.resolve("other.yaml")).questions().get(0);
        assertThat(q.options()).containsExactly("Paris", "Lyon", "Nice", "Lille");
        assertThat(q.answer()).isEqualTo(Answer.Choice.of(0));
    }

    @Test
    void aMappingThatNamesAColumnTheCsvLacksSaysWhichAndWhere() throws IOException {
        Path csv = Files.copy(FIXTURES.resolve("trivia.csv"), dir.resolve("trivia.csv"));
        Path map = Files.writeString(dir.resolve("trivia.map.yaml"), "columns:\n  question: question\n"
                + "  correct_answer: correct_answer\n  choices: [choice_1, choice_2, choice_3]\n  topic: Topic Focs\n"
                + "colums: x\n");
        List<String> problems = OtherFormatBankTest.problems(csv);
        assertThat(problems).containsExactly(
                map + ":6: unknown key 'colums' — did you mean 'columns'?");
        Files.writeString(map, "columns:\n  question: question\n"
                + "  correct_answer: correct_answer\n  choices: [choice_1, choice_2, choice_3]\n  topic: Topic Focs\n");
        assertThat(OtherFormatBankTest.problems(csv)).containsExactly(map + ":5: 'Topic Focs' is not a column of " + csv
                + " — did you mean 'Topic Focus'? its columns are: id, question, correct_answer, choice_1, choice_2,"
                + " choice_3, difficulty, Knowledge Category, Topic Focus");
    }

    @Test
    void aDifficultyOffTheScaleIsNamed() throws IOException {
        Path csv = Files.writeString(dir.resolve("q.csv"), "q,right,wrong,level\nWhich?,a,b,7\n");
        Files.writeString(dir.resolve("q.map.yaml"), "columns:\n  question: q\n  correct_answer: right\n"
                + "  choices: [wrong]\n  difficulty: level\ndifficulty_scale: 0-2 -> 1-3\n");
        assertThat(OtherFormatBankTest.problems(csv)).containsExactly(csv + ":2: difficulty 7 is outside the scale 0-2"
                + " the mapping q.map.yaml gives — correct it, or widen difficulty_scale");
    }

    @Test
    void theCsvsOwnChecksNameTheCsvsOwnColumns() throws IOException {
        Path csv = Files.writeString(dir.resolve("q.csv"), "q,right,wrong,pts\nWhich?,a,b,-2\n");
        Files.writeString(dir.resolve("q.map.yaml"), "columns:\n  question: q\n  correct_answer: right\n"
                + "  choices: [wrong]\n  marks: pts\n");
        assertThat(OtherFormatBankTest.problems(csv)).containsExactly(csv + ":2: column 'pts': '-2' is less than 0"
                + " — write the marks as a number above 0, e.g. 2 or 0.5");
    }
}

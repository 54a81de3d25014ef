package papersetter.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.bank.BankReader;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.testing.Cli;

/**
 * papersetter CSV → each format → back, through the real command and the real importer: the same
 * questions, options, answers and explanations wherever the format holds them, and every loss said.
 */
class RoundTripTest {
    static final Path CSV = Path.of("src/test/resources/banks/good/django.csv");

    @TempDir
    Path dir;
    Path bank;
    List<Question> original;

    @BeforeEach
    void copyTheBank() throws IOException {
        bank = Files.copy(CSV, dir.resolve("django.csv"));
        Files.createDirectories(dir.resolve("images"));
        Files.copy(CSV.resolveSibling("images/orm-diagram.png"), dir.resolve("images/orm-diagram.png"));
        original = BankReader.read(bank).questions();
        // The fixture holds every type, a picture, code, marks, difficulty, tags, lines and shuffle=false; numeric
        // items, newer than the fixture and its LibreOffice copy, go through the formats in NumericFormatsTest.
        assertThat(original).extracting(Question::type).contains(java.util.Arrays.stream(QuestionType.values())
                .filter(type -> type != QuestionType.NUMERIC).toArray(QuestionType[]::new));
    }

    private Cli convert(String to, String out) {
        Cli run = Cli.run("convert", bank.toString(), "--to", to, "-o", dir.resolve(out).toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    private List<Question> readBack(String out) {
        return BankReader.read(dir.resolve(out)).questions();
    }

    @Test
    void csvAndWorkbookKeepEverything() {
        for (String[] target : new String[][] {{"csv", "again.csv"}, {"xlsx", "book.xlsx"}}) {
            Cli run = convert(target[0], target[1]);
            assertThat(run.out()).doesNotContain("Not carried over");
            assertThat(SameQuestions.of(readBack(target[1]))).isEqualTo(SameQuestions.of(original));
        }
    }

    @Test
    void moodleXmlKeepsEverythingButFillsWithSeveralBlanks() {
        Cli run = convert("moodle-xml", "django.xml");
        assertThat(run.out()).isEqualTo("Wrote 6 questions to " + dir.resolve("django.xml") + " (Moodle XML).\n"
                + "Not carried over:\n"
                + "  Moodle XML cannot hold fill questions with more than one blank (left out: they would need Moodle's"
                + " cloze type): 1 question (DJ-CLI-001)\n");
        List<Question> expected = original.stream().filter(q -> !q.id().equals("DJ-CLI-001")).toList();
        assertThat(SameQuestions.of(readBack("django.xml"))).isEqualTo(SameQuestions.of(expected));
        assertThat(dir.resolve("django-pictures/orm-diagram.png")).hasSameBinaryContentAs(dir.resolve("images/orm-diagram.png"));
    }

    @Test
    void giftKeepsTextOptionsAnswersAndExplanationsAndSaysWhatItCannot() {
        Cli run = convert("gift", "django.gift");
        assertThat(run.out()).contains("Wrote 6 questions",
                "Moodle GIFT cannot hold levels (kept only in the category path; read back as level general)",
                "Moodle GIFT cannot hold marks other than 1: 4 questions",
                "Moodle GIFT cannot hold fill questions with more than one blank (left out): 1 question (DJ-CLI-001)",
                "Moodle GIFT cannot hold pictures: 1 question (DJ-ORM-003)",
                "Moodle GIFT cannot hold short-answer questions as such (written as essays, read back as long):"
                        + " 1 question (DJ-ORM-003)");
        List<Question> back = readBack("django.gift");
        List<Question> expected = original.stream().filter(q -> !q.id().equals("DJ-CLI-001")).toList();
        assertThat(project(back, q -> List.of(q.id(), q.topic(), q.text(), q.options(), q.answer(), q.explanation())))
                .isEqualTo(project(expected, q -> List.of(q.id(), q.topic(), q.text(), q.options(), q.answer(),
                        q.type().isWritten() ? "" : q.explanation())));
        assertThat(back).extracting(Question::type).containsExactly(QuestionType.MCQ, QuestionType.MULTI,
                QuestionType.MCQ, QuestionType.TRUEFALSE, QuestionType.LONG, QuestionType.LONG);
    }

    @Test
    void aikenKeepsItsMultipleChoiceAndSaysWhatItLeavesOut() {
        Cli run = convert("aiken", "django.txt");
        assertThat(run.out()).contains("Wrote 2 questions",
                "Aiken cannot hold explanations: 1 question (DJ-ORM-001)",
                "Aiken cannot hold multi questions (left out: Aiken holds only one-answer multiple choice): 1 question");
        List<Question> expected = original.stream().filter(q -> q.type() == QuestionType.MCQ).toList();
        assertThat(project(readBack("django.txt"), q -> List.of(q.text(), q.options(), q.answer())))
                .isEqualTo(project(expected, q -> List.of(q.text(), q.options(), q.answer())));
    }

    @Test
    void theShippedBankGoesThroughMoodleXmlAndExcelUnchanged() {
        Path shipped = Path.of("bank/django");
        List<Question> all = BankReader.read(shipped).questions();
        for (String[] target : new String[][] {{"moodle-xml", "shipped.xml"}, {"xlsx", "shipped.xlsx"}}) {
            Cli run = Cli.run("convert", shipped.toString(), "--to", target[0], "-o", dir.resolve(target[1]).toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            List<Question> expected = target[0].equals("xlsx") ? all : all.stream()
                    .filter(q -> !(q.answer() instanceof Answer.Blanks blanks && blanks.accepted().size() > 1)).toList();
            assertThat(SameQuestions.of(readBack(target[1]))).isEqualTo(SameQuestions.of(expected));
        }
    }

    @Test
    void aQuestionReadFromGiftConvertsBackToTheSameGift() throws IOException {
        // GIFT → CSV → GIFT: the second GIFT reads as the first did.
        Path gift = Files.copy(GiftBankTest.GIFT, dir.resolve("quiz.gift"));
        assertThat(Cli.run("convert", gift.toString(), "--to", "csv").exitCode()).isZero();
        assertThat(Cli.run("convert", dir.resolve("quiz.csv").toString(), "--to", "gift", "-o",
                dir.resolve("again.gift").toString()).exitCode()).isZero();
        List<Question> first = BankReader.read(gift).questions();
        List<Question> second = BankReader.read(dir.resolve("again.gift")).questions();
        // GIFT has one kind of written answer: a short answer at the end of a question goes out as an essay.
        assertThat(project(second, q -> List.of(q.id(), q.type(), q.text(), q.options(), q.answer(), q.explanation())))
                .isEqualTo(project(first, q -> List.of(q.id(), q.type() == QuestionType.SHORT ? QuestionType.LONG : q.type(),
                        q.text(), q.options(), q.answer(), q.explanation())));
    }

    @Test
    void theSameQuestionsGiveTheSameBytes() throws IOException {
        convert("qti", "a.zip");
        convert("qti", "b.zip");
        convert("moodle-xml", "a.xml");
        convert("moodle-xml", "b.xml");
        assertThat(dir.resolve("a.zip")).hasSameBinaryContentAs(dir.resolve("b.zip"));
        assertThat(dir.resolve("a.xml")).hasSameBinaryContentAs(dir.resolve("b.xml"));
    }

    @Test
    void anExistingFileIsNeverOverwrittenAndABadBankWritesNothing() throws IOException {
        Files.writeString(dir.resolve("taken.xml"), "mine");
        Cli run = Cli.run("convert", bank.toString(), "--to", "moodle-xml", "-o", dir.resolve("taken.xml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(dir.resolve("taken.xml") + " already exists. Nothing was written");
        assertThat(Files.readString(dir.resolve("taken.xml"))).isEqualTo("mine");

        Path broken = Files.writeString(dir.resolve("broken.gift"), "Which?{=a ~b\n");
        Cli refused = Cli.run("convert", broken.toString(), "--to", "qti");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(broken + ":1: the answer block opened with { on this line is not closed");
        assertThat(dir.resolve("broken-qti.zip")).doesNotExist();

        Cli unknown = Cli.run("convert", bank.toString(), "--to", "word");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--to word is not a format papersetter writes; use one of csv, xlsx, gift,"
                + " aiken, moodle-xml, qti");
    }

    private static List<List<Object>> project(List<Question> questions, Function<Question, List<Object>> fields) {
        return questions.stream().map(fields).toList();
    }

    static Answer answerOf(Question q) {
        return q.answer();
    }
}

package papersetter.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.bank.Bank;
import papersetter.bank.BankProblem;
import papersetter.bank.BankReader;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;

/** Aiken, Moodle XML and Excel workbooks read as banks, through the same validation as a CSV. */
class OtherFormatBankTest {
    static final Path FIXTURES = Path.of("src/test/resources/formats");
    static final Path CSV = Path.of("src/test/resources/banks/good/django.csv");

    @TempDir
    Path dir;

    @Test
    void aikenQuestionsAreMcqWithTheFilesNameAsTopic() {
        Bank bank = BankReader.read(FIXTURES.resolve("python-basics.txt"));
        assertThat(bank.questions()).extracting(Question::id)
                .containsExactly("python-basics-1", "python-basics-2", "python-basics-3");
        Question first = bank.questions().get(0);
        assertThat(first.type()).isEqualTo(QuestionType.MCQ);
        assertThat(first.topic()).isEqualTo("python-basics");
        assertThat(first.options()).containsExactly("func", "def", "lambda", "define");
        assertThat(first.answer()).isEqualTo(Answer.Choice.of(1));
        assertThat(bank.questions().get(1).options()).containsExactly("2", "3", "4");
        assertThat(bank.questions().get(1).answer()).isEqualTo(Answer.Choice.of(1));
        assertThat(bank.questions().get(2).text()).isEqualTo("Which of these\nis an immutable sequence?");
        assertThat(bank.questions().get(2).source().line()).isEqualTo(14);
    }

    @Test
    void moodleXmlEveryTypeItReads() throws IOException {
        Path xml = Files.copy(FIXTURES.resolve("views.xml"), dir.resolve("views.xml"));
        Bank bank = BankReader.read(xml);
        Map<String, Question> q = GiftBankTest.byId(bank);
        assertThat(q.keySet()).containsExactlyInAnyOrder("VIEW-1-Which-decorator", "VIEW-2", "VIEW-3", "VIEW-4",
                "VIEW-5", "VIEW-6", "VIEW-8");

        Question mcq = q.get("VIEW-1-Which-decorator");
        assertThat(mcq.topic()).isEqualTo("views");
        assertThat(mcq.type()).isEqualTo(QuestionType.MCQ);
        assertThat(mcq.text()).isEqualTo("Which decorator limits a view to `POST` requests?");
        assertThat(mcq.options()).containsExactly("`@require_POST`", "`@login_required`", "`@csrf_exempt` & nothing else");
        assertThat(mcq.answer()).isEqualTo(Answer.Choice.of(0));
        assertThat(mcq.marks()).isEqualByComparingTo("2");
        assertThat(mcq.explanation()).isEqualTo("See `django.views.decorators.http`.");
        assertThat(mcq.image()).contains(dir.resolve("views-pictures/flow_chart.png"));
        assertThat(mcq.source().line()).isEqualTo(9);
        assertThat(Files.readAllBytes(dir.resolve("views-pictures/flow_chart.png"))).startsWith(0x89, 'P', 'N', 'G');

        Question multi = q.get("VIEW-2");
        assertThat(multi.type()).isEqualTo(QuestionType.MULTI);
        assertThat(multi.answer()).isEqualTo(Answer.Choice.of(0, 1));
        assertThat(multi.shuffleOptions()).isFalse();
        assertThat(multi.explanation()).isEqualTo("Right.");

        assertThat(q.get("VIEW-3").answer()).isEqualTo(new Answer.TrueFalse(true));
        assertThat(q.get("VIEW-3").explanation()).isEqualTo("Or raise an exception.");

        Question fill = q.get("VIEW-4");
        assertThat(fill.type()).isEqualTo(QuestionType.FILL);
        assertThat(fill.answer()).isEqualTo(new Answer.Blanks(List.of(List.of("reverse", "django.urls.reverse"))));

        assertThat(q.get("VIEW-5").type()).isEqualTo(QuestionType.SHORT);
        assertThat(q.get("VIEW-5").answer()).isEqualTo(new Answer.Model("render"));

        Question essay = q.get("VIEW-6");
        assertThat(essay.type()).isEqualTo(QuestionType.LONG);
        assertThat(essay.text()).isEqualTo("Explain this view:\n```\ndef home(request):\n"
                + "    return render(request, \"home.html\")\n```");
        assertThat(essay.answer()).isEqualTo(new Answer.Model("It renders home.html with an empty context."));
        assertThat(essay.marks()).isEqualByComparingTo("5");

        assertThat(bank.warnings()).extracting(BankProblem::format).containsExactly(
                xml + ": warning: feedback on wrong answers (1) is not kept: papersetter keeps one explanation per"
                        + " question, from the general feedback or the right answer's feedback",
                xml + ":69: warning: a matching question has no papersetter type; it is left out — papersetter reads"
                        + " multichoice, truefalse, shortanswer, numerical and essay questions");
        assertThat(((Answer.Numeric) q.get("VIEW-8").answer()).keyText()).isEqualTo("2");
    }

    @Test
    void aPictureAlreadyThereWithOtherBytesIsNeverOverwritten() throws IOException {
        Path xml = Files.copy(FIXTURES.resolve("views.xml"), dir.resolve("views.xml"));
        Files.createDirectories(dir.resolve("views-pictures"));
        Files.writeString(dir.resolve("views-pictures/flow_chart.png"), "a trainer's own file");
        List<String> problems = OtherFormatBankTest.problems(xml);
        assertThat(problems).contains(xml + ":13: " + dir.resolve("views-pictures/flow_chart.png")
                + " already exists and holds another picture — move it away, so that papersetter can write this"
                + " question's picture there");
        assertThat(Files.readString(dir.resolve("views-pictures/flow_chart.png"))).isEqualTo("a trainer's own file");
    }

    @Test
    void aWorkbookSavedByLibreOfficeReadsAsTheCsvItWasMadeFrom() throws IOException {
        // django-libreoffice.xlsx is banks/good/django.csv opened in LibreOffice Calc 7.4 and saved as .xlsx:
        // numbers, TRUE and multi-line cells come back as Calc stores them.
        Path workbook = copyWithPictures("django-libreoffice.xlsx");
        assertThat(SameQuestions.of(BankReader.read(workbook).questions()))
                .isEqualTo(SameQuestions.of(BankReader.read(CSV).questions()));
    }

    @Test
    void aWorkbookWithoutATopicColumnHasOneTopicPerSheet() throws IOException {
        Path workbook = dir.resolve("quiz.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            Workbook book = new Workbook(out, "test", "1.0");
            sheet(book.newWorksheet("orm"), new String[][] {
                {"id", "level", "type", "question", "option_a", "option_b", "answer"},
                {"O-1", "fresher", "mcq", "Which returns one object?", "get()", "filter()", "A"},
                {"O-2", "fresher", "truefalse", "QuerySets are lazy.", "", "", "true"}});
            sheet(book.newWorksheet("views"), new String[][] {
                {"id", "level", "type", "question", "answer"},
                {"V-1", "fresher", "short", "What does a view return?", "An HttpResponse"}});
            book.finish();
        }
        Bank bank = BankReader.read(workbook);
        assertThat(bank.questions()).extracting(Question::id, Question::topic)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("O-1", "orm"),
                        org.assertj.core.groups.Tuple.tuple("O-2", "orm"),
                        org.assertj.core.groups.Tuple.tuple("V-1", "views"));
        assertThat(bank.questions().get(2).source()).hasToString(workbook + " (sheet views):2");
    }

    @Test
    void aWorkbooksRowsAreCheckedAsCsvRowsAre() throws IOException {
        Path workbook = dir.resolve("bad.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            Workbook book = new Workbook(out, "test", "1.0");
            sheet(book.newWorksheet("Sheet1"), new String[][] {
                {"id", "level", "topic", "type", "question", "option_a", "option_b", "answer"},
                {"O-1", "fresher", "orm", "mcq", "Which returns one object?", "get()", "filter()", "E"}});
            book.finish();
        }
        assertThat(problems(workbook)).containsExactly(workbook + ":2: column 'answer': 'E' but the item has options"
                + " A–B — use one of A, B");
    }

    @Test
    void aFolderMixesFormatsAndLeavesOtherTextFilesAlone() throws IOException {
        Files.copy(FIXTURES.resolve("python-basics.txt"), dir.resolve("python-basics.txt"));
        Files.copy(GiftBankTest.GIFT, dir.resolve("django.gift"));
        Files.writeString(dir.resolve("notes.txt"), "Remember to print on A4.\n");
        Files.writeString(dir.resolve("other.xml"), "<?xml version=\"1.0\"?><config/>");
        Bank bank = BankReader.read(dir);
        assertThat(bank.files()).containsExactly(dir.resolve("django.gift"), dir.resolve("python-basics.txt"));
        assertThat(bank.questions()).hasSize(16);
    }

    static void sheet(Worksheet sheet, String[][] cells) {
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                if (!cells[r][c].isEmpty()) {
                    sheet.value(r, c, cells[r][c]);
                }
            }
        }
    }

    private Path copyWithPictures(String fixture) throws IOException {
        Path target = Files.copy(FIXTURES.resolve(fixture), dir.resolve(fixture));
        Files.createDirectories(dir.resolve("images"));
        try (var pictures = Files.list(CSV.resolveSibling("images"))) {
            for (Path picture : pictures.toList()) {
                Files.copy(picture, dir.resolve("images").resolve(picture.getFileName()));
            }
        }
        return target;
    }

    static List<String> problems(Path bank) {
        try {
            BankReader.read(bank);
            return List.of();
        } catch (papersetter.bank.BankException e) {
            return e.problems().stream().map(BankProblem::format).toList();
        }
    }
}

package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.model.SourceRef;

/** Banks that must load, in every shape a spreadsheet hands them over. */
class GoodBankTest {
    static final Path BANKS = Path.of("src/test/resources/banks");

    @Test
    void everyTypeLoadsWithItsAnswerInBankTerms() {
        Path file = BANKS.resolve("good/django.csv");
        Bank bank = BankReader.read(file);

        assertThat(bank.location()).isEqualTo(file);
        assertThat(bank.files()).containsExactly(file);
        assertThat(bank.warnings()).isEmpty();
        assertThat(bank.questions()).extracting(Question::id).containsExactly(
                "DJ-ORM-001", "DJ-ORM-002", "DJ-VIEW-001", "DJ-SEC-001", "DJ-CLI-001", "DJ-ORM-003", "DJ-ARCH-001");

        Question mcq = bank.questions().get(0);
        assertThat(mcq.type()).isEqualTo(QuestionType.MCQ);
        assertThat(mcq.options()).containsExactly("filter()", "get()", "all()"); // the empty option_d is dropped
        assertThat(mcq.answer()).isEqualTo(Answer.Choice.of(0));
        assertThat(mcq.marks()).isEqualByComparingTo("1");
        assertThat(mcq.difficulty()).isEqualTo(1);
        assertThat(mcq.tags()).containsExactly("queryset", "basics");
        assertThat(mcq.explanation()).isEqualTo("`get()` returns one object; `all()` takes no lookups.");
        assertThat(mcq.shuffleOptions()).isTrue();
        assertThat(mcq.lines()).isZero();
        assertThat(mcq.image()).isEmpty();
        assertThat(mcq.source()).isEqualTo(new SourceRef(file, 2));

        Question multi = bank.questions().get(1);
        assertThat(multi.answer()).isEqualTo(Answer.Choice.of(0, 2));
        assertThat(multi.marks()).isEqualByComparingTo(new BigDecimal("1.5"));

        Question code = bank.questions().get(2);
        assertThat(code.text()).isEqualTo("What does this view return?\n```\ndef hello(request):\n"
                + "    return HttpResponse(\"hi\")\n```");
        assertThat(code.options()).hasSize(4).first().isEqualTo("A 200 response with the body \"hi\"");
        assertThat(code.marks()).isEqualByComparingTo("0.5");
        assertThat(code.shuffleOptions()).isFalse();

        Question trueFalse = bank.questions().get(3);
        assertThat(trueFalse.answer()).isEqualTo(new Answer.TrueFalse(true));
        assertThat(trueFalse.options()).isEmpty();
        assertThat(trueFalse.source().line()).isEqualTo(9); // after the five-line code cell

        Question fill = bank.questions().get(4);
        assertThat(fill.answer()).isEqualTo(new Answer.Blanks(List.of(List.of("manage.py", "django-admin"), List.of("8000"))));
        assertThat(fill.marks()).isEqualByComparingTo("2");

        Question written = bank.questions().get(5);
        assertThat(written.answer()).isEqualTo(new Answer.Model("A file that describes a change to the database schema."));
        assertThat(written.lines()).isEqualTo(4);
        assertThat(written.image()).contains(BANKS.resolve("good/images/orm-diagram.png"));

        Question essay = bank.questions().get(6);
        assertThat(essay.answer()).isEqualTo(new Answer.Model(
                "Model: the data and its rules.\nView: the request handling.\nTemplate: the presentation."));
        assertThat(essay.tags()).containsExactly("architecture", "design");
        assertThat(essay.lines()).isEqualTo(12);
        assertThat(essay.source().line()).isEqualTo(12);
    }

    @Test
    void columnOrderAndHeaderCaseDoNotMatter() {
        List<Question> plain = BankReader.read(BANKS.resolve("good/django.csv")).questions();
        Bank reordered = BankReader.read(BANKS.resolve("good/django-reordered.csv"));

        assertThat(reordered.warnings()).isEmpty();
        assertThat(reordered.questions())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("source")
                .containsExactlyElementsOf(plain);
        assertThat(reordered.questions()).extracting(q -> q.source().line())
                .containsExactlyElementsOf(plain.stream().map(q -> q.source().line()).toList());
    }

    @Test
    void excelExportWithBomCrlfSemicolonsAndMultiLineCellsIsOrdinaryInput() {
        Path file = BANKS.resolve("excel/excel-export.csv");
        Bank bank = BankReader.read(file);

        assertThat(bank.warnings()).isEmpty();
        assertThat(bank.questions()).extracting(Question::id).containsExactly("XL-001", "XL-002", "XL-003");
        Question first = bank.questions().get(0);
        assertThat(first.id()).isEqualTo("XL-001"); // no byte-order mark glued to the first header
        assertThat(first.text()).isEqualTo("Which field type stores text; which one a date?\nPick the pair.");
        assertThat(first.options()).containsExactly("CharField; DateField", "IntegerField; DateField", "CharField; TimeField");
        assertThat(first.marks()).isEqualByComparingTo("1.5"); // written 1,5 as the locale does
        assertThat(first.explanation()).isEqualTo("Both are \"model fields\".");
        Question second = bank.questions().get(1);
        assertThat(second.answer()).isEqualTo(new Answer.Model("{% for %}\n… {% endfor %}")); // CRLF inside a cell → LF
        assertThat(bank.questions()).extracting(q -> q.source().line()).containsExactly(2, 4, 7);
        assertThat(bank.questions().get(2).answer()).isEqualTo(new Answer.TrueFalse(true));
    }

    @Test
    void folderIsReadRecursivelyInPathOrderSkippingOtherFilesAndLockFiles() {
        Path folder = BANKS.resolve("folder");
        Bank bank = BankReader.read(folder);

        assertThat(bank.files()).containsExactly(folder.resolve("a-basics.csv"), folder.resolve("more/b-views.csv"));
        assertThat(bank.questions()).extracting(Question::id).containsExactly("FO-001", "FO-002", "FO-003", "FO-004");
        assertThat(bank.questions().get(2).source()).isEqualTo(new SourceRef(folder.resolve("more/b-views.csv"), 2));
        assertThat(bank.questions().get(3).answer()).isEqualTo(new Answer.TrueFalse(false));
        assertThat(bank.warnings()).isEmpty();
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        for (String name : List.of("utf16le.csv", "utf16be.csv")) {
            Bank bank = BankReader.read(BANKS.resolve("utf16").resolve(name));
            assertThat(bank.questions()).hasSize(2);
            Question first = bank.questions().get(0);
            assertThat(first.id()).isEqualTo("U-001");
            assertThat(first.level()).isEqualTo("débutant");
            assertThat(first.text()).isEqualTo("Qu'est-ce qu'un « modèle » ?");
            assertThat(bank.questions().get(1).answer()).isEqualTo(new Answer.Model("Ω (ohm)"));
            assertThat(bank.questions().get(1).source().line()).isEqualTo(3);
        }
    }

    @Test
    void unknownColumnIsAWarningWithASuggestionAndTheBankStillLoads() {
        Path file = BANKS.resolve("bad/unknown-column.csv");
        Bank bank = BankReader.read(file);

        assertThat(bank.questions()).hasSize(1);
        assertThat(bank.questions().get(0).difficulty()).isZero(); // the misspelt column is not read
        assertThat(bank.warnings()).extracting(BankProblem::format).containsExactly(
                file + ":1: warning: unknown column 'Difficulity' — did you mean 'difficulty'? It is ignored");
        assertThat(bank.warnings().get(0).warning()).isTrue();
    }

    @Test
    void defaultsApplyWhenOptionalColumnsAreAbsent() {
        Question question = BankReader.read(BANKS.resolve("folder/a-basics.csv")).questions().get(0);

        assertThat(question.marks()).isEqualByComparingTo("1");
        assertThat(question.difficulty()).isZero();
        assertThat(question.tags()).isEmpty();
        assertThat(question.shuffleOptions()).isTrue();
        assertThat(question.lines()).isZero();
        assertThat(question.image()).isEqualTo(Optional.empty());
        assertThat(question.explanation()).isEmpty();
    }
}

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
import papersetter.bank.Bank;
import papersetter.bank.BankProblem;
import papersetter.bank.BankReader;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;

/** A GIFT file as trainers keep them (comments, escapes, multi-line questions, CRLF) read as a bank. */
class GiftBankTest {
    static final Path GIFT = Path.of("src/test/resources/formats/django.gift");

    static Map<String, Question> byId(Bank bank) {
        return bank.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
    }

    @Test
    void theFixtureReallyHasWindowsLineEnds() throws IOException {
        String text = Files.readString(GIFT);
        assertThat(text).contains("\r\n").doesNotContain("\n\n");
    }

    @Test
    void everySupportedConstructIsRead() {
        Bank bank = BankReader.read(GIFT);
        Map<String, Question> q = byId(bank);
        assertThat(q.keySet()).containsExactlyInAnyOrder("ORM-1", "ORM-2-multi", "ORM-3", "ORM-4", "ORM-5", "ORM-6",
                "TPL-1", "TPL-2", "TPL-3", "TPL-4", "TPL-5", "TPL-6", "NUM-1");

        Question orm1 = q.get("ORM-1");
        assertThat(orm1.type()).isEqualTo(QuestionType.MCQ);
        assertThat(orm1.topic()).isEqualTo("orm");
        assertThat(orm1.level()).isEqualTo("general");
        assertThat(orm1.text()).isEqualTo("Which method returns a single object and raises DoesNotExist when none matches?");
        assertThat(orm1.options()).containsExactly("`get()`", "`filter()`", "`first()`");
        assertThat(orm1.answer()).isEqualTo(Answer.Choice.of(0));
        assertThat(orm1.explanation()).isEqualTo("Right: get() expects exactly one row.");
        assertThat(orm1.source().line()).isEqualTo(6);

        Question multi = q.get("ORM-2-multi");
        assertThat(multi.type()).isEqualTo(QuestionType.MULTI);
        assertThat(multi.options()).containsExactly("`exclude()`", "`annotate()`", "`render()`");
        assertThat(multi.answer()).isEqualTo(Answer.Choice.of(0, 1));
        assertThat(multi.explanation()).isEqualTo("Both exclude() and annotate() return new QuerySets.");

        assertThat(q.get("ORM-3").answer()).isEqualTo(new Answer.TrueFalse(true));
        assertThat(q.get("ORM-4").answer()).isEqualTo(new Answer.TrueFalse(true));
        assertThat(q.get("ORM-4").explanation()).isEqualTo("Yes, e.g. default=timezone.now");
        assertThat(q.get("ORM-5").answer()).isEqualTo(new Answer.TrueFalse(false));
        assertThat(q.get("ORM-6").answer()).isEqualTo(new Answer.TrueFalse(false));
        assertThat(q.get("ORM-6").text()).isEqualTo("null=True affects only validation.");

        Question fill = q.get("TPL-1");
        assertThat(fill.topic()).isEqualTo("templates");
        assertThat(fill.type()).isEqualTo(QuestionType.FILL);
        assertThat(fill.text()).isEqualTo("The template tag that loads static files is ___ in every template that uses it.");
        assertThat(fill.answer()).isEqualTo(new Answer.Blanks(List.of(List.of("load static", "load staticfiles"))));

        Question shortAnswer = q.get("TPL-2");
        assertThat(shortAnswer.type()).isEqualTo(QuestionType.SHORT);
        assertThat(shortAnswer.answer()).isEqualTo(new Answer.Model("collectstatic / manage.py collectstatic"));

        Question escapes = q.get("TPL-3");
        assertThat(escapes.text()).isEqualTo("Escapes: the braces { and } print as they are, so do ~ and # and =. Which is right?");
        assertThat(escapes.options()).containsExactly("it works", "it does not");

        Question html = q.get("TPL-4");
        assertThat(html.text()).isEqualTo("What does `{{ value|safe }}` do?");
        assertThat(html.options()).containsExactly("It marks the value as safe", "It escapes the value");

        assertThat(q.get("TPL-6").text()).isEqualTo("Plain text: <b>tags</b> print as written.");

        Question essay = q.get("TPL-5");
        assertThat(essay.type()).isEqualTo(QuestionType.LONG);
        assertThat(essay.text()).isEqualTo("Explain template inheritance,\nwith an example\nof a block.");
        assertThat(essay.answer()).isEqualTo(new Answer.Model("A child template extends a base and overrides named blocks."));

        Question numeric = q.get("NUM-1");
        assertThat(numeric.type()).isEqualTo(QuestionType.NUMERIC);
        assertThat(numeric.text()).isEqualTo("How many HTTP methods does a ListView answer by default?");
        assertThat(((Answer.Numeric) numeric.answer()).keyText()).isEqualTo("1");
    }

    @Test
    void unsupportedQuestionsAreNamedWithTheirLineNeverDroppedUnsaid() {
        Bank bank = BankReader.read(GIFT);
        assertThat(bank.warnings()).extracting(BankProblem::format).containsExactly(
                GIFT + ": warning: feedback on wrong answers (2 answers) is not kept: papersetter keeps one explanation"
                        + " per question, from the general feedback or the right answer's feedback",
                GIFT + ":46: warning: a matching question (=… -> …) has no papersetter type; it is left out"
                        + " — write each pair as its own multiple-choice question to keep it",
                GIFT + ":51: warning: text without an answer block {…}, such as a Moodle description, is not a question;"
                        + " it is left out — add the answers in braces if it is a question");
    }
}

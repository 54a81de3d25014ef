package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of bad banks: each fixture in banks/bad/ and the exact message a trainer reads,
 * so a change of wording is a deliberate change of this file.
 */
class BadBankTest {
    static final Path BAD = Path.of("src/test/resources/banks/bad");
    static final String FIX_QUOTE = "add the closing \" at the end of the cell; a \" inside a cell is written as two (\"\")";

    /** Every problem of a bank that must be refused, formatted. */
    static List<String> problems(Path bank) {
        BankException refused = catchThrowableOfType(BankException.class, () -> BankReader.read(bank));
        assertThat(refused).as("%s must be refused", bank).isNotNull();
        return refused.problems().stream().map(BankProblem::format).toList();
    }

    static List<String> problems(String fixture) {
        return problems(BAD.resolve(fixture));
    }

    static String at(String fixture, int line) {
        return BAD.resolve(fixture) + ":" + line + ": ";
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereTheQuotedCellStarts() {
        assertThat(problems("unterminated-quote.csv")).containsExactly(at("unterminated-quote.csv", 3)
                + "column 'question': a quoted cell starts on this line but its closing quote (\") is missing,"
                + " so the rest of the file would be read as part of it — " + FIX_QUOTE);
    }

    @Test
    void unknownTypeListsTheTypes() {
        assertThat(problems("unknown-type.csv")).containsExactly(at("unknown-type.csv", 2)
                + "column 'type': 'mcqs' is not a question type — did you mean 'mcq'?"
                + " Otherwise use one of mcq, multi, truefalse, fill, numeric, short, long");
    }

    @Test
    void answerLetterBeyondTheOptions() {
        assertThat(problems("answer-beyond-options.csv")).containsExactly(at("answer-beyond-options.csv", 3)
                + "column 'answer': 'E' but the item has options A–D — use one of A, B, C, D");
    }

    @Test
    void twoLettersForAnMcq() {
        assertThat(problems("mcq-two-letters.csv")).containsExactly(at("mcq-two-letters.csv", 2)
                + "column 'answer': 'A;C' gives 2 letters but an mcq item has exactly one right option"
                + " — give one letter, or set the type to multi");
    }

    @Test
    void multiWithOneLetter() {
        assertThat(problems("multi-one-letter.csv")).containsExactly(at("multi-one-letter.csv", 2)
                + "column 'answer': 'A' gives one letter but a multi item has two or more right options"
                + " — list them separated by ;, e.g. A;C, or set the type to mcq");
    }

    @Test
    void trueFalseWithAnotherWord() {
        assertThat(problems("truefalse-other-word.csv")).containsExactly(at("truefalse-other-word.csv", 2)
                + "column 'answer': 'maybe' is not true or false — write true or false");
    }

    @Test
    void fillBlanksAndAnswersMustPair() {
        assertThat(problems("fill-count-mismatch.csv")).containsExactly(at("fill-count-mismatch.csv", 2)
                + "column 'answer': the question has 1 blank (___) but the answer gives 2"
                + " — give one answer per blank, in order, separated by ;");
    }

    @Test
    void gapInTheOptions() {
        assertThat(problems("options-gap.csv")).containsExactly(at("options-gap.csv", 2)
                + "column 'option_b': empty, but option_c is filled"
                + " — options must follow on without gaps; move option_c up into option_b");
    }

    @Test
    void duplicateIdNamesBothLines() {
        assertThat(problems("duplicate-id.csv")).containsExactly(at("duplicate-id.csv", 4)
                + "column 'id': 'B-001' is already the id of the question at " + BAD.resolve("duplicate-id.csv")
                + ":2 — give each question its own id");
    }

    @Test
    void duplicateIdAcrossFilesNamesBothFilesIgnoringCase() {
        Path folder = BAD.resolve("duplicate-across");
        assertThat(problems(folder)).containsExactly(folder.resolve("b.csv") + ":3: "
                + "column 'id': 'da-001' is already the id of the question at " + folder.resolve("a.csv")
                + ":2 — give each question its own id");
    }

    @Test
    void marksThatAreNotANumber() {
        assertThat(problems("marks-not-a-number.csv")).containsExactly(at("marks-not-a-number.csv", 2)
                + "column 'marks': 'two' is not a number — write the marks as a number above 0, e.g. 2 or 0.5");
    }

    @Test
    void negativeMarks() {
        assertThat(problems("marks-negative.csv")).containsExactly(at("marks-negative.csv", 2)
                + "column 'marks': '-1' is less than 0 — write the marks as a number above 0, e.g. 2 or 0.5");
    }

    @Test
    void missingRequiredColumnsAreNamedOnLineOneWithTheLikelyMisspelling() {
        assertThat(problems("missing-column.csv")).containsExactly(
                at("missing-column.csv", 1) + "warning: unknown column 'awnser' — did you mean 'answer'? It is ignored",
                at("missing-column.csv", 1) + "the header has no columns 'level', 'answer' — add them to the first row;"
                        + " every bank file needs id, level, topic, type, question and answer");
    }

    @Test
    void emptyFile() {
        assertThat(problems("empty.csv")).containsExactly(BAD.resolve("empty.csv") + ": the file is empty"
                + " — a bank file needs a header row (id, level, topic, type, question, answer, …) and one row per question");
    }

    @Test
    void headerOnly() {
        assertThat(problems("header-only.csv")).containsExactly(at("header-only.csv", 1)
                + "the file has a header row but no questions"
                + " — add one row per question below the header, or take the file out of the bank");
    }

    @Test
    void windows1252IsRefusedNamingTheLineWithoutMojibake() {
        List<String> problems = problems("windows-1252.csv");

        assertThat(problems).containsExactly(at("windows-1252.csv", 3)
                + "the file is not UTF-8 text: byte 0xE9 after 'What does the Caf' cannot be read"
                + " (Excel's plain 'CSV' writes accented letters this way) — " + CsvDecoding.SAVE_AS_UTF8);
        assertThat(problems.get(0)).doesNotContain("\uFFFD", "Ã", "é").contains("save the sheet as 'CSV UTF-8'");
    }

    @Test
    void rowAfterAMultiLineCellReportsItsOwnLineInACrlfFile() {
        assertThat(problems("after-multiline.csv")).containsExactly(at("after-multiline.csv", 7)
                + "column 'type': 'matching' is not a question type — use one of mcq, multi, truefalse, fill, numeric, short, long");
    }

    @Test
    void severalProblemsAreReportedTogetherWithACount() {
        String file = BAD.resolve("several-problems.csv").toString();
        BankException refused = catchThrowableOfType(BankException.class,
                () -> BankReader.read(BAD.resolve("several-problems.csv")));

        assertThat(refused.getMessage()).isEqualTo(String.join("\n",
                file + ":2: column 'answer': 'C' but the item has options A–B — use one of A, B",
                file + ":3: column 'level': empty — every question needs a level, e.g. fresher",
                file + ":3: column 'marks': '0.5.1' is not a number — write the marks as a number above 0, e.g. 2 or 0.5",
                file + ":4: column 'answer': empty — write the model answer a marker reads",
                file + ":5: warning: column 'question': 'B-004' asks the same question as 'B-003' (" + file + ":4)"
                        + " — papers count it as one question with it; delete one or reword it",
                "4 errors and 1 warning in the bank — fix the errors and run again"));
        assertThat(refused.problems()).filteredOn(BankProblem::warning).hasSize(1);
        assertThat(refused.problems().get(1).column()).isEqualTo("level");
        assertThat(refused.problems().get(1).line()).isEqualTo(3);
    }

    @Test
    void imagePathOutsideTheBankFolder() {
        assertThat(problems("image-outside.csv")).containsExactly(at("image-outside.csv", 2)
                + "column 'image': '../good/images/orm-diagram.png' points outside the bank file's folder"
                + " — put the picture in the bank file's folder (" + BAD + ") or a folder inside it,"
                + " and give its path from there, e.g. images/diagram.png");
    }
}

package papersetter.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/**
 * The catalogue of bad and unusual input, met through the real command line: for each, the exact
 * message a trainer reads (file, line, column where there is one, and what to do), the exit code,
 * and that the output folder, which already holds an earlier run, is exactly as it was.
 * Fixtures are in src/test/resources/robustness/ and src/test/resources/banks/ (see their READMEs);
 * inputs that need exact bytes or a temporary folder are made here.
 */
class BadInputCatalogueTest {
    static final Path BANKS = Path.of("src/test/resources/banks");
    static final Path BAD = BANKS.resolve("bad");
    static final Path HERE = Path.of("src/test/resources/robustness");
    static final String SAVE_AS_UTF8 = "save the sheet as 'CSV UTF-8' (Excel: File › Save As › CSV UTF-8 (Comma delimited);"
            + " Google Sheets and LibreOffice save UTF-8)";
    static final String HEADER = "id,level,topic,type,question,option_a,option_b,answer,marks\n";

    @TempDir
    Path out;
    @TempDir
    Path scratch;

    private Map<String, String> before;

    @BeforeEach
    void anEarlierRunIsInTheOutputFolder() throws IOException {
        Path earlier = Files.createDirectories(out.resolve("earlier-20261101-090000-seed1"));
        Files.writeString(earlier.resolve("paper-A.pdf"), "an earlier run's paper");
        Files.writeString(earlier.resolve("keys.csv"), "set,number\n");
        Files.writeString(out.resolve(".keep"), "");
        before = tree(out);
    }

    // ---- the bank: CSV structure ----

    @Test
    void unterminatedQuote() {
        refused(generate(BAD.resolve("unterminated-quote.csv")),
                problem(BAD.resolve("unterminated-quote.csv"), 3, "column 'question': a quoted cell starts on this line"
                        + " but its closing quote (\") is missing, so the rest of the file would be read as part of it"
                        + " — add the closing \" at the end of the cell; a \" inside a cell is written as two (\"\")"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void rowWithAnotherDelimiterThanTheHeader() {
        Path bank = HERE.resolve("other-delimiter.csv");
        refused(generate(bank),
                problem(bank, 3, "the cells of this row are separated by ';' but the header's are separated by ',',"
                        + " so the row does not split into its columns — separate the cells with ',' as the header does"
                        + " (saving the sheet again from the spreadsheet does this for every row)"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void rowWithMoreCellsThanTheHeader() throws IOException {
        Path bank = write("shifted.csv", HEADER + "S-1,fresher,orm,mcq,Is 1,5 a number?,yes,no,A,1\n");
        refused(generate(bank),
                problem(bank, 2, "this row has 10 cells but the header has 9 columns, so its cells have slipped out"
                        + " of their columns — a cell probably holds a ',' without quotes around it; put that cell in"
                        + " double quotes, or save the file again from the spreadsheet"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void missingRequiredColumnsWithTheMisspellingThatExplainsThem() {
        Path bank = BAD.resolve("missing-column.csv");
        refused(generate(bank),
                problem(bank, 1, "warning: unknown column 'awnser' — did you mean 'answer'? It is ignored"),
                problem(bank, 1, "the header has no columns 'level', 'answer' — add them to the first row;"
                        + " every bank file needs id, level, topic, type, question and answer"),
                "1 error and 1 warning in the bank — fix the error and run again");
    }

    @Test
    void unknownColumnIsAWarningNamingTheNearestKnownColumn() {
        Path bank = BAD.resolve("unknown-column.csv");
        Cli run = Cli.run("validate", bank.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(
                problem(bank, 1, "warning: unknown column 'Difficulity' — did you mean 'difficulty'? It is ignored") + "\n");
        assertOutputUntouched();
    }

    @Test
    void columnNamedTwice() {
        Path bank = HERE.resolve("column-twice.csv");
        refused(generate(bank),
                problem(bank, 1, "column 'answer' appears twice in the header (spreadsheet columns F and G)"
                        + " — delete or rename one of them"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void emptyFile() {
        Path bank = BAD.resolve("empty.csv");
        refused(generate(bank),
                bank + ": the file is empty — a bank file needs a header row (id, level, topic, type, question,"
                        + " answer, …) and one row per question",
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void headerWithoutQuestions() {
        Path bank = BAD.resolve("header-only.csv");
        refused(generate(bank),
                problem(bank, 1, "the file has a header row but no questions"
                        + " — add one row per question below the header, or take the file out of the bank"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void cellOfAHundredThousandCharacters() throws IOException {
        Path bank = write("long-cell.csv", HEADER + "L-1,fresher,orm,truefalse," + "x".repeat(100_000) + ",,,true,1\n");
        refused(generate(bank),
                problem(bank, 2, "column 'question': the cell holds 100,000 characters; the most a cell may hold is"
                        + " 20,000 — shorten it; if the cell swallowed the rows below it, look for a missing closing quote"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void cellStartingWithThousandsOfBlankLinesIsRead() throws IOException {
        // It once overflowed the stack in a regular expression; the blank lines are simply dropped.
        Path bank = write("blank-lines.csv", "id,level,topic,type,question,answer\n"
                + "Q-1,fresher,orm,short,\"" + " \n".repeat(9_000) + "What is a model?\",A table's description.\n");
        Cli run = Cli.run("validate", bank.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith(bank + ": 1 question");
        assertOutputUntouched();
    }

    // ---- the bank: encodings ----

    @Test
    void windows1252IsRefusedNamingTheLineAndNeverPrintsMojibake() {
        Path bank = BAD.resolve("windows-1252.csv");
        Cli run = generate(bank);
        refused(run,
                problem(bank, 3, "the file is not UTF-8 text: byte 0xE9 after 'What does the Caf' cannot be read"
                        + " (Excel's plain 'CSV' writes accented letters this way) — " + SAVE_AS_UTF8),
                "1 error in the bank — fix the error and run again");
        assertThat(run.err()).doesNotContain("\uFFFD", "Ã", "é");
    }

    @Test
    void replacementCharacterLeftByAnEarlierConversionIsRefused() throws IOException {
        Path bank = write("converted.csv", "id,level,topic,type,question,answer\n"
                + "Q-1,fresher,orm,truefalse,A model is a table.,true\n"
                + "Q-2,fresher,orm,short,What is a Caf\uFFFD?,A place to eat.\n");
        Cli run = generate(bank);
        refused(run,
                problem(bank, 3, "the line holds the replacement character U+FFFD (a question mark in a diamond), which"
                        + " a program leaves where it could not read a letter: letters were lost when the file was"
                        + " converted — retype the lost letters, or export the sheet again from the original"),
                "1 error in the bank — fix the error and run again");
        assertThat(run.err()).doesNotContain("\uFFFD");
    }

    @Test
    void utf16WithByteOrderMarkIsOrdinaryInput() {
        Path bank = BANKS.resolve("utf16/utf16le.csv");
        Cli run = Cli.run("validate", bank.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(bank + ": 2 questions in 1 file, no problems.\n  short 2\n");
        assertOutputUntouched();
    }

    @Test
    void damagedUtf16() throws IOException {
        byte[] text = ("id,level,topic,type,question,answer\nU-1,fresher,orm,short,Why?,Because\n")
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        bytes[bytes.length - 1] = (byte) 0xD8; // half of a character: a file cut short
        Path bank = scratch.resolve("cut.csv");
        Files.write(bank, bytes);
        refused(generate(bank),
                problem(bank, 3, "the file says it is UTF-16 text but cannot be read at the start of the line;"
                        + " it may be damaged — " + SAVE_AS_UTF8),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void utf16WithoutByteOrderMarkHoldsNulCharacters() throws IOException {
        Path bank = scratch.resolve("no-bom.csv");
        Files.write(bank, "id,level,topic,type,question,answer\n".getBytes(StandardCharsets.UTF_16LE));
        refused(generate(bank),
                problem(bank, 1, "the file holds NUL characters, so it is not CSV text (it may be UTF-16 without a"
                        + " byte-order mark, or another kind of file renamed to .csv) — " + SAVE_AS_UTF8),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void workbookSavedWithACsvName() throws IOException {
        Path bank = scratch.resolve("bank.csv");
        Files.write(bank, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        refused(generate(bank),
                bank + ": this is a spreadsheet workbook (.xlsx), not a CSV file — " + SAVE_AS_UTF8,
                "1 error in the bank — fix the error and run again");
    }

    // ---- the bank: question types and answers ----

    @Test
    void unknownType() {
        Path bank = BAD.resolve("unknown-type.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'type': 'mcqs' is not a question type — did you mean 'mcq'?"
                        + " Otherwise use one of mcq, multi, truefalse, fill, short, long"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void mcqWithNoRightAnswer() {
        Path bank = HERE.resolve("mcq-no-answer.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'answer': empty — write the letter of the right option, e.g. B"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void mcqAnsweredWithOnlySeparators() throws IOException {
        Path bank = write("separators.csv", HEADER + "Q-1,fresher,orm,mcq,Which?,Yes,No,;,1\n");
        refused(generate(bank),
                problem(bank, 2, "column 'answer': ';' names no option — write the letter of the right option, e.g. B"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void mcqAnswerBeyondItsOptions() {
        Path bank = BAD.resolve("answer-beyond-options.csv");
        refused(generate(bank),
                problem(bank, 3, "column 'answer': 'E' but the item has options A–D — use one of A, B, C, D"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void mcqWithTwoRightLetters() {
        Path bank = BAD.resolve("mcq-two-letters.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'answer': 'A;C' gives 2 letters but an mcq item has exactly one right option"
                        + " — give one letter, or set the type to multi"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void mcqWithOneOption() {
        Path bank = HERE.resolve("mcq-one-option.csv");
        refused(generate(bank),
                problem(bank, 2, "an mcq item needs at least two options, this one has one — fill option_a, option_b, …"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void mcqAnsweredWithTheOptionText() throws IOException {
        Path bank = write("text-answer.csv", HEADER + "Q-1,fresher,orm,mcq,Which?,Yes,No,Yes,1\n");
        refused(generate(bank),
                problem(bank, 2, "column 'answer': 'Yes' is not an option letter"
                        + " — write the letter of the right option (A–B), not its text"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void multiWithNoRightAnswer() {
        Path bank = HERE.resolve("multi-no-answer.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'answer': empty — write the letters of the right options separated by ;, e.g. A;C"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void multiWithOneRightLetter() {
        Path bank = BAD.resolve("multi-one-letter.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'answer': 'A' gives one letter but a multi item has two or more right options"
                        + " — list them separated by ;, e.g. A;C, or set the type to mcq"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void truefalseWithAnotherWord() {
        Path bank = BAD.resolve("truefalse-other-word.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'answer': 'maybe' is not true or false — write true or false"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void fillWhoseBlanksAndAnswersDiffer() {
        Path bank = BAD.resolve("fill-count-mismatch.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'answer': the question has 1 blank (___) but the answer gives 2"
                        + " — give one answer per blank, in order, separated by ;"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void fillWithoutABlank() {
        Path bank = HERE.resolve("fill-no-blank.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'question': a fill item has no blank — write ___ (three underscores) where"
                        + " the student writes"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void emptyOptionBetweenFilledOnes() {
        Path bank = BAD.resolve("options-gap.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'option_b': empty, but option_c is filled"
                        + " — options must follow on without gaps; move option_c up into option_b"),
                "1 error in the bank — fix the error and run again");
    }

    // ---- the bank: marks, ids, repeats, optional columns ----

    @Test
    void marksThatAreNotANumber() {
        Path bank = BAD.resolve("marks-not-a-number.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'marks': 'two' is not a number — write the marks as a number above 0, e.g. 2 or 0.5"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void negativeMarks() {
        Path bank = BAD.resolve("marks-negative.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'marks': '-1' is less than 0 — write the marks as a number above 0, e.g. 2 or 0.5"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void zeroMarks() {
        Path bank = HERE.resolve("marks-zero.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'marks': 0 marks — write the marks as a number above 0, e.g. 2 or 0.5,"
                        + " or leave it empty for 1 mark"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void duplicateIds() {
        Path bank = BAD.resolve("duplicate-id.csv");
        refused(generate(bank),
                problem(bank, 4, "column 'id': 'B-001' is already the id of the question at " + bank
                        + ":2 — give each question its own id"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void duplicateIdsInTwoFilesOfAFolderDifferingOnlyInCase() {
        Path folder = BAD.resolve("duplicate-across");
        refused(generate(folder),
                problem(folder.resolve("b.csv"), 3, "column 'id': 'da-001' is already the id of the question at "
                        + folder.resolve("a.csv") + ":2 — give each question its own id"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void duplicateQuestionTextIsAWarning() {
        Path bank = HERE.resolve("duplicate-text.csv");
        Cli run = Cli.run("validate", bank.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(problem(bank, 3, "warning: column 'question': 'R-002' asks the same question"
                + " as 'R-001' (" + bank + ":2) — a paper could print it twice; delete one or reword it") + "\n");
        assertOutputUntouched();
    }

    @Test
    void badOptionalCellsAreAllReportedAtOnce() {
        Path bank = HERE.resolve("optional-cells.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'difficulty': '6' is not a difficulty"
                        + " — write a whole number from 1 (easy) to 5 (hard), or leave it empty"),
                problem(bank, 2, "column 'shuffle': 'maybe' is not true or false"
                        + " — write false to keep the options in bank order; true or empty lets them be shuffled"),
                problem(bank, 2, "column 'lines': '-2' is not a number of lines"
                        + " — write a whole number such as 6, or leave it empty to let the layout decide"),
                "3 errors in the bank — fix the errors and run again");
    }

    // ---- the bank: pictures and paths ----

    @Test
    void imageThatIsMissing() {
        Path bank = HERE.resolve("image-missing.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'image': 'images/er-diagram.png' not found (looked for "
                        + HERE.resolve("images/er-diagram.png") + ") — check the file name, including capitals,"
                        + " and where the picture is"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void imageOutsideTheBankFolder() {
        Path bank = BAD.resolve("image-outside.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'image': '../good/images/orm-diagram.png' points outside the bank file's folder"
                        + " — put the picture in the bank file's folder (" + BAD + ") or a folder inside it,"
                        + " and give its path from there, e.g. images/diagram.png"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void imageGivenAsAnAbsolutePath() {
        Path bank = HERE.resolve("image-absolute.csv");
        refused(generate(bank),
                problem(bank, 2, "column 'image': '/etc/passwd' is an absolute path"
                        + " — put the picture in the bank file's folder (" + HERE + ") or a folder inside it,"
                        + " and give its path from there, e.g. images/diagram.png"),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void bankThatDoesNotExist() {
        Path bank = scratch.resolve("no-such-bank.csv");
        refused(generate(bank),
                bank + ": no such file or folder — check the path; a relative path is read from "
                        + Path.of("").toAbsolutePath(),
                "1 error in the bank — fix the error and run again");
    }

    @Test
    void folderWithoutCsvFiles() throws IOException {
        Files.writeString(scratch.resolve("notes.txt"), "not a bank");
        refused(generate(scratch),
                scratch + ": no bank files in this folder (.csv, .xlsx, .gift, Aiken .txt, Moodle .xml) — put the bank's files here, or give the path of one bank file",
                "1 error in the bank — fix the error and run again");
    }

    // ---- layouts ----

    @Test
    void unknownLayout() {
        Cli run = generate(HERE.resolve("small.csv"), "--layout", "nosuch");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        // The list of shipped layouts grows as layouts are added; the sentence around it is fixed.
        assertThat(run.err()).startsWith("Unknown layout 'nosuch'. The shipped layouts are: ")
                .contains("exam")
                .endsWith("; or give the path of a layout file (.yaml).\n");
        assertThat(run.out()).isEmpty();
        assertOutputUntouched();
    }

    @Test
    void layoutFileWithABadValue() throws IOException {
        Path layout = scratch.resolve("my-layout.yaml");
        Files.writeString(layout, "extends: exam\npage:\n  size: A9\n");
        refused(generate(HERE.resolve("small.csv"), "--layout", layout.toString()),
                layout + ": line 3: size is 'A9' — use one of: A4, Letter, A5, Legal");
    }

    // ---- what is asked for ----

    @Test
    void moreQuestionsThanTheBankHolds() {
        refused(generate(HERE.resolve("small.csv"), "--count", "5"),
                "Asked for 5 questions but only 3 questions match (no filter).",
                "Matching questions by level / topic / type:",
                "  fresher / orm / mcq: 1",
                "  fresher / orm / truefalse: 1",
                "  fresher / views / short: 1",
                "Ask for at most 3 with --count, or widen --level, --topic or --type (the bank holds 3 questions;"
                        + " 'papersetter list' shows them all).");
    }

    @Test
    void tooManySets() {
        refused(generate(HERE.resolve("small.csv"), "--sets", "5001"), "--sets must be between 1 and 5000 (it was 5001).");
    }

    @Test
    void countThatIsNotANumber() {
        refused(generate(HERE.resolve("small.csv"), "--count", "ten"),
                "Invalid value for option '--count': 'ten' is not an int",
                "Run 'papersetter generate --help' to see the options.");
    }

    @Test
    void unknownQuestionTypeOnTheCommandLine() {
        refused(generate(HERE.resolve("small.csv"), "--type", "essay"),
                "Unknown question type 'essay' in --type. Use any of: mcq, multi, truefalse, fill, short, long.");
    }

    // ---- the output folder ----

    @Test
    void outputFolderWhereAFileIsInTheWay() throws IOException {
        Path file = out.resolve("earlier-20261101-090000-seed1/paper-A.pdf");
        Path target = file.resolve("papers");
        Cli run = generate(HERE.resolve("small.csv"), "--out", target.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Cannot create the output folder " + target + ": a file is in the way where a"
                + " folder should be (" + file + "). Nothing was written; choose another folder with --out,"
                + " or move that file.\n");
        assertThat(run.out()).isEmpty();
        assertOutputUntouched();
    }

    @Test
    void outputFolderWithoutWritePermission() throws IOException {
        Path locked = Files.createDirectories(scratch.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "permissions do not bind this user (root)");
            Cli run = generate(HERE.resolve("small.csv"), "--out", locked.toString());
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).startsWith("Cannot create the output folder " + locked + ": permission denied."
                    + " Nothing was written; choose a folder you can write to with --out.");
            assertThat(tree(locked)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    // ---- helpers ----

    /** A generate run into the output folder, with small defaults; {@code options} are name-value pairs that replace them. */
    Cli generate(Path bank, String... options) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("--bank", bank.toString());
        given.put("--out", out.toString());
        given.put("--count", "1");
        given.put("--sets", "1");
        given.put("--seed", "1");
        for (int i = 0; i < options.length; i += 2) {
            given.put(options[i], options[i + 1]); // picocli refuses an option given twice
        }
        List<String> args = new ArrayList<>(List.of("generate"));
        given.forEach((name, value) -> {
            args.add(name);
            args.add(value);
        });
        return Cli.run(args.toArray(String[]::new));
    }

    /** Exit code 2, exactly these lines on stderr, nothing on stdout, and nothing written. */
    void refused(Cli run, String... lines) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(String.join("\n", lines) + "\n");
        assertThat(run.out()).isEmpty();
        assertOutputUntouched();
    }

    void assertOutputUntouched() {
        assertThat(tree(out)).as("the output folder, hidden files included").isEqualTo(before);
    }

    static String problem(Path file, int line, String rest) {
        return file + ":" + line + ": " + rest;
    }

    Path write(String name, String text) throws IOException {
        return write(name, text, StandardCharsets.UTF_8);
    }

    Path write(String name, String text, Charset charset) throws IOException {
        Path file = scratch.resolve(name);
        Files.writeString(file, text, charset);
        return file;
    }

    /** Every file and folder under {@code root}, hidden ones too, with a digest of each file's bytes. */
    static Map<String, String> tree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, String> entries = new TreeMap<>();
            for (Path path : walk.filter(p -> !p.equals(root)).toList()) {
                entries.put(root.relativize(path).toString(),
                        Files.isDirectory(path) ? "folder" : HexFormat.of().formatHex(
                                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package papersetter.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import papersetter.testing.Cli;

/**
 * The catalogue of bad and unusual input, met through the real command line. Most of it is a
 * table ({@link #cases()}): for each case the input (a fixture, or a file made on the fly), the
 * arguments, the exact lines a trainer reads on stderr (file, line, column where there is one,
 * and what to do), the exit code, and that the output folder, which already holds an earlier run,
 * is exactly as it was. To add a case, add a row; see src/test/resources/robustness/README.md.
 * The cases that pass, or that need more than one look, are tests of their own below the table.
 */
class BadInputCatalogueTest {
    static final Path BANKS = Path.of("src/test/resources/banks");
    static final Path BAD = BANKS.resolve("bad");
    static final Path HERE = Path.of("src/test/resources/robustness");
    static final Path SMALL = HERE.resolve("small.csv");
    static final String SAVE_AS_UTF8 = "save the sheet as 'CSV UTF-8' (Excel: File › Save As › CSV UTF-8 (Comma delimited);"
            + " Google Sheets and LibreOffice save UTF-8)";
    static final String HEADER = "id,level,topic,type,question,option_a,option_b,answer,marks\n";
    static final String ONE_ERROR = "1 error in the bank — fix the error and run again";

    /** A run of small.csv (sets A and B, seed 1), whose manifest the manifest cases damage. */
    @TempDir
    static Path recorded;
    static String manifest;

    @TempDir
    Path out;
    @TempDir
    Path scratch;

    private Map<String, String> before;

    @BeforeAll
    static void aRunToReprint() throws IOException {
        Cli run = Cli.run("generate", "--bank", SMALL.toString(), "--count", "3", "--sets", "2", "--seed", "1",
                "--out", recorded.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        manifest = Files.readString(onlyRun(recorded).resolve("manifest.json"));
    }

    @BeforeEach
    void anEarlierRunIsInTheOutputFolder() throws IOException {
        Path earlier = Files.createDirectories(out.resolve("earlier-20261101-090000-seed1"));
        Files.writeString(earlier.resolve("paper-A.pdf"), "an earlier run's paper");
        Files.writeString(earlier.resolve("keys.csv"), "set,number\n");
        Files.writeString(out.resolve(".keep"), "");
        before = tree(out);
    }

    // ---- the table ----

    /**
     * One bad input: {@code input} makes (or names) it in a scratch folder; in {@code args}, {@code {input}}
     * stands for its path and {@code {out}} for the output folder; {@code err} gives the exact lines on
     * stderr, from the input's path.
     */
    record Case(String name, Fixture input, List<String> args, int exit, Function<Path, List<String>> err) {
        Case withArgs(String... replaced) {
            return new Case(name, input, List.of(replaced), exit, err);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    interface Fixture {
        Path make(Path scratch) throws IOException;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refused(Case c) throws IOException {
        Path input = c.input().make(scratch);
        List<String> args = c.args().stream()
                .map(arg -> arg.replace("{input}", input.toString()).replace("{out}", out.toString())).toList();
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(c.name() + ": " + run).isEqualTo(c.exit());
        assertThat(run.err()).as(c.name()).isEqualTo(String.join("\n", c.err().apply(input)) + "\n");
        assertThat(run.out()).isEmpty();
        assertOutputUntouched();
    }

    static Stream<Case> cases() {
        return Stream.of(bankCases(), optionCases(), manifestCases()).flatMap(s -> s);
    }

    // ---- the bank ----

    static Stream<Case> bankCases() {
        return Stream.of(
            bank("unterminated quote", at(BAD.resolve("unterminated-quote.csv")),
                    bank -> List.of(problem(bank, 3, "column 'question': a quoted cell starts on this line"
                        + " but its closing quote (\") is missing, so the rest of the file would be read as part of it"
                        + " — add the closing \" at the end of the cell; a \" inside a cell is written as two (\"\")"),
                        ONE_ERROR)),
            // Exact lines on stderr: no U+FFFD, no mojibake.
            bank("windows-1252 is refused naming the line", at(BAD.resolve("windows-1252.csv")),
                    bank -> List.of(problem(bank, 3, "the file is not UTF-8 text: byte 0xE9 after 'What does the Caf'"
                        + " cannot be read (Excel's plain 'CSV' writes accented letters this way) — " + SAVE_AS_UTF8),
                        ONE_ERROR)),
            bank("replacement character left by an earlier conversion", file("converted.csv",
                        "id,level,topic,type,question,answer\n"
                        + "Q-1,fresher,orm,truefalse,A model is a table.,true\n"
                        + "Q-2,fresher,orm,short,What is a Caf\uFFFD?,A place to eat.\n"),
                    bank -> List.of(problem(bank, 3, "the line holds the replacement character U+FFFD (a question mark"
                        + " in a diamond), which a program leaves where it could not read a letter: letters were lost"
                        + " when the file was converted — retype the lost letters, or export the sheet again from the"
                        + " original"),
                        ONE_ERROR)),
            bank("damaged UTF-16", scratch -> {
                byte[] text = "id,level,topic,type,question,answer\nU-1,fresher,orm,short,Why?,Because\n"
                        .getBytes(StandardCharsets.UTF_16LE);
                byte[] bytes = new byte[text.length + 3];
                bytes[0] = (byte) 0xFF;
                bytes[1] = (byte) 0xFE;
                System.arraycopy(text, 0, bytes, 2, text.length);
                bytes[bytes.length - 1] = (byte) 0xD8; // half of a character: a file cut short
                return Files.write(scratch.resolve("cut.csv"), bytes);
            },
                    bank -> List.of(problem(bank, 3, "the file says it is UTF-16 text but cannot be read at the start"
                        + " of the line; it may be damaged — " + SAVE_AS_UTF8),
                        ONE_ERROR)),
            bank("UTF-16 without byte-order mark holds NUL characters", scratch -> Files.write(
                        scratch.resolve("no-bom.csv"),
                        "id,level,topic,type,question,answer\n".getBytes(StandardCharsets.UTF_16LE)),
                    bank -> List.of(problem(bank, 1, "the file holds NUL characters, so it is not CSV text (it may be"
                        + " UTF-16 without a byte-order mark, or another kind of file renamed to .csv) — "
                        + SAVE_AS_UTF8),
                        ONE_ERROR)),
            bank("workbook saved with a .csv name", scratch -> Files.write(scratch.resolve("bank.csv"),
                        new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}),
                    bank -> List.of(bank + ": this is a spreadsheet workbook (.xlsx), not a CSV file — " + SAVE_AS_UTF8,
                        ONE_ERROR)),
            bank("duplicate ids in two files of a folder, differing only in case", at(BAD.resolve("duplicate-across")),
                    folder -> List.of(problem(folder.resolve("b.csv"), 3, "column 'id': 'da-001' is already the id of"
                        + " the question at " + folder.resolve("a.csv") + ":2 — give each question its own id"),
                        ONE_ERROR)),
            bank("folder without CSV files", scratch -> {
                Path folder = Files.createDirectories(scratch.resolve("notes"));
                Files.writeString(folder.resolve("notes.txt"), "not a bank");
                return folder;
            },
                    folder -> List.of(folder + ": no bank files in this folder (.csv, .xlsx, .gift, Aiken .txt, Moodle .xml)"
                        + " — put the bank's files here, or give the path of one bank file",
                        ONE_ERROR)),
            bank("row with another delimiter than the header", at(HERE.resolve("other-delimiter.csv")),
                    bank -> List.of(problem(bank, 3, "the cells of this row are separated by ';' but the header's are separated by ',',"
                        + " so the row does not split into its columns — separate the cells with ',' as the header does"
                        + " (saving the sheet again from the spreadsheet does this for every row)"),
                        ONE_ERROR)),
            bank("row with more cells than the header", file("shifted.csv", HEADER + "S-1,fresher,orm,mcq,Is 1,5 a number?,yes,no,A,1\n"),
                    bank -> List.of(problem(bank, 2, "this row has 10 cells but the header has 9 columns, so its cells have slipped out"
                        + " of their columns — a cell probably holds a ',' without quotes around it; put that cell in"
                        + " double quotes, or save the file again from the spreadsheet"),
                        ONE_ERROR)),
            bank("missing required columns with the misspelling that explains them", at(BAD.resolve("missing-column.csv")),
                    bank -> List.of(problem(bank, 1, "warning: unknown column 'awnser' — did you mean 'answer'? It is ignored"),
                        problem(bank, 1, "the header has no columns 'level', 'answer' — add them to the first row;"
                        + " every bank file needs id, level, topic, type, question and answer"),
                        "1 error and 1 warning in the bank — fix the error and run again")),
            bank("column named twice", at(HERE.resolve("column-twice.csv")),
                    bank -> List.of(problem(bank, 1, "column 'answer' appears twice in the header (spreadsheet columns F and G)"
                        + " — delete or rename one of them"),
                        ONE_ERROR)),
            bank("empty file", at(BAD.resolve("empty.csv")),
                    bank -> List.of(bank + ": the file is empty — a bank file needs a header row (id, level, topic, type, question,"
                        + " answer, …) and one row per question",
                        ONE_ERROR)),
            bank("header without questions", at(BAD.resolve("header-only.csv")),
                    bank -> List.of(problem(bank, 1, "the file has a header row but no questions"
                        + " — add one row per question below the header, or take the file out of the bank"),
                        ONE_ERROR)),
            bank("cell of a hundred thousand characters", file("long-cell.csv", HEADER + "L-1,fresher,orm,truefalse," + "x".repeat(100_000) + ",,,true,1\n"),
                    bank -> List.of(problem(bank, 2, "column 'question': the cell holds 100,000 characters; the most a cell may hold is"
                        + " 20,000 — shorten it; if the cell swallowed the rows below it, look for a missing closing quote"),
                        ONE_ERROR)),
            bank("unknown type", at(BAD.resolve("unknown-type.csv")),
                    bank -> List.of(problem(bank, 2, "column 'type': 'mcqs' is not a question type — did you mean 'mcq'?"
                        + " Otherwise use one of mcq, multi, truefalse, fill, numeric, short, long"),
                        ONE_ERROR)),
            bank("mcq with no right answer", at(HERE.resolve("mcq-no-answer.csv")),
                    bank -> List.of(problem(bank, 2, "column 'answer': empty — write the letter of the right option, e.g. B"),
                        ONE_ERROR)),
            bank("mcq answered with only separators", file("separators.csv", HEADER + "Q-1,fresher,orm,mcq,Which?,Yes,No,;,1\n"),
                    bank -> List.of(problem(bank, 2, "column 'answer': ';' names no option — write the letter of the right option, e.g. B"),
                        ONE_ERROR)),
            bank("mcq answer beyond its options", at(BAD.resolve("answer-beyond-options.csv")),
                    bank -> List.of(problem(bank, 3, "column 'answer': 'E' but the item has options A–D — use one of A, B, C, D"),
                        ONE_ERROR)),
            bank("mcq with two right letters", at(BAD.resolve("mcq-two-letters.csv")),
                    bank -> List.of(problem(bank, 2, "column 'answer': 'A;C' gives 2 letters but an mcq item has exactly one right option"
                        + " — give one letter, or set the type to multi"),
                        ONE_ERROR)),
            bank("mcq with one option", at(HERE.resolve("mcq-one-option.csv")),
                    bank -> List.of(problem(bank, 2, "an mcq item needs at least two options, this one has one — fill option_a, option_b, …"),
                        ONE_ERROR)),
            bank("mcq answered with the option text", file("text-answer.csv", HEADER + "Q-1,fresher,orm,mcq,Which?,Yes,No,Yes,1\n"),
                    bank -> List.of(problem(bank, 2, "column 'answer': 'Yes' is not an option letter"
                        + " — write the letter of the right option (A–B), not its text"),
                        ONE_ERROR)),
            bank("multi with no right answer", at(HERE.resolve("multi-no-answer.csv")),
                    bank -> List.of(problem(bank, 2, "column 'answer': empty — write the letters of the right options separated by ;, e.g. A;C"),
                        ONE_ERROR)),
            bank("multi with one right letter", at(BAD.resolve("multi-one-letter.csv")),
                    bank -> List.of(problem(bank, 2, "column 'answer': 'A' gives one letter but a multi item has two or more right options"
                        + " — list them separated by ;, e.g. A;C, or set the type to mcq"),
                        ONE_ERROR)),
            bank("truefalse with another word", at(BAD.resolve("truefalse-other-word.csv")),
                    bank -> List.of(problem(bank, 2, "column 'answer': 'maybe' is not true or false — write true or false"),
                        ONE_ERROR)),
            bank("fill whose blanks and answers differ", at(BAD.resolve("fill-count-mismatch.csv")),
                    bank -> List.of(problem(bank, 2, "column 'answer': the question has 1 blank (___) but the answer gives 2"
                        + " — give one answer per blank, in order, separated by ;"),
                        ONE_ERROR)),
            bank("fill without ablank", at(HERE.resolve("fill-no-blank.csv")),
                    bank -> List.of(problem(bank, 2, "column 'question': a fill item has no blank — write ___ (three underscores) where"
                        + " the student writes"),
                        ONE_ERROR)),
            bank("empty option between filled ones", at(BAD.resolve("options-gap.csv")),
                    bank -> List.of(problem(bank, 2, "column 'option_b': empty, but option_c is filled"
                        + " — options must follow on without gaps; move option_c up into option_b"),
                        ONE_ERROR)),
            bank("marks that are not anumber", at(BAD.resolve("marks-not-a-number.csv")),
                    bank -> List.of(problem(bank, 2, "column 'marks': 'two' is not a number — write the marks as a number above 0, e.g. 2 or 0.5"),
                        ONE_ERROR)),
            bank("negative marks", at(BAD.resolve("marks-negative.csv")),
                    bank -> List.of(problem(bank, 2, "column 'marks': '-1' is less than 0 — write the marks as a number above 0, e.g. 2 or 0.5"),
                        ONE_ERROR)),
            bank("zero marks", at(HERE.resolve("marks-zero.csv")),
                    bank -> List.of(problem(bank, 2, "column 'marks': 0 marks — write the marks as a number above 0, e.g. 2 or 0.5,"
                        + " or leave it empty for 1 mark"),
                        ONE_ERROR)),
            bank("duplicate ids", at(BAD.resolve("duplicate-id.csv")),
                    bank -> List.of(problem(bank, 4, "column 'id': 'B-001' is already the id of the question at " + bank
                        + ":2 — give each question its own id"),
                        ONE_ERROR)),
            bank("bad optional cells are all reported at once", at(HERE.resolve("optional-cells.csv")),
                    bank -> List.of(problem(bank, 2, "column 'difficulty': '6' is not a difficulty"
                        + " — write a whole number from 1 (easy) to 5 (hard), or leave it empty"),
                        problem(bank, 2, "column 'shuffle': 'maybe' is not true or false"
                        + " — write false to keep the options in bank order; true or empty lets them be shuffled"),
                        problem(bank, 2, "column 'lines': '-2' is not a number of lines"
                        + " — write a whole number such as 6, or leave it empty to let the layout decide"),
                        "3 errors in the bank — fix the errors and run again")),
            bank("image that is missing", at(HERE.resolve("image-missing.csv")),
                    bank -> List.of(problem(bank, 2, "column 'image': 'images/er-diagram.png' not found (looked for "
                        + HERE.resolve("images/er-diagram.png") + ") — check the file name, including capitals,"
                        + " and where the picture is"),
                        ONE_ERROR)),
            bank("image outside the bank folder", at(BAD.resolve("image-outside.csv")),
                    bank -> List.of(problem(bank, 2, "column 'image': '../good/images/orm-diagram.png' points outside the bank file's folder"
                        + " — put the picture in the bank file's folder (" + BAD + ") or a folder inside it,"
                        + " and give its path from there, e.g. images/diagram.png"),
                        ONE_ERROR)),
            bank("image given as an absolute path", at(HERE.resolve("image-absolute.csv")),
                    bank -> List.of(problem(bank, 2, "column 'image': '/etc/passwd' is an absolute path"
                        + " — put the picture in the bank file's folder (" + HERE + ") or a folder inside it,"
                        + " and give its path from there, e.g. images/diagram.png"),
                        ONE_ERROR)),
            bank("bank that does not exist", scratch -> scratch.resolve("no-such-bank.csv"),
                    bank -> List.of(bank + ": no such file or folder — check the path; a relative path is read from "
                        + Path.of("").toAbsolutePath(),
                        ONE_ERROR))
        );
    }

    // ---- what is asked for ----

    static Stream<Case> optionCases() {
        return Stream.of(
            bank("layout file with a bad value", scratch -> Files.writeString(scratch.resolve("my-layout.yaml"),
                        "extends: exam\npage:\n  size: A9\n"),
                    layout -> List.of(layout + ": line 3: size is 'A9' — use one of: A4, Letter, A5, Legal"))
                    .withArgs("generate", "--bank", SMALL.toString(), "--layout", "{input}", "--out", "{out}",
                            "--count", "1", "--sets", "1", "--seed", "1"),
            bank("more questions than the bank holds", at(SMALL),
                    bank -> List.of("Asked for 5 questions but only 3 questions match (no filter).",
                        "Matching questions by level / topic / type:",
                        "  fresher / orm / mcq: 1",
                        "  fresher / orm / truefalse: 1",
                        "  fresher / views / short: 1",
                        "Ask for at most 3 with --count, or widen --level, --topic or --type (the bank holds 3 questions;"
                        + " 'papersetter list' shows them all)."), "--count", "5"),
            bank("too many sets", at(SMALL),
                    bank -> List.of("--sets must be between 1 and 5000 (it was 5001)."), "--sets", "5001"),
            bank("count that is not a number", at(SMALL),
                    bank -> List.of("--count takes a number of questions, or 'all' for every matching question (it was 'ten')."), "--count", "ten"),
            bank("unknown question type on the command line", at(SMALL),
                    bank -> List.of("Unknown question type 'essay' in --type. Use any of: mcq, multi, truefalse, fill, numeric, short, long."), "--type", "essay"),
            // Every limit holds whichever way the options arrive (issues 12 and 13).
            bank("no sets with a spec", at(SMALL), x -> List.of("--sets must be between 1 and 5000 (it was 0)."))
                    .withArgs("generate", "--bank", "{input}", "--spec", "bank/django/specs/fresher-50.yaml",
                            "--sets", "0", "--out", "{out}"),
            bank("too many sets with a spec", at(SMALL),
                    x -> List.of("--sets must be between 1 and 5000 (it was 100000)."))
                    .withArgs("generate", "--bank", "{input}", "--spec", "bank/django/specs/fresher-50.yaml",
                            "--sets", "100000", "--out", "{out}"),
            bank("negative sets", at(SMALL), x -> List.of("--sets must be between 1 and 5000 (it was -3)."),
                    "--sets", "-3"),
            bank("no questions", at(SMALL),
                    x -> List.of("--count must be at least 1, or 'all' for every matching question (it was 0)."),
                    "--count", "0"),
            bank("too many questions asked for", at(SMALL),
                    x -> List.of("--count must be between 1 and 10000, or 'all' for every matching question"
                            + " (it was 10001)."),
                    "--count", "10001"),
            bank("negative max-overlap", at(SMALL), x -> List.of("--max-overlap must be 0 or more (it was -1)."),
                    "--vary", "questions", "--max-overlap", "-1"),
            bank("max-overlap without vary questions", at(SMALL), x -> List.of("--max-overlap only applies with"
                    + " --vary questions; with --vary order every set has the same questions."),
                    "--max-overlap", "1"),
            bank("negative avoid-recent", at(SMALL),
                    x -> List.of("--avoid-recent must be between 0 and 10000 runs (it was -1)."),
                    "--avoid-recent", "-1"),
            bank("only without from", at(SMALL),
                    x -> List.of("--only picks sets of a recorded run; use it with --from MANIFEST."), "--only", "B"),
            bank("history of no runs", at(SMALL),
                    x -> List.of("--last must be 1 or more (it was -1); --all lists every question."))
                    .withArgs("history", "--out", "{out}", "--last", "-1"),
            bank("preview of no pages", at(SMALL),
                    x -> List.of("--pages must be 1 or more (it was 0); leave it out for every page."))
                    .withArgs("preview", "--pages", "0", "--out", "{out}", "{input}")
        );
    }

    // ---- generate --from: a manifest is input like any other (issue 13) ----

    static final String NOT_REPRINTABLE = ": not a manifest papersetter can reprint:";
    static final String USE_AS_WRITTEN = "Use the manifest.json of a run as papersetter wrote it, or generate a new run.";
    static final String UNCHANGED = " — is it the manifest.json of a run, unchanged?";

    static Stream<Case> manifestCases() {
        return Stream.of(
            fromManifest("manifest naming no bank file", m -> m.replaceFirst("(?s)\"bankFiles\" : \\[.*?\\]",
                        "\"bankFiles\" : [ ]"),
                    file -> List.of(file + NOT_REPRINTABLE,
                        "  'bankFiles' names no bank file, so the bank cannot be checked against the run's",
                        USE_AS_WRITTEN)),
            new Case("manifest naming fewer bank files than the bank has", BadInputCatalogueTest::folderRunMissingAFile,
                    List.of("generate", "--from", "{input}", "--out", "{out}"), 2,
                    file -> List.of("Cannot reproduce " + file + " byte for byte: the bank is not the one it was made"
                        + " from (SHA-256 of each file recorded in the manifest):",
                        "  " + file.resolveSibling("bank").resolve("b.csv") + " is new",
                        "Restore those files (e.g. from version control) to reprint the run, or generate a new run.")),
            fromManifest("repeated option letters", m -> m.replaceFirst("\"options\" : \\[[^\\]]*\\]",
                        "\"options\" : [ \"A\", \"A\", \"B\" ]"),
                    file -> List.of(file + NOT_REPRINTABLE,
                        "  set 'A' question 1 (S-001): option A appears twice in [A, A, B]", USE_AS_WRITTEN)),
            fromManifest("unknown option letter", m -> m.replaceFirst("\"options\" : \\[[^\\]]*\\]",
                        "\"options\" : [ \"A\", \"C\", \"Z\" ]"),
                    file -> List.of(file + ": set A question 1 (S-001): the options [A, C, Z] are not an order of its"
                        + " 3 options (each of A to C once) — is this the manifest of a run of this bank, unchanged?")),
            fromManifest("empty option letter", m -> m.replaceFirst("\"options\" : \\[[^\\]]*\\]",
                        "\"options\" : [ \"A\", \"\", \"B\" ]"),
                    file -> List.of(file + NOT_REPRINTABLE,
                        "  set 'A' question 1 (S-001): option '' is not a letter A, B, C, …", USE_AS_WRITTEN)),
            fromManifest("missing seed", m -> m.replace("  \"seed\" : 1,\n", ""),
                    file -> List.of(file + NOT_REPRINTABLE, "  'seed' is missing", USE_AS_WRITTEN)),
            fromManifest("seed written as text", m -> m.replace("\"seed\" : 1,", "\"seed\" : \"one\","),
                    file -> List.of(file + ": line 4, column 13: 'seed' must be a whole number, not text" + UNCHANGED)),
            fromManifest("no sets", m -> m.substring(0, m.indexOf("\"sets\" : [")) + "\"sets\" : [ ]\n}\n",
                    file -> List.of(file + NOT_REPRINTABLE, "  'sets' is empty: there is nothing to reprint",
                        USE_AS_WRITTEN)),
            fromManifest("set letter holding NUL", m -> m.replace("\"set\" : \"A\",\n    \"code\"",
                        "\"set\" : \"\\u0000\",\n    \"code\""),
                    file -> List.of(file + NOT_REPRINTABLE,
                        "  set '\\u0000': a set is named by capital letters A, B, … AA, AB, …", USE_AS_WRITTEN)),
            fromManifest("set letter that is a path", m -> m.replace("\"set\" : \"A\",\n    \"code\"",
                        "\"set\" : \"../../x\",\n    \"code\""),
                    file -> List.of(file + NOT_REPRINTABLE,
                        "  set '../../x': a set is named by capital letters A, B, … AA, AB, …", USE_AS_WRITTEN)),
            fromManifest("two sets named A", m -> m.replace("\"set\" : \"B\",\n    \"code\"",
                        "\"set\" : \"A\",\n    \"code\""),
                    file -> List.of(file + NOT_REPRINTABLE,
                        "  set 'A' appears twice; each set's papers would overwrite the other's", USE_AS_WRITTEN)),
            fromManifest("manifest cut short", m -> m.substring(0, m.indexOf("\"drawing\"")),
                    file -> List.of(file + ": line 26, column 3: the file ends before the manifest does (is it cut"
                        + " short or empty?)" + UNCHANGED)),
            fromManifest("manifest from a newer papersetter", m -> m.replace("\"version\" : 2", "\"version\" : 3"),
                    file -> List.of(file + NOT_REPRINTABLE, "  'version' is 3; this papersetter reads versions 1 to 2"
                        + " (a newer papersetter made it: reprint it with that one)", USE_AS_WRITTEN)),
            new Case("endless input as a manifest", scratch -> Path.of("/dev/zero"),
                    List.of("generate", "--from", "{input}", "--out", "{out}"), 2,
                    file -> List.of(file + ": line 1, column 2: not JSON here" + UNCHANGED)),
            fromManifest("option other than layout, header, only and out with from", m -> m,
                    file -> List.of("--seed cannot be used with --from: a reprint prints the questions, order and"
                        + " options the manifest records. Only --out, --layout, --only and the header (--title,"
                        + " --course, --institution, --duration, --date) may be given with it."))
                    .withArgs("generate", "--from", "{input}", "--seed", "2", "--out", "{out}"),
            fromManifest("only a set the run does not have", m -> m,
                    file -> List.of("--only D: the run of " + file + " has sets A, B."))
                    .withArgs("generate", "--from", "{input}", "--only", "B,D", "--out", "{out}")
        );
    }

    /** A run of a two-file bank whose manifest then names only the first file. */
    static Path folderRunMissingAFile(Path scratch) throws IOException {
        Path bank = Files.createDirectories(scratch.resolve("bank"));
        Files.writeString(bank.resolve("a.csv"), HEADER + "F-1,fresher,orm,mcq,Which?,Yes,No,A,1\n");
        Path runs = scratch.resolve("runs");
        Cli run = Cli.run("generate", "--bank", bank.toString(), "--count", "1", "--sets", "1", "--seed", "1",
                "--out", runs.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String json = Files.readString(onlyRun(runs).resolve("manifest.json"));
        Files.writeString(bank.resolve("b.csv"), HEADER + "F-2,fresher,orm,mcq,Which one?,Yes,No,B,1\n");
        return Files.writeString(scratch.resolve("manifest.json"), json);
    }

    // ---- making cases ----

    /** generate from {@code input} as the bank, into the output folder, with small defaults that {@code options} replace. */
    static Case bank(String name, Fixture input, Function<Path, List<String>> err, String... options) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("--bank", "{input}");
        given.put("--out", "{out}");
        given.put("--count", "1");
        given.put("--sets", "1");
        given.put("--seed", "1");
        for (int i = 0; i < options.length; i += 2) {
            given.put(options[i], options[i + 1]); // picocli refuses an option given twice
        }
        List<String> args = new ArrayList<>(List.of("generate"));
        given.forEach((option, value) -> {
            args.add(option);
            args.add(value);
        });
        return new Case(name, input, args, 2, err);
    }

    /** generate --from a copy of the recorded run's manifest, changed by {@code edit}. */
    static Case fromManifest(String name, UnaryOperator<String> edit, Function<Path, List<String>> err) {
        Fixture copy = scratch -> {
            String changed = edit.apply(manifest);
            return Files.writeString(scratch.resolve("manifest.json"), changed);
        };
        return new Case(name, copy, List.of("generate", "--from", "{input}", "--out", "{out}"), 2, err);
    }

    static Fixture at(Path fixture) {
        return scratch -> fixture;
    }

    static Fixture file(String name, String text) {
        return scratch -> Files.writeString(scratch.resolve(name), text);
    }

    static Path onlyRun(Path outDir) throws IOException {
        try (Stream<Path> entries = Files.list(outDir)) {
            return entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    // ---- the cases that pass, or need more than one look ----

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
    void duplicateQuestionTextIsAWarning() {
        Path bank = HERE.resolve("duplicate-text.csv");
        Cli run = Cli.run("validate", bank.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEqualTo(problem(bank, 3, "warning: column 'question': 'R-002' asks the same question"
                + " as 'R-001' (" + bank + ":2) — papers count it as one question with it; delete one or reword it") + "\n");
        assertOutputUntouched();
    }

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

    /** A generate run of {@link #bank} into the output folder. */
    Cli generate(Path bank, String... options) {
        Case c = bank("", at(bank), x -> List.of(), options);
        return Cli.run(c.args().stream()
                .map(arg -> arg.replace("{input}", bank.toString()).replace("{out}", out.toString()))
                .toArray(String[]::new));
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(scratch.resolve(name), text);
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


    /** Every file and folder under {@code root}, hidden ones too, with a digest of each file's bytes. */
    static Map<String, String> tree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, String> entries = new TreeMap<>();
            for (Path path : walk.filter(p -> !p.equals(root)).toList()) {
                entries.put(root.relativize(path).toString(),
                        Files.isDirectory(path) ? "folder" : papersetter.model.Sha256.hex(path));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package papersetter.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.testing.Cli;
import papersetter.testing.PdfChecks;
import papersetter.testing.PdfText;

/** {@code generate --answer-sheets} and {@code --students} through the command line, as a trainer runs them. */
class AnswerSheetsCliTest {
    private static final String BANK = "src/test/resources/e2e/chemistry.csv";

    @TempDir
    Path folder;

    private Path onlyRun(Path out) throws IOException {
        try (Stream<Path> runs = Files.list(out)) {
            List<Path> folders = runs.filter(Files::isDirectory).toList();
            assertThat(folders).hasSize(1);
            return folders.get(0);
        }
    }

    @Test
    void sheetsGoBesideThePapersAndTheManifestRecordsThem() throws IOException {
        Path out = folder.resolve("out");
        Cli cli = Cli.run("generate", "--bank", BANK, "--count", "6", "--sets", "2", "--seed", "4", "--answer-sheets",
                "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("sheet-A.pdf", "sheet-B.pdf");
        Path run = onlyRun(out);
        Manifest manifest = ManifestReader.read(run.resolve("manifest.json"));
        assertThat(manifest.sheets().files()).extracting(Manifest.SheetFile::file)
                .containsExactly("sheet-A.pdf", "sheet-B.pdf");
        assertThat(manifest.sheets().students()).isNull();
        assertThat(manifest.sheets().rollDigits()).isEqualTo(8);
        assertThat(PdfText.pages(run.resolve("sheet-A.pdf")).get(0)).contains("answer sheet, set A", "Roll number",
                "Fill the bubble completely with a dark pen or pencil.");
        // Sheets stay out of the print file unless asked.
        assertThat(PdfChecks.pageSizes(run.resolve("all-papers.pdf")).size())
                .isEqualTo(pages(run.resolve("paper-A.pdf")) + pages(run.resolve("paper-B.pdf"))
                        + blanks(run));
    }

    @Test
    void printPutsEachSetsSheetAfterItsPaperInThePrintFile() throws IOException {
        Path out = folder.resolve("out");
        Cli cli = Cli.run("generate", "--bank", BANK, "--count", "6", "--sets", "2", "--seed", "4",
                "--answer-sheets=print", "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        Path run = onlyRun(out);
        List<String> print = PdfText.pages(run.resolve("all-papers.pdf"));
        int sheetA = indexOf(print, "answer sheet, set A");
        int sheetB = indexOf(print, "answer sheet, set B");
        assertThat(sheetA).isGreaterThan(0).isLessThan(sheetB);
        assertThat(print.get(sheetA + 1)).doesNotContain("answer sheet");
    }

    @Test
    void aLayoutAsksForSheetsAndTheirRollDigitsAndTheSameSeedGivesTheSameBytes() throws IOException {
        Path layout = folder.resolve("sheets.yaml");
        Files.writeString(layout, "extends: exam\nanswer-sheet: true\nroll-digits: 5\n");
        for (String name : List.of("one", "two")) {
            Cli cli = Cli.run("generate", "--bank", BANK, "--count", "6", "--sets", "2", "--seed", "4", "--layout",
                    layout.toString(), "--out", folder.resolve(name).toString());
            assertThat(cli.exitCode()).as(cli.toString()).isZero();
        }
        Path one = onlyRun(folder.resolve("one"));
        Path two = onlyRun(folder.resolve("two"));
        assertThat(ManifestReader.read(one.resolve("manifest.json")).sheets().rollDigits()).isEqualTo(5);
        assertThat(Files.readAllBytes(one.resolve("sheet-B.pdf"))).isEqualTo(Files.readAllBytes(two.resolve("sheet-B.pdf")));
        assertThat(Files.readAllBytes(one.resolve("manifest.json"))).isEqualTo(Files.readAllBytes(two.resolve("manifest.json")));
    }

    @Test
    void anA5PaperGetsAnA4Sheet() throws IOException {
        Path layout = folder.resolve("a5.yaml");
        Files.writeString(layout, "extends: exam\npage:\n  size: A5\n  margins: {top: 30, bottom: 40, left: 36,"
                + " right: 36}\nanswer-sheet: true\n");
        Path out = folder.resolve("out");
        Cli cli = Cli.run("generate", "--bank", BANK, "--count", "6", "--sets", "1", "--seed", "4", "--layout",
                layout.toString(), "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        Path run = onlyRun(out);
        assertThat(PdfChecks.pageSizes(run.resolve("sheet-A.pdf")).get(0)[0]).isBetween(595f, 596f);
        assertThat(PdfChecks.pageSizes(run.resolve("paper-A.pdf")).get(0)[0]).isLessThan(430f);
    }

    @Test
    void aClassListDealsSetsInTurnAndItsOwnSetWins() throws IOException {
        Path roster = folder.resolve("class.csv");
        Files.writeString(roster, "roll;name;set\r\n101;Ana;\r\n102;Boris;\r\n103;Chen;A\r\n104;Dana;\r\n");
        Path out = folder.resolve("out");
        Cli cli = Cli.run("generate", "--bank", BANK, "--count", "6", "--sets", "2", "--seed", "4", "--students",
                roster.toString(), "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        Path run = onlyRun(out);
        Manifest manifest = ManifestReader.read(run.resolve("manifest.json"));
        assertThat(manifest.sheets().students()).containsExactly(new Manifest.StudentEntry("101", "Ana", "A"),
                new Manifest.StudentEntry("102", "Boris", "B"), new Manifest.StudentEntry("103", "Chen", "A"),
                new Manifest.StudentEntry("104", "Dana", "B"));
        List<String> sheetA = PdfText.pages(run.resolve("sheet-A.pdf"));
        assertThat(sheetA).hasSize(2);
        assertThat(sheetA.get(0)).contains("Ana", "Roll number 101").doesNotContain("Chen");
        assertThat(sheetA.get(1)).contains("Chen", "Roll number 103");
    }

    @Test
    void aReprintPrintsTheSameSheetsForTheSameStudents() throws IOException {
        Path roster = folder.resolve("class.csv");
        Files.writeString(roster, "roll,name\n101,Ana\n102,Boris\n103,Chen\n");
        Path out = folder.resolve("out");
        Cli cli = Cli.run("generate", "--bank", BANK, "--count", "6", "--sets", "2", "--seed", "4", "--students",
                roster.toString(), "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        Path run = onlyRun(out);
        Path again = folder.resolve("again");
        Cli reprint = Cli.run("generate", "--from", run.resolve("manifest.json").toString(), "--out", again.toString());
        assertThat(reprint.exitCode()).as(reprint.toString()).isZero();
        Path second = onlyRun(again);
        assertThat(ManifestReader.read(second.resolve("manifest.json")).sheets())
                .isEqualTo(ManifestReader.read(run.resolve("manifest.json")).sheets());
        for (String file : List.of("sheet-A.pdf", "sheet-B.pdf", "manifest.json")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(run.resolve(file)));
        }
    }

    @Test
    void aBadClassListIsRefusedWithFileAndLineAndNothingIsWritten() throws IOException {
        Path roster = folder.resolve("class.csv");
        Files.writeString(roster, "roll,name,set\n101,Ana,\n,Boris,\n101,Chen,\n104,Dana,C\n");
        Path out = folder.resolve("out");
        Cli cli = Cli.run("generate", "--bank", BANK, "--count", "6", "--sets", "2", "--seed", "4", "--students",
                roster.toString(), "--out", out.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(roster + ":3: column 'roll': the roll number is empty",
                roster + ":4: column 'roll': roll number '101' is already on line 2",
                roster + ":5: column 'set': set 'C' is not a set of this run — use one of A to B",
                "3 errors in the class list").doesNotContain("\tat ");
        assertThat(out).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(Files.list(p).filter(Files::isDirectory)).isEmpty());
    }

    @Test
    void aNameNoFontPrintsIsRefusedAtItsPlace() throws IOException {
        Path roster = folder.resolve("class.csv");
        Files.writeString(roster, "roll,name\n101,Ana\n102,\"Pharaoh \uD80C\uDC00\"\n");
        Path out = folder.resolve("out");
        Cli cli = Cli.run("generate", "--bank", BANK, "--count", "6", "--sets", "2", "--seed", "4", "--students",
                roster.toString(), "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(2);
        assertThat(cli.err()).contains("class.csv").contains("3").contains("name").contains("U+13000");
        assertThat(out).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(Files.list(p).filter(Files::isDirectory)).isEmpty());
    }

    @Test
    void wrongOptionsSayWhatToDo() throws IOException {
        Cli value = Cli.run("generate", "--bank", BANK, "--answer-sheets=paper", "--out", folder.toString());
        assertThat(value.exitCode()).isEqualTo(2);
        assertThat(value.err()).contains("--answer-sheets takes 'files'");
        Path layout = folder.resolve("bad.yaml");
        Files.writeString(layout, "extends: exam\nanswer-sheet: maybe\nroll-digits: 13\n");
        Cli bad = Cli.run("generate", "--bank", BANK, "--layout", layout.toString(), "--out", folder.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("line 2: answer-sheet is 'maybe'", "line 3: roll-digits is 13");
        Cli from = Cli.run("generate", "--from", "x/manifest.json", "--students", "class.csv");
        assertThat(from.exitCode()).isEqualTo(2);
        assertThat(from.err()).contains("--students cannot be used with --from");
    }

    private static int indexOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static int pages(Path pdf) {
        return PdfChecks.pageSizes(pdf).size();
    }

    /** The blank pages the print file adds so that each set starts on an odd page. */
    private static int blanks(Path run) {
        return pages(run.resolve("paper-A.pdf")) % 2;
    }
}

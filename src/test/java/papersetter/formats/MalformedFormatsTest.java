package papersetter.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/**
 * Every malformed construct of every format read through the real command: its file, its line and
 * a way out, exit code 2, and nothing written (no run folder, no pictures).
 */
class MalformedFormatsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void refused(Path bank, String... problems) throws IOException {
        Path out = dir.resolve("out");
        Cli run = Cli.run("generate", "--bank", bank.toString(), "--out", out.toString(), "--count", "1", "--sets", "1",
                "--seed", "1");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        for (String problem : problems) {
            assertThat(run.err()).as(run.toString()).contains(bank + problem);
        }
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("nothing written beside the bank")
                    .containsExactly(bank.getFileName().toString());
        }
    }

    @Test
    void giftUnclosedAnswerBlock() throws IOException {
        refused(write("q.gift", "// quiz\n\n::Q1::Which?{=a ~b\n\n::Q2::Fine?{T}\n"),
                ":3: the answer block opened with { on this line is not closed — add } after the last answer;"
                        + " a { or } in the text itself is written \\{ or \\}, and questions are separated by a blank line");
    }

    @Test
    void giftAnswerBlockWithNoRightAnswer() throws IOException {
        refused(write("q.gift", "::Q1::Which?\n{\n~a\n~b\n}\n"),
                ":2: no answer in this block is marked right — mark the right answer with = (e.g. {=Paris ~Lyon}),"
                        + " or give the right ones a weight such as ~%50%");
    }

    @Test
    void giftStrayClosingBrace() throws IOException {
        refused(write("q.gift", "::Q1::Which } is it?{=a ~b}\n"),
                ":1: a } closes an answer block that was never opened");
    }

    @Test
    void giftNameWithoutItsClosingColons() throws IOException {
        refused(write("q.gift", "::Q1 Which?{=a ~b}\n"), ":1: the question's name starts with :: but has no closing ::");
    }

    @Test
    void giftTwoFullMarkOptionsInOneChoice() throws IOException {
        refused(write("q.gift", "Which?{=a =b ~c}\n"),
                ":1: several options are marked fully right (=), which Moodle reads as 'any one of them'");
    }

    @Test
    void giftTwoQuestionsWithoutABlankLineBetween() throws IOException {
        refused(write("q.gift", "A?{T}\nB?{F}\n"), ":2: a second answer block in one question");
    }

    @Test
    void giftBlockThatIsNotAnswers() throws IOException {
        refused(write("q.gift", "Which?{a b c}\n"), ":1: the answer block does not start with = or ~");
    }

    @Test
    void giftNotUtf8() throws IOException {
        Path bank = dir.resolve("q.gift");
        Files.write(bank, "A?{T}\n\nCaf\u00e9?{F}\n".getBytes(StandardCharsets.ISO_8859_1));
        refused(bank, ":3: the file is not UTF-8 text from this line on");
    }

    @Test
    void giftRowsStillGoThroughTheBanksChecks() throws IOException {
        refused(write("q.gift", "::Q1::A?{T}\n\n::Q1::B?{F}\n"),
                ":3: column 'id': 'Q1' is already the id of the question at " + dir.resolve("q.gift") + ":1");
    }

    @Test
    void aikenWithoutAnswerLine() throws IOException {
        refused(write("q.txt", "Which?\nA. a\nB. b\nANSWER: A\n\nAnd this?\nA. a\nB. b\n"),
                ":6: the question has no ANSWER: line — end it with a line such as ANSWER: B");
    }

    @Test
    void aikenAnswerNamesNoOption() throws IOException {
        refused(write("q.txt", "Which?\nA. a\nB. b\nANSWER: D\n"), ":4: ANSWER: 'D' names no option of this question");
    }

    @Test
    void aikenOptionsOutOfOrder() throws IOException {
        refused(write("q.txt", "Which?\nA. a\nC. c\nANSWER: A\n"),
                ":3: expected the next option (B. …) or the ANSWER: line of the question at line 1");
    }

    @Test
    void xmlBrokenEntity() throws IOException {
        refused(write("q.xml", "<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"truefalse\">\n"
                + "<questiontext><text>Fish &chips</text></questiontext>\n</question>\n</quiz>\n"),
                ":4: the file is not well-formed XML: ");
    }

    @Test
    void xmlUnclosedElement() throws IOException {
        refused(write("q.xml", "<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"truefalse\">\n</quiz>\n"),
                ":4: the file is not well-formed XML");
    }

    @Test
    void xmlExternalEntityIsNeverRead() throws IOException {
        Path secret = Files.writeString(dir.getParent().resolve("secret-" + dir.getFileName() + ".txt"), "TOP SECRET");
        try {
            Path bank = write("q.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file://"
                    + secret + "\">]>\n<quiz><question type=\"essay\"><questiontext><text>&x;</text></questiontext>"
                    + "</question></quiz>\n");
            Cli run = Cli.run("validate", bank.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out() + run.err()).doesNotContain("TOP SECRET");
            refused(bank, ":2: the file declares a DTD (<!DOCTYPE …>), which a Moodle XML file never needs");
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void xmlEntityExpansionIsRefused() throws IOException {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [\n<!ENTITY a \"aaaaaaaaaa\">\n");
        for (int i = 1; i < 10; i++) {
            doc.append("<!ENTITY ").append((char) ('a' + i)).append(" \"")
                    .append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">\n");
        }
        doc.append("]>\n<quiz><question type=\"essay\"><questiontext><text>&j;</text></questiontext></question></quiz>\n");
        refused(write("q.xml", doc.toString()), ":2: the file declares a DTD");
    }

    @Test
    void xmlThatIsNotAMoodleQuiz() throws IOException {
        refused(write("q.xml", "<?xml version=\"1.0\"?>\n<quiz-not>\n</quiz-not>\n"), ":2: the file's top element is <quiz-not>");
        Files.delete(dir.resolve("q.xml"));
        refused(write("q.gift.xml", "<?xml version=\"1.0\"?>\n<!-- <quiz> -->\n<assessment/>\n"),
                ":3: the file's top element is <assessment>, not <quiz>");
    }

    @Test
    void xmlChoiceWithNoRightAnswer() throws IOException {
        refused(write("q.xml", "<quiz>\n<question type=\"multichoice\">\n<name><text>Q</text></name>\n"
                + "<questiontext><text>Which?</text></questiontext>\n"
                + "<answer fraction=\"0\"><text>a</text></answer><answer fraction=\"0\"><text>b</text></answer>\n"
                + "</question>\n</quiz>\n"), ":2: no answer of this question has a fraction above 0, so none is right");
    }

    @Test
    void xmlWithADamagedPictureWritesNoPicture() throws IOException {
        String png = "iVBORw0KGgoAAAANSUhEUgAAACgAAAAUCAIAAABwJOjsAAAAJElEQVR4nGM4ISc3IIhh1OJRi0ctHrV41OJRi0ctHrV45FgMAFLhLK5mrmiuAAAAAElFTkSuQmCC";
        refused(write("q.xml", "<quiz>\n<question type=\"multichoice\">\n<questiontext><text>Which?</text>"
                + "<file name=\"../../evil.png\" encoding=\"base64\">" + png + "</file></questiontext>\n"
                + "<answer fraction=\"0\"><text>a</text></answer><answer fraction=\"0\"><text>b</text></answer>\n"
                + "</question>\n</quiz>\n"), ":2: no answer of this question has a fraction above 0");
        assertThat(dir.getParent().resolve("evil.png")).doesNotExist();
    }

    @Test
    void xlsxCorruptZip() throws IOException {
        byte[] workbook = Files.readAllBytes(OtherFormatBankTest.FIXTURES.resolve("django-libreoffice.xlsx"));
        Path bank = dir.resolve("q.xlsx");
        Files.write(bank, Arrays.copyOf(workbook, workbook.length / 2));
        refused(bank, ": the file cannot be read as an Excel workbook (");
        assertThat(Cli.run("validate", bank.toString()).err()).contains("open it in Excel or LibreOffice and save it again as .xlsx");
    }

    @Test
    void xlsxThatUnpacksToGigabytesIsRefusedBeforeItIsRead() throws IOException {
        Path bank = dir.resolve("bomb.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bank))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bank)).isLessThan(1024 * 1024);
        refused(bank, ": the workbook unpacks to more than 256 MB, far more than a question bank");
    }

    @Test
    void oldExcelWorkbook() throws IOException {
        Path bank = dir.resolve("q.xls.xlsx");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Files.write(bank, ole2);
        refused(bank, ": an old-style Excel workbook (.xls), which papersetter does not read");
    }

    @Test
    void anEmptyGiftFile() throws IOException {
        refused(write("q.gift", "// only a comment\n"), ": the file holds no GIFT questions");
    }

    static List<String> none() {
        return List.of();
    }
}

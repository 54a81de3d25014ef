package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static papersetter.bank.BadBankTest.problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.model.Answer;
import papersetter.model.Question;

/** Inputs built on the fly: paths that are not there, oversized cells, slipped columns. */
class EdgeCaseTest {
    static final String HEADER = "id,level,topic,type,question,option_a,option_b,answer,marks,image\n";

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void missingPathIsNamed() {
        Path missing = dir.resolve("no-such-bank.csv");
        assertThat(problems(missing)).singleElement().asString()
                .startsWith(missing + ": no such file or folder — check the path");
    }

    @Test
    void folderWithoutCsvFilesIsNamed() throws IOException {
        write("notes.txt", "not a bank");
        assertThat(problems(dir)).containsExactly(dir + ": no bank files in this folder (.csv, .xlsx, .gift, Aiken .txt, Moodle .xml)"
                + " — put the bank's files here, or give the path of one bank file");
    }

    @Test
    void cellLongerThanTheLimitIsRefused() throws IOException {
        Path file = write("long.csv", HEADER + "L-1,fresher,orm,short," + "x".repeat(20_001) + ",,,answer,1,\n");
        assertThat(problems(file)).containsExactly(file + ":2: column 'question': the cell holds 20,001 characters;"
                + " the most a cell may hold is 20,000 — shorten it; if the cell swallowed the rows below it,"
                + " look for a missing closing quote");
    }

    @Test
    void unquotedDelimiterThatShiftsCellsIsAnError() throws IOException {
        Path file = write("shifted.csv", HEADER + "S-1,fresher,orm,mcq,Is 1,5 a number?,yes,no,A,1,pic.png\n");
        assertThat(problems(file)).containsExactly(file + ":2: this row has 11 cells but the header has"
                + " 10 columns, so its cells have slipped out of their columns — a cell probably holds a ','"
                + " without quotes around it; put that cell in double quotes, or save the file again from the spreadsheet");
    }

    @Test
    void extraEmptyCellsOnlyWarnButTheSlipStillShowsInTheAnswer() throws IOException {
        Path file = write("shifted.csv", HEADER + "S-1,fresher,orm,mcq,Is 1,5 a number?,yes,no,A,1,\n");
        assertThat(problems(file)).startsWith(
                file + ":2: warning: this row has 11 cells but the header has 10 columns; if its cells have slipped"
                        + " out of their columns, answers are read from the wrong cells — a cell probably holds a ','"
                        + " without quotes around it; put that cell in double quotes, or save the file again from the spreadsheet",
                file + ":2: column 'answer': 'no' is not an option letter"
                        + " — write the letter of the right option (A–B), not its text");
    }

    @Test
    void absoluteAndMissingImagesAreRefused() throws IOException {
        Path file = write("images.csv", HEADER
                + "I-1,fresher,orm,short,One?,,,a,1,/etc/passwd\n"
                + "I-2,fresher,orm,short,Two?,,,a,1,C:\\pictures\\er.png\n"
                + "I-3,fresher,orm,short,Three?,,,a,1,images/missing.png\n");
        assertThat(problems(file)).satisfiesExactly(
                p -> assertThat(p).startsWith(file + ":2: column 'image': '/etc/passwd' is an absolute path — "),
                p -> assertThat(p).startsWith(file + ":3: column 'image': 'C:/pictures/er.png' is an absolute path — "),
                p -> assertThat(p).isEqualTo(file + ":4: column 'image': 'images/missing.png' not found (looked for "
                        + dir.resolve("images/missing.png") + ") — check the file name, including capitals,"
                        + " and where the picture is"));
    }

    @Test
    void imageInASubfolderWrittenWithBackslashesResolves() throws IOException {
        Files.createDirectories(dir.resolve("pics"));
        // A real picture: validation reads it, and a file holding the word "png" is refused as text.
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", dir.resolve("pics/er.png").toFile());
        Path file = write("bank.csv", HEADER + "I-1,fresher,orm,short,What is shown?,,,tables,1,pics\\er.png\n");
        assertThat(BankReader.read(file).questions().get(0).image()).contains(dir.resolve("pics/er.png"));
    }

    @Test
    void tabDelimitedSepLineAndQuotedHeadersAreRead() throws IOException {
        Path tabs = write("tabs.csv", "\"id\"\t\"level\"\ttopic\ttype\tquestion\tanswer\nT-1\tfresher\torm\tshort\tWhy?\tBecause\n");
        Path sep = write("sep.csv", "sep=|\nid|level|topic|type|question|answer\nP-1|fresher|orm|truefalse|Yes?|no\n");

        assertThat(BankReader.read(tabs).questions()).extracting(Question::id).containsExactly("T-1");
        Question fromSep = BankReader.read(sep).questions().get(0);
        assertThat(fromSep.answer()).isEqualTo(new Answer.TrueFalse(false));
        assertThat(fromSep.source().line()).isEqualTo(3);
    }

    @Test
    void questionTextKeepsIndentationButNotStraySpaceAtTheEnds() throws IOException {
        Path file = write("text.csv", HEADER
                + "X-1,fresher,orm,short,\"\r\n  What does this print?\r\n```\r\nfor i in range(2):\r\n    print(i)\r\n```  \r\n\r\n\",,,\"0\r\n1\",1,\n"
                + "X-2,fresher,orm,short,  Plain question?  ,,,yes,1,\n");
        var questions = BankReader.read(file).questions();
        assertThat(questions.get(0).text())
                .isEqualTo("  What does this print?\n```\nfor i in range(2):\n    print(i)\n```");
        assertThat(questions.get(0).answer()).isEqualTo(new Answer.Model("0\n1"));
        assertThat(questions.get(1).text()).isEqualTo("Plain question?");
    }

    @Test
    void lowerCaseLettersSpacedLettersAndTypeCaseAreAccepted() throws IOException {
        Path file = write("case.csv", HEADER + "C-1,fresher,orm,MULTI,Which?,x,y,\"a, b\",1,\n"
                + "C-2,fresher,orm,Mcq,Which?,x,y,b,1,\n");
        var questions = BankReader.read(file).questions();
        assertThat(questions.get(0).answer()).isEqualTo(Answer.Choice.of(0, 1));
        assertThat(questions.get(1).answer()).isEqualTo(Answer.Choice.of(1));
    }

    @Test
    void workbookSavedUnderACsvNameIsRecognised() throws IOException {
        Path file = dir.resolve("bank.csv");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, (byte) 0xE9});
        assertThat(problems(file)).containsExactly(file + ": this is a spreadsheet workbook (.xlsx), not a CSV file — "
                + CsvDecoding.SAVE_AS_UTF8);
    }

    @Test
    void emptyFileInAFolderIsNamedAlongsideOtherFilesProblems() throws IOException {
        write("a.csv", "");
        write("b.csv", "id,level,topic,type,question,answer\nB-1,fresher,orm,truefalse,Yes?,perhaps\n");
        assertThat(problems(dir)).containsExactly(
                dir.resolve("a.csv") + ": the file is empty — a bank file needs a header row"
                        + " (id, level, topic, type, question, answer, …) and one row per question",
                dir.resolve("b.csv") + ":2: column 'answer': 'perhaps' is not true or false — write true or false");
    }

    @Test
    void truefalseWithOptionsAndBadOptionalCellsAreReported() throws IOException {
        Path file = write("opt.csv", "id,level,topic,type,question,option_a,answer,difficulty,shuffle,lines\n"
                + "O-1,fresher,orm,truefalse,Yes?,True,t,6,maybe,-2\n");
        assertThat(problems(file)).containsExactly(
                file + ":2: column 'option_a': a truefalse item has no options, but this one is filled"
                        + " — clear the option cells, or set the type to mcq or multi",
                file + ":2: column 'difficulty': '6' is not a difficulty"
                        + " — write a whole number from 1 (easy) to 5 (hard), or leave it empty",
                file + ":2: column 'shuffle': 'maybe' is not true or false"
                        + " — write false to keep the options in bank order; true or empty lets them be shuffled",
                file + ":2: column 'lines': '-2' is not a number of lines"
                        + " — write a whole number such as 6, or leave it empty to let the layout decide");
    }
}

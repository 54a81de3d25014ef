package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import papersetter.testing.Cli;
import papersetter.testing.PdfChecks;
import papersetter.testing.PdfText;

/** Every shipped layout prints a paper and a key that a school could hand out, from any bank. */
class ShippedLayoutsTest {
    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} layout, {1}")
    @CsvSource({
        "exam, bank/django", "worksheet, bank/django", "revision, bank/django", "large-print, bank/django",
        "compact, bank/django",
        "exam, src/test/resources/e2e/chemistry.csv", "worksheet, src/test/resources/e2e/chemistry.csv",
        "revision, src/test/resources/e2e/chemistry.csv", "large-print, src/test/resources/e2e/chemistry.csv",
        "compact, src/test/resources/e2e/chemistry.csv",
    })
    void printsAPaperAndAKeyWithEmbeddedFontsAndNothingOffThePage(String layout, String bank) throws IOException {
        Path folder = generate(layout, bank, "16", "7");
        for (String file : List.of("paper-A.pdf", "key-A.pdf", "paper-B.pdf", "key-B.pdf", "all-papers.pdf")) {
            Path pdf = folder.resolve(file);
            assertThat(PdfChecks.fonts(pdf)).as(file).allSatisfy(font -> assertThat(font).endsWith("(embedded)"));
            assertThat(PdfChecks.textOutside(pdf, 24)).as("%s %s", layout, file).isEmpty();
            assertThat(PdfChecks.pageSizes(pdf)).allSatisfy(size -> assertThat(size[0]).isBetween(595f, 596f));
        }
        String paper = PdfText.text(folder.resolve("paper-A.pdf"));
        assertThat(paper).contains("Page 1 of", "End of paper");
        // A revision sheet is the same for everyone: it names no set.
        if (layout.equals("revision")) {
            assertThat(paper).doesNotContain("Set A", "Paper code");
        } else {
            assertThat(paper).contains("Set A", "Paper code");
        }
        assertThat(PdfText.text(folder.resolve("key-A.pdf"))).contains("Answer key", "Total");
    }

    @Test
    void largePrintSetsBodyTextAtEighteenPointAndKeepsTheExamsQuestionsAndOrder() throws IOException {
        Path large = generate("large-print", "bank/django", "12", "21");
        Path exam = generate("exam", "bank/django", "12", "21");
        List<Float> sizes = PdfChecks.glyphSizes(large.resolve("paper-A.pdf"));
        // Everything a student reads is at least 18 pt: code, marks, instructions and the footer too.
        assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(17.99f));
        assertThat(questions(large)).isEqualTo(questions(exam));
    }

    @ParameterizedTest
    @ValueSource(strings = {"revision", "compact"})
    void twoColumnLayoutsUseBothColumns(String layout) throws IOException {
        Path folder = generate(layout, "bank/django", "24", "5");
        List<Float> lefts = PdfChecks.glyphLefts(folder.resolve("paper-A.pdf"));
        assertThat(lefts).anyMatch(x -> x < 150).anyMatch(x -> x > 320);
    }

    @Test
    void revisionSheetsCarryTheAnswersAndExplanationsWithTheQuestions() throws IOException {
        Path folder = generate("revision", "src/test/resources/e2e/chemistry.csv", "16", "3");
        String sheet = PdfText.text(folder.resolve("paper-A.pdf"));
        assertThat(sheet).contains("Answer:", "Model answer", "Nitrogen is about 78 %");
        assertThat(sheet).doesNotContain("Roll number");
    }

    @Test
    void aLayoutFileOfOnesOwnWorksAndItsWatermarkIsPrinted() throws IOException {
        Path file = out.resolve("draft.yaml");
        Files.writeString(file, "extends: exam\nwatermark: DRAFT\npage:\n  size: Letter\nnumbering: \"Q{n}\"\n");
        Path folder = generate(file.toString(), "bank/django", "5", "1");
        assertThat(PdfText.text(folder.resolve("paper-A.pdf"))).contains("DRAFT", "Q1", "Q5");
        assertThat(PdfChecks.pageSizes(folder.resolve("paper-A.pdf"))).allSatisfy(size -> {
            assertThat(size[0]).isEqualTo(612f);
            assertThat(size[1]).isEqualTo(792f);
        });
    }

    @Test
    void aLayoutCanDivideThePaperByTopic() throws IOException {
        Path file = out.resolve("by-topic.yaml");
        Files.writeString(file, "extends: exam\nsections:\n  by: topic\n");
        Path folder = generate(file.toString(), "src/test/resources/e2e/chemistry.csv", "16", "9");
        String paper = PdfText.text(folder.resolve("paper-A.pdf"));
        List<String> headings = List.of("Section 1 · acids", "Section 2 · air", "Section 3 · atoms",
                "Section 4 · periodic table", "Section 5 · rates", "Section 6 · units", "Section 7 · water");
        int at = -1;
        for (String heading : headings) {
            int next = paper.indexOf(heading);
            assertThat(next).as(heading).isGreaterThan(at);
            at = next;
        }
        // Both nitrogen questions sit under their topics: air first, then the unit of amount.
        assertThat(paper.indexOf("78 % of dry air")).isBetween(paper.indexOf("Section 2 · air"),
                paper.indexOf("Section 3 · atoms"));
    }

    @Test
    void aTypoInALayoutIsNamedWithItsLineAndTheNearestKey() throws IOException {
        Path file = out.resolve("mine.yaml");
        Files.writeString(file, "extends: exam\nfonts:\n  body: 12\ncolums: 2\n");
        Path target = out.resolve("papers");
        Cli run = Cli.run("generate", "--layout", file.toString(), "--out", target.toString(), "--count", "3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + ": line 4: unknown key 'colums' — did you mean 'columns'?");
        assertThat(target).doesNotExist();
    }

    @Test
    void badValuesAreAllReportedTogether() throws IOException {
        Path file = out.resolve("bad.yaml");
        Files.writeString(file, String.join("\n",
                "page:",
                "  size: A3",
                "fonts:",
                "  body: huge",
                "numbering: \"Question\"",
                "answer-space:",
                "  style: dots",
                "columns: 3",
                ""));
        Cli run = Cli.run("generate", "--layout", file.toString(), "--out", out.resolve("p").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(
                file + ": line 2: size is 'A3' — use one of: A4, Letter, A5, Legal",
                file + ": line 4: body is 'huge' — use a number",
                file + ": line 5: numbering is 'Question' — it must contain {n}",
                file + ": line 7: style is 'dots' — use one of",
                file + ": line 8: columns is 3 — use a number from 1 to 2",
                "5 problems");
    }

    @Test
    void anUnknownLayoutNameListsTheShippedOnes() {
        Cli run = Cli.run("generate", "--layout", "fancy", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown layout 'fancy'", "compact", "exam", "large-print", "revision",
                "worksheet");
    }

    @Test
    void previewWritesOneImagePerPage() throws IOException {
        Path folder = generate("exam", "bank/django", "10", "2");
        Path images = out.resolve("previews");
        Cli run = Cli.run("preview", "--dpi", "30", "--out", images.toString(), folder.resolve("key-A.pdf").toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        int pages = PdfChecks.pageSizes(folder.resolve("key-A.pdf")).size();
        try (Stream<Path> files = Files.list(images)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .hasSize(pages).first().isEqualTo("key-A-1.png");
        }
    }

    @Test
    void previewOfSomethingThatIsNotAPdfIsABadInput() throws IOException {
        Path notPdf = out.resolve("notes.pdf");
        Files.writeString(notPdf, "hello");
        Cli run = Cli.run("preview", notPdf.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not a PDF file");
    }

    private Path generate(String layout, String bank, String count, String seed) throws IOException {
        Path target = out.resolve(Path.of(layout).getFileName() + "-" + Path.of(bank).getFileName() + "-" + seed);
        Cli run = Cli.run("generate", "--layout", layout, "--bank", bank, "--count", count, "--sets", "2", "--seed",
                seed, "--out", target.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> entries = Files.list(target)) {
            return entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    private static List<?> questions(Path folder) throws IOException {
        Map<String, Object> manifest = JSON.std.mapFrom(Files.readString(folder.resolve("manifest.json")));
        return (List<?>) manifest.get("sets");
    }
}

package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.testing.Cli;
import papersetter.testing.PageWords;
import papersetter.testing.PdfChecks;
import papersetter.testing.PdfText;

/**
 * A layout with {@code cover: true}: page 1 holds the header, the candidate's fields, the
 * instructions and a marks table per section (tagged as a table), and the questions begin on page 2,
 * which "Page x of y" counts.
 */
class CoverPageTest {
    private static final String SPEC = """
            title: Django check-up
            course: Fresher level
            institution: Acme Training
            duration: 40 minutes
            level: fresher
            sections:
              - heading: Multiple choice
                type: mcq
                count: 6
              - heading: True or false
                type: truefalse
                count: 4
              - heading: Short answers
                type: short
                count: 2
              - heading: Long answer
                type: long
                count: 1
            """;

    @TempDir
    Path out;
    @TempDir
    Path scratch;

    @Test
    void theCoverHoldsTheHeaderAndAMarksTableAndTheQuestionsStartOnPageTwo() throws IOException {
        Path layout = Files.writeString(scratch.resolve("exam-cover.yaml"), "extends: exam\ncover: true\n",
                StandardCharsets.UTF_8);
        Path run = generate("--layout", layout.toString());
        Manifest manifest = ManifestReader.read(run.resolve("manifest.json"));
        for (Manifest.SetEntry set : manifest.sets()) {
            Path paper = run.resolve(set.paper());
            List<String> pages = PdfText.pages(paper);
            String cover = pages.get(0);
            assertThat(cover).containsIgnoringCase("Acme Training");
            assertThat(cover).contains("Django check-up", "Time allowed: 40 minutes",
                    "Total marks: " + set.totalMarks(), "Name", "Roll number", "Instructions",
                    "Write your name and roll number", "Marks awarded", "Marks available", "Page 1 of " + pages.size());
            assertThat(cover).as("no question on the cover").doesNotContain("mark]");
            BigDecimal sum = BigDecimal.ZERO;
            for (int s = 0; s < set.sections().size(); s++) {
                Manifest.SectionEntry section = set.sections().get(s);
                String questions = section.first().equals(section.last()) ? section.first().toString()
                        : section.first() + "–" + section.last();
                assertThat(cover).as("set %s, section %d's row", set.set(), s + 1)
                        .containsPattern("Section " + (s + 1) + " · " + section.heading() + "\\s+" + questions + "\\s+"
                                + section.marks().replace(".", "\\.") + "\\s");
                sum = sum.add(new BigDecimal(section.marks()));
            }
            assertThat(sum).isEqualByComparingTo(set.totalMarks());
            assertThat(cover).containsPattern("Total\\s+" + set.questions().size() + "\\s+" + set.totalMarks());
            assertThat(pages.get(1)).as("page 2 opens with the first section and question 1")
                    .containsPattern("^\\s*Section 1 · Multiple choice").contains("1.")
                    .contains("Page 2 of " + pages.size());
            assertThat(String.join("", pages.subList(1, pages.size()))).doesNotContain("Marks awarded");

            assertThat(PageWords.problems(PageWords.read(paper))).as("set %s", set.set()).isEmpty();
            assertThat(PdfChecks.untaggedContent(paper)).isEmpty();
            assertThat(PdfChecks.qpdfProblems(paper)).isEmpty();
            List<String> types = PdfChecks.structureTypes(paper);
            assertThat(types).containsSubsequence("H1", "H2", "Table", "TR", "TH", "TH", "TH", "TH", "TR", "TD", "TD",
                    "TD", "TD");
        }
        // The print file holds each set's cover before its questions.
        List<String> all = PdfText.pages(run.resolve("all-papers.pdf"));
        assertThat(all.stream().filter(page -> page.contains("Marks awarded"))).hasSize(manifest.sets().size());
    }

    @Test
    void withoutTheSettingThePaperHasNoCover() throws IOException {
        Path run = generate("--layout", "exam");
        List<String> pages = PdfText.pages(run.resolve("paper-A.pdf"));
        assertThat(pages.get(0)).contains("Instructions", "1.").doesNotContain("Marks awarded");
    }

    @Test
    void aRevisionSheetWithACoverIsRefused() throws IOException {
        Path layout = Files.writeString(scratch.resolve("bad.yaml"), "extends: revision\ncover: true\n",
                StandardCharsets.UTF_8);
        Cli run = Cli.run("generate", "--spec", spec().toString(), "--layout", layout.toString(), "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml: line 2: a cover page, with its marks table for the marker, is for a"
                + " paper students sit");
    }

    private Path spec() throws IOException {
        return Files.writeString(scratch.resolve("quiz.yaml"), SPEC, StandardCharsets.UTF_8);
    }

    private Path generate(String... layout) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--spec", spec().toString(), "--sets", "2",
                "--seed", "4", "--out", out.toString()));
        args.addAll(List.of(layout));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> folders = Files.list(out)) {
            return folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
    }
}

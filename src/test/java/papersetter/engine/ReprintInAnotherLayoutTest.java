package papersetter.engine;

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
import papersetter.testing.PdfText;

/**
 * Issue 12: the large-print copy of a set is the recorded set printed in another layout, not a new
 * run with the same seed (drawing prefers the questions the history has used least, so a second
 * run with the same seed drew other questions).
 */
class ReprintInAnotherLayoutTest {
    @TempDir
    Path out;

    @Test
    void largePrintFromAnExamRunsManifestHasTheSameQuestionsOrderAndOptionOrders() throws IOException {
        Path exam = run(out.resolve("exam"), "generate", "--count", "12", "--sets", "4", "--seed", "31", "--out",
                out.resolve("exam").toString());
        // A second run into the same folder puts the first in the history: the same seed now draws otherwise.
        run(out.resolve("exam"), "generate", "--count", "12", "--sets", "4", "--seed", "32", "--out",
                out.resolve("exam").toString());
        Cli reprint = Cli.run("generate", "--from", exam.resolve("manifest.json").toString(), "--layout",
                "large-print", "--only", "B,D", "--title", "Unit test (large print)", "--out",
                out.resolve("large").toString());
        assertThat(reprint.exitCode()).as(reprint.toString()).isZero();
        assertThat(reprint.out()).contains("in the large-print layout, sets B, D,");
        Path large = only(out.resolve("large"));

        Manifest recorded = ManifestReader.read(exam.resolve("manifest.json"));
        Manifest printed = ManifestReader.read(large.resolve("manifest.json"));
        assertThat(printed.request().layout()).isEqualTo("large-print");
        assertThat(printed.request().title()).isEqualTo("Unit test (large print)");
        assertThat(printed.sets()).extracting(Manifest.SetEntry::set).containsExactly("B", "D");
        for (Manifest.SetEntry set : printed.sets()) {
            Manifest.SetEntry original = recorded.sets().stream().filter(s -> s.set().equals(set.set())).findFirst()
                    .orElseThrow();
            assertThat(set.questions()).as("set %s: ids, order, option orders and printed answers", set.set())
                    .isEqualTo(original.questions());
        }
        // What the student and the marker read: the same key rows, and a paper in large type.
        assertThat(keyRows(large, "B")).isEqualTo(keyRows(exam, "B"));
        assertThat(keyRows(large, "D")).isEqualTo(keyRows(exam, "D"));
        assertThat(Files.exists(large.resolve("paper-A.pdf"))).isFalse();
        assertThat(PdfText.text(large.resolve("paper-B.pdf"))).contains("Unit test (large print)", "Set B");
        assertThat(PdfText.pages(large.resolve("paper-B.pdf")).size())
                .isGreaterThan(PdfText.pages(exam.resolve("paper-B.pdf")).size());
    }

    @Test
    void countAllPrintsEveryMatchingQuestionAndTheSummaryCountsInTheSingular() throws IOException {
        Cli all = Cli.run("generate", "--bank", "src/test/resources/robustness/small.csv", "--count", "all",
                "--sets", "1", "--seed", "2", "--out", out.resolve("all").toString());
        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(all.out()).startsWith("Wrote 1 set of 3 questions (4 marks each)");
        Cli one = Cli.run("generate", "--bank", "src/test/resources/robustness/small.csv", "--type", "mcq",
                "--count", "all", "--sets", "1", "--seed", "2", "--out", out.resolve("one").toString());
        assertThat(one.exitCode()).as(one.toString()).isZero();
        assertThat(one.out()).startsWith("Wrote 1 set of 1 question (1 mark each)");
    }

    private static List<String> keyRows(Path run, String set) throws IOException {
        return Files.readAllLines(run.resolve("keys.csv")).stream().filter(line -> line.startsWith(set + ",")).toList();
    }

    private static Path run(Path outDir, String... args) throws IOException {
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        try (Stream<Path> folders = Files.list(outDir)) {
            return folders.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        }
    }

    private static Path only(Path outDir) throws IOException {
        try (Stream<Path> folders = Files.list(outDir)) {
            return folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}

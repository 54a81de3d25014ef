package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import papersetter.testing.Cli;
import papersetter.testing.PdfText;

/**
 * What a student and a marker read, pinned: the text of every page of set A's paper and key in
 * each shipped layout, from a small fixed bank and seed, against the fixtures in
 * src/test/resources/golden/ (see its README). A change in what is read shows up as a diff; when
 * the change is meant, regenerate the fixtures with {@code -Dgolden.update=true} and review them.
 */
class GoldenPagesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final List<String> LAYOUTS = List.of("exam", "worksheet", "revision", "large-print", "compact");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");
    static final String REGENERATE = "mvn test -Dtest=GoldenPagesTest -Dgolden.update=true";

    @TempDir
    static Path out;

    static Stream<Arguments> documents() {
        return LAYOUTS.stream().flatMap(layout -> Stream.of(Arguments.of(layout, "paper-A"), Arguments.of(layout, "key-A")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("documents")
    void readsAsPinned(String layout, String document) throws IOException {
        Path run = run(layout);
        String actual = pageText(run.resolve(document + ".pdf"));
        Path fixture = GOLDEN.resolve(layout).resolve(document + ".txt");
        if (UPDATE) {
            Files.createDirectories(fixture.getParent());
            Files.writeString(fixture, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(Files.exists(fixture)).as("%s is missing; make it with: %s", fixture, REGENERATE).isTrue();
        String expected = Files.readString(fixture, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            throw new AssertionError(document + ".pdf in the " + layout + " layout no longer reads as " + fixture
                    + " (- pinned, + now):\n" + diff(expected, actual) + "\nIf the change is meant, regenerate the"
                    + " fixtures with\n  " + REGENERATE + "\nand review them with git diff " + GOLDEN + ".");
        }
    }

    /** The fixtures' own check: the comparison sees a changed word, and shows it. */
    @Test
    void theDiffShowsWhatChanged() {
        String diff = diff("=== page 1 ===\nGolden paper\nSet A\n1. Which method?\n", "=== page 1 ===\nGolden paper\n"
                + "Set A\n1. Which methods?\n");
        assertThat(diff).contains("- 1. Which method?", "+ 1. Which methods?", "  Set A");
        assertThat(diff).doesNotContain("- Set A");
    }

    /** Every page's text as PDFBox reads it, each under a marker, without trailing spaces. */
    static String pageText(Path pdf) {
        StringBuilder text = new StringBuilder();
        List<String> pages = PdfText.pages(pdf);
        for (int p = 0; p < pages.size(); p++) {
            text.append("=== page ").append(p + 1).append(" of ").append(pages.size()).append(" ===\n");
            for (String line : pages.get(p).split("\\R", -1)) {
                text.append(line.stripTrailing()).append('\n');
            }
        }
        return text.toString().replaceAll("\n+\\z", "\n");
    }

    private static Path run(String layout) throws IOException {
        Path target = out.resolve(layout);
        if (!Files.isDirectory(target)) {
            Cli cli = Cli.run("generate", "--bank", GOLDEN.resolve("bank.csv").toString(), "--count", "all", "--sets",
                    "1", "--seed", "1", "--layout", layout, "--title", "Golden paper", "--duration", "30 minutes",
                    "--out", target.toString());
            assertThat(cli.exitCode()).as(cli.toString()).isZero();
        }
        try (Stream<Path> folders = Files.list(target)) {
            return folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** The lines that differ, with two lines of context, from a longest common subsequence of lines. */
    static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add("  " + a[i++]);
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add("- " + a[i++]);
            } else {
                lines.add("+ " + b[j++]);
            }
        }
        StringBuilder shown = new StringBuilder();
        int lastShown = -1;
        for (int k = 0; k < lines.size(); k++) {
            boolean near = false;
            for (int d = -2; d <= 2; d++) {
                int n = k + d;
                near |= n >= 0 && n < lines.size() && !lines.get(n).startsWith("  ");
            }
            if (near) {
                if (lastShown >= 0 && k > lastShown + 1) {
                    shown.append("  …\n");
                }
                shown.append(lines.get(k)).append('\n');
                lastShown = k;
            }
        }
        return shown.toString();
    }
}

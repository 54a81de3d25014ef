package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/** The same bank, options and seed give byte-identical files; another seed gives other papers. */
class SameSeedSameBytesTest {
    @TempDir
    Path first;
    @TempDir
    Path second;
    @TempDir
    Path third;

    @Test
    void twoRunsWithOneSeedWriteTheSameBytes() throws IOException {
        Path a = run(first, "99");
        Path b = run(second, "99");
        List<String> files = names(a);
        assertThat(files).containsExactly("all-papers.pdf", "key-A.pdf", "key-B.pdf", "key-C.pdf", "keys.csv", "manifest.json",
                "paper-A.pdf", "paper-B.pdf", "paper-C.pdf");
        assertThat(names(b)).isEqualTo(files);
        for (String file : files) {
            assertThat(sha256(b.resolve(file))).as(file).isEqualTo(sha256(a.resolve(file)));
        }
    }

    @Test
    void renderingOnManyThreadsWritesWhatOneThreadWrites() throws IOException {
        Path parallel;
        Path single;
        try {
            System.setProperty("papersetter.threads", "4");
            parallel = run(first, "123");
            System.setProperty("papersetter.threads", "1");
            single = run(second, "123");
        } finally {
            System.clearProperty("papersetter.threads");
        }
        for (String file : names(parallel)) {
            assertThat(sha256(single.resolve(file))).as(file).isEqualTo(sha256(parallel.resolve(file)));
        }
    }

    @Test
    void anotherSeedGivesAnotherPaper() throws IOException {
        Path a = run(first, "99");
        Path c = run(third, "100");
        assertThat(sha256(c.resolve("paper-A.pdf"))).isNotEqualTo(sha256(a.resolve("paper-A.pdf")));
    }

    private static Path run(Path out, String seed) throws IOException {
        Cli run = Cli.run("generate", "--count", "25", "--sets", "3", "--seed", seed, "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> entries = Files.list(out)) {
            return entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    private static String sha256(Path file) {
        return papersetter.model.Sha256.hex(file);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

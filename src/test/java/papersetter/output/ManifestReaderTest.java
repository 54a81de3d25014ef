package papersetter.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.model.Sha256;
import papersetter.testing.Cli;

/** The manifest's one schema: what papersetter writes it reads back, older manifests too, and nothing else. */
class ManifestReaderTest {
    @TempDir
    static Path out;
    static Path run;
    static String written;

    @BeforeAll
    static void generate() throws IOException {
        Cli cli = Cli.run("generate", "--bank", "src/test/resources/e2e/chemistry.csv", "--count", "6", "--sets", "3",
                "--seed", "5", "--out", out.resolve("runs").toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        try (Stream<Path> folders = Files.list(out.resolve("runs"))) {
            run = folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        written = Files.readString(run.resolve("manifest.json"));
    }

    @Test
    void whatIsWrittenReadsBackAndWritesTheSameBytes() {
        Manifest manifest = ManifestReader.read(run.resolve("manifest.json"));
        assertThat(manifest.version()).isEqualTo(Manifest.VERSION);
        assertThat(manifest.seed()).isEqualTo(5L);
        assertThat(manifest.sets()).extracting(Manifest.SetEntry::set).containsExactly("A", "B", "C");
        assertThat(new String(ManifestWriter.write(manifest), StandardCharsets.UTF_8)).isEqualTo(written);
    }

    /** Manifests written before the file said its version have the same shape and reprint the same papers. */
    @Test
    void aManifestWithoutVersionIsVersionOneAndReprintsTheSamePapers() throws IOException {
        String older = written.replace("  \"version\" : 2,\n", "");
        assertThat(older).isNotEqualTo(written);
        assertThat(ManifestReader.read(older.getBytes(StandardCharsets.UTF_8)).version()).isEqualTo(1);
        Path file = Files.writeString(out.resolve("older-manifest.json"), older);
        Cli cli = Cli.run("generate", "--from", file.toString(), "--out", out.resolve("reprint").toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        Path reprint;
        try (Stream<Path> folders = Files.list(out.resolve("reprint"))) {
            reprint = folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        for (String pdf : new String[] {"paper-A.pdf", "key-B.pdf", "all-papers.pdf", "keys.csv"}) {
            assertThat(Sha256.hex(reprint.resolve(pdf))).as(pdf).isEqualTo(Sha256.hex(run.resolve(pdf)));
        }
        assertThat(Files.readString(reprint.resolve("manifest.json"))).isEqualTo(written);
    }

    @Test
    void numbersAndTextAreReadStrictlyNotCoerced() {
        // jackson-jr on its own reads "x" as 0 and true as 1: another paper, without a word.
        assertThatThrownBy(() -> read(written.replace("\"seed\" : 5", "\"seed\" : \"x\"")))
                .hasMessageContaining("line 4, column").hasMessageContaining("'seed' must be a whole number, not text");
        assertThatThrownBy(() -> read(written.replace("\"seed\" : 5", "\"seed\" : true")))
                .hasMessageContaining("'seed' must be a whole number, not true/false");
        assertThatThrownBy(() -> read(written.replace("\"seed\" : 5", "\"seed\" : 1.5")))
                .hasMessageContaining("'seed' must be a whole number, not a number with a fraction");
        assertThatThrownBy(() -> read(written.replace("\"set\" : \"A\"", "\"set\" : 1")))
                .hasMessageContaining("'set' must be text in quotes, not a number");
    }

    @Test
    void aNewerVersionIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> read(written.replace("\"version\" : 2", "\"version\" : 3")))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("'version' is 3; this papersetter reads versions 1 to 2 (a newer papersetter made it");
    }

    @Test
    void nestingAndDuplicatesAreRefusedWithTheirPlace() {
        assertThatThrownBy(() -> read(written.replace("\"seed\" : 5,", "\"seed\" : 5, \"seed\" : 6,")))
                .hasMessageContaining("line 4, column").hasMessageContaining("'seed' appears twice");
        assertThatThrownBy(() -> read("{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}"))
                .isInstanceOf(ManifestException.class).hasMessageContaining("nested deeper than a manifest is");
    }

    /** --from /dev/zero once read 4 GB before failing; a manifest's size is capped, and the message says so. */
    @Test
    void readingStopsAtTheLimitAndSaysSo() {
        // Endless white space is valid JSON so far: only the cap stops it.
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        assertThatThrownBy(() -> ManifestReader.read(endless, "spaces.json", 10_000))
                .isInstanceOf(ManifestException.class)
                .hasMessage("spaces.json: larger than 10000 bytes, the most a manifest may hold; stopped reading there."
                        + " Is it the manifest.json of a run?");
        assertThat(ManifestReader.MAX_BYTES).isEqualTo(256L * 1024 * 1024);
    }

    private static Manifest read(String json) {
        return ManifestReader.read(json.getBytes(StandardCharsets.UTF_8), "manifest.json");
    }
}

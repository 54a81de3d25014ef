package papersetter.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.output.Manifest;
import papersetter.output.ManifestException;
import papersetter.output.ManifestReader;
import papersetter.output.ManifestWriter;
import papersetter.testing.Cli;

/** A scan reader plans a sheet from manifest.json and a QR code; the manifest's sheet records are checked on reading. */
class SheetSpecsTest {
    @TempDir
    static Path out;
    static Manifest plain;

    @BeforeAll
    static void generate() throws IOException {
        Cli cli = Cli.run("generate", "--bank", "src/test/resources/e2e/chemistry.csv", "--count", "6", "--sets", "2",
                "--seed", "5", "--out", out.resolve("runs").toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        try (Stream<Path> folders = Files.list(out.resolve("runs"))) {
            plain = ManifestReader.read(folders.filter(Files::isDirectory).findFirst().orElseThrow()
                    .resolve("manifest.json"));
        }
    }

    static Manifest with(Manifest.Sheets sheets) {
        Manifest m = plain;
        return new Manifest(m.papersetter(), m.version(), m.seed(), m.request(), m.bankFiles(), m.printFile(),
                m.keysFile(), m.drawing(), m.sets(), sheets);
    }

    static Manifest.Sheets sheets(List<Manifest.StudentEntry> students) {
        return new Manifest.Sheets("0123456789ab", Float.toString(SheetPlannerTest.A4_WIDTH),
                Float.toString(SheetPlannerTest.A4_HEIGHT), 8, "(a)",
                List.of(new Manifest.SheetFile("A", "sheet-A.pdf"), new Manifest.SheetFile("B", "sheet-B.pdf")),
                students);
    }

    @Test
    void aManifestWithSheetsReadsBackAndPlansTheSameSheet() {
        Manifest manifest = with(sheets(List.of(new Manifest.StudentEntry("17", "Ana Lima", "B"))));
        Manifest read = ManifestReader.read(ManifestWriter.write(manifest));
        assertThat(read).isEqualTo(manifest);
        SheetSpec spec = SheetSpecs.of(read, "B", null);
        assertThat(spec.items()).hasSize(6);
        assertThat(spec.items()).extracting(SheetSpec.Item::number).containsExactly(1, 2, 3, 4, 5, 6);
        List<SheetGeometry> forB = SheetSpecs.plan(read, new SheetCode("0123456789ab", "B", 1, 1, "17"));
        assertThat(forB.get(0).roll()).isNull();
        assertThat(SheetSpecs.plan(read, new SheetCode("0123456789ab", "A", 1, 1, null)).get(0).roll()).isNotNull();
        Manifest.Item first = read.sets().get(0).questions().get(0);
        if (first.options() != null) {
            assertThat(SheetSpecs.plan(read, new SheetCode("0123456789ab", "A", 1, 1, null)).get(0).questions().get(0)
                    .bubbles().get(0).label()).isEqualTo("a");
        }
    }

    @Test
    void aRollNotOnTheRosterOrOnAnotherSetIsSaid() {
        Manifest manifest = with(sheets(List.of(new Manifest.StudentEntry("17", "Ana Lima", "B"))));
        assertThatThrownBy(() -> SheetSpecs.plan(manifest, new SheetCode("0123456789ab", "A", 1, 1, "17")))
                .hasMessageContaining("sits set B");
        assertThatThrownBy(() -> SheetSpecs.plan(manifest, new SheetCode("0123456789ab", "A", 1, 1, "18")))
                .hasMessageContaining("not on the run's roster");
    }

    @Test
    void olderManifestsHaveNoSheets() {
        assertThat(plain.sheets()).isNull();
        assertThat(new String(ManifestWriter.write(plain), StandardCharsets.UTF_8)).doesNotContain("sheets");
    }

    @Test
    void tamperedSheetRecordsAreRefused() {
        Manifest.Sheets good = sheets(null);
        List<Manifest.Sheets> bad = List.of(
                new Manifest.Sheets("XYZ", good.pageWidth(), good.pageHeight(), 8, "(a)", good.files(), null),
                new Manifest.Sheets(good.run(), "NaN", good.pageHeight(), 8, "(a)", good.files(), null),
                new Manifest.Sheets(good.run(), good.pageWidth(), "1e9", 8, "(a)", good.files(), null),
                new Manifest.Sheets(good.run(), good.pageWidth(), good.pageHeight(), 13, "(a)", good.files(), null),
                new Manifest.Sheets(good.run(), good.pageWidth(), good.pageHeight(), 8, "[a]", good.files(), null),
                new Manifest.Sheets(good.run(), good.pageWidth(), good.pageHeight(), 8, "(a)",
                        List.of(new Manifest.SheetFile("A", "../x.pdf"), good.files().get(1)), null),
                new Manifest.Sheets(good.run(), good.pageWidth(), good.pageHeight(), 8, "(a)", good.files(),
                        List.of(new Manifest.StudentEntry("1", "a", "A"), new Manifest.StudentEntry("1", "b", "B"))),
                new Manifest.Sheets(good.run(), good.pageWidth(), good.pageHeight(), 8, "(a)", good.files(),
                        List.of(new Manifest.StudentEntry("1", "a", "Q"))),
                new Manifest.Sheets(good.run(), good.pageWidth(), good.pageHeight(), 8, "(a)", good.files(),
                        List.of(new Manifest.StudentEntry("", "a", "A"))));
        for (Manifest.Sheets sheets : bad) {
            assertThatThrownBy(() -> ManifestReader.read(ManifestWriter.write(with(sheets)))).as(sheets.toString())
                    .isInstanceOf(ManifestException.class).hasMessageContaining("sheets");
        }
    }
}

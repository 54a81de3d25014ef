package papersetter.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;
import papersetter.testing.PdfChecks;

/** A layout may name font files of the trainer's own and the order faces fall back in. */
class LayoutFontsTest {
    @TempDir
    Path dir;

    @Test
    void aLayoutsOwnFontFilesAreUsedAndEmbedded() throws IOException {
        Files.createDirectories(dir.resolve("my"));
        copy("DejaVuSerif.ttf", dir.resolve("my/Body.ttf"));
        Path layout = write("mine.yaml", "extends: exam\nfonts:\n  regular: my/Body.ttf\n"
                + "  fallback: [noto-devanagari, bundled]\n");
        Path bank = bank("H-1,all,x,truefalse,दिल्ली भारत की राजधानी है। Delhi,true\n");
        Path out = dir.resolve("out");
        Cli run = Cli.run("generate", "--bank", bank.toString(), "--count", "1", "--layout", layout.toString(),
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path paper = find(out, "paper-A.pdf");
        List<String> fonts = PdfChecks.fonts(paper);
        assertThat(fonts).anySatisfy(font -> assertThat(font).contains("DejaVuSerif").doesNotContain("Bold"));
        assertThat(fonts).anySatisfy(font -> assertThat(font).contains("NotoSansDevanagari"));
    }

    @Test
    void aMistypedFileOrFontNameGetsDidYouMean() throws IOException {
        Files.createDirectories(dir.resolve("my"));
        copy("DejaVuSerif.ttf", dir.resolve("my/Body.ttf"));
        Path layout = write("typo.yaml", "extends: exam\nfonts:\n  regular: my/Body.tff\n  fallback:\n"
                + "    - noto-devangari\n");
        Cli run = Cli.run("validate", bank("A-1,all,x,truefalse,Plain,true\n").toString(), "--layout", layout.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("typo.yaml: line 3: regular: font 'my/Body.tff' is neither a bundled font nor a file"
                + " next to the layout — did you mean 'my/Body.ttf'?");
        assertThat(run.err()).contains("typo.yaml: line 5: fallback: font 'noto-devangari' is neither a bundled font nor a"
                + " file next to the layout — did you mean 'noto-devanagari'?");
    }

    @Test
    void aFileThatIsNotATrueTypeFontIsRefused() throws IOException {
        Files.writeString(dir.resolve("notes.ttf"), "not a font at all");
        Path layout = write("bad.yaml", "extends: exam\nfonts:\n  mono: notes.ttf\n");
        Cli run = Cli.run("validate", bank("A-1,all,x,truefalse,Plain,true\n").toString(), "--layout", layout.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml: line 3: mono: 'notes.ttf' is not a TrueType font papersetter can embed");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Path bank(String rows) throws IOException {
        return write("bank.csv", "id,level,topic,type,question,answer\n" + rows);
    }

    private static void copy(String bundled, Path to) throws IOException {
        try (InputStream in = LayoutFontsTest.class.getResourceAsStream("/fonts/" + bundled)) {
            Files.copy(in, to);
        }
    }

    private static Path find(Path folder, String name) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }
}

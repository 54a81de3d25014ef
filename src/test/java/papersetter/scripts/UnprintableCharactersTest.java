package papersetter.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/**
 * A character that no font of the layout prints is never left out silently: validate and generate
 * both refuse the bank, naming the character, where it is and what to do, and nothing is written.
 */
class UnprintableCharactersTest {
    @TempDir
    Path dir;

    @Test
    void validateAndGenerateRefuseACharacterNoFontHas() throws IOException {
        Path bank = bank("T-1,all,x,truefalse,Dharma is written ཆོས་ in Tibetan.,true,\n");

        Cli validate = Cli.run("validate", bank.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(2);
        assertThat(validate.err()).contains(bank + ":2: column 'question': U+0F46 TIBETAN LETTER CHA (ཆ) has no font — "
                + "no font papersetter bundles has it: name a font file that has it in a layout, under fonts: fallback");

        Path out = dir.resolve("out");
        Cli generate = Cli.run("generate", "--bank", bank.toString(), "--count", "1", "--out", out.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isEqualTo(2);
        assertThat(generate.err()).contains("U+0F46 TIBETAN LETTER CHA (ཆ) has no font");
        assertThat(out).satisfiesAnyOf(path -> assertThat(path).doesNotExist(), path -> assertThat(path).isEmptyDirectory());
    }

    @Test
    void everyPrintedColumnIsChecked() throws IOException {
        Path bank = bank("T-2,all,x,short,What is 2 + 2?,four,The answer is ᠔ in Mongolian digits.\n");
        Cli validate = Cli.run("validate", bank.toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains(":2: column 'explanation': U+1814 MONGOLIAN DIGIT FOUR (᠔) has no font");
    }

    @Test
    void aTitleNoFontPrintsIsRefusedToo() throws IOException {
        Path bank = bank("T-3,all,x,truefalse,Plain text,true,\n");
        Path out = dir.resolve("out");
        Cli generate = Cli.run("generate", "--bank", bank.toString(), "--count", "1", "--title", "ཆོས", "--out",
                out.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isEqualTo(2);
        assertThat(generate.err()).contains("the paper's header (title, course, institution, duration, date): U+0F46");
    }

    @Test
    void aBankFullOfThemIsReportedInAFewLines() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            rows.append("M-").append(i).append(",all,x,truefalse,").appendCodePoint(0x1820 + i).append(" is a letter,true,\n");
        }
        Cli validate = Cli.run("validate", bank(rows.toString()).toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err().lines().filter(line -> line.contains("has no font"))).hasSize(5);
        assertThat(validate.err()).contains("and 35 more different characters that no font of the layout prints (40 places in all)");
    }

    @Test
    void theWayOutNamesTheBundledFontALayoutLeftOut() throws IOException {
        Path layout = dir.resolve("latin-only.yaml");
        Files.writeString(layout, "extends: exam\nfonts:\n  fallback: [noto-math]\n");
        Path bank = bank("H-1,all,x,truefalse,दिल्ली भारत की राजधानी है।,true,\n");
        Cli validate = Cli.run("validate", bank.toString(), "--layout", layout.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(2);
        assertThat(validate.err()).contains("U+0926 DEVANAGARI LETTER DA (द) has no font — the bundled font noto-devanagari"
                + " (Devanagari (Hindi, Marathi, Nepali, Sanskrit)) prints it: add it to the layout's fonts: fallback list");
        assertThat(Cli.run("validate", bank.toString()).exitCode()).isZero();
    }

    private Path bank(String rows) throws IOException {
        Path bank = dir.resolve("bank.csv");
        Files.writeString(bank, "id,level,topic,type,question,answer,explanation\n" + rows, StandardCharsets.UTF_8);
        return bank;
    }

}

package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/** Type words as spreadsheets and other tools write them are read as the types they name, said once per file. */
class SpreadsheetTypeWordsTest {
    @TempDir
    Path scratch;
    @TempDir
    Path out;

    @Test
    void commonSpellingsAreReadAsTheirTypesAndSaidOncePerFile() throws IOException {
        Path folder = scratch.resolve("bank");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("a.csv"), """
                id,level,topic,type,question,option_a,option_b,option_c,answer
                S1,basic,t,True/False,Water boils at 100 °C at sea level.,,,,true
                S2,basic,t,Multiple choice,Which is a noble gas?,Neon,Iron,Salt,A
                S3,basic,t,Fill in the blank,The symbol of gold is ___.,,,,Au
                S4,basic,t,Short answer,Name one acid.,,,,Hydrochloric acid
                S5,basic,t,Essay,Describe the water cycle.,,,,"Evaporation, condensation, rain."
                S6,basic,t,T/F,Ice floats on water.,,,,true
                S7,basic,t,multiple response,Which are metals?,Iron,Neon,Copper,A;C
                S8,basic,t,MCQ,Which is an acid?,Vinegar,Soap,Water,A
                S9,basic,t,True/False,Salt dissolves in water.,,,,true
                """);
        Files.writeString(folder.resolve("b.csv"), """
                id,level,topic,type,question,answer
                T1,basic,t,Fill-in-the-blanks,H2O is the formula of ___.,water
                """);
        Cli run = Cli.run("validate", folder.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains(folder.resolve("a.csv") + ":2: warning: column 'type': read 'True/False' as"
                + " truefalse, 'Multiple choice' as mcq, 'Fill in the blank' as fill, 'Short answer' as short,"
                + " 'Essay' as long, 'T/F' as truefalse, 'multiple response' as multi (here");
        assertThat(run.err()).contains(folder.resolve("b.csv") + ":2: warning: column 'type': read 'Fill-in-the-blanks' as fill");
        assertThat(run.err().lines().filter(l -> l.contains("column 'type'"))).hasSize(2);
        assertThat(run.out()).contains("10 questions in 2 files", "fill 2, long 1, mcq 2, multi 1, short 1, truefalse 3");

        Cli generate = Cli.run("generate", "--bank", folder.toString(), "--count", "10", "--sets", "1", "--seed", "1",
                "--out", out.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
    }

    @Test
    void aWordThatNamesNoTypeIsStillRefused() throws IOException {
        Path bank = scratch.resolve("odd.csv");
        Files.writeString(bank, """
                id,level,topic,type,question,answer
                U1,basic,t,matching,Match the pairs.,x
                """);
        Cli run = Cli.run("validate", bank.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("column 'type': 'matching' is not a question type");
    }
}

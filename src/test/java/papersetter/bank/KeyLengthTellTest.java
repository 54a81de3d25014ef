package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/** `validate` warns when a bank's mcq keys give themselves away by their length, for any bank. */
class KeyLengthTellTest {
    @TempDir
    Path scratch;

    /** {@code items} mcq items of four options; in the first {@code told} the key is the second-longest. */
    private Path bank(int items, int told) throws IOException {
        StringBuilder csv = new StringBuilder("id,level,topic,type,question,option_a,option_b,option_c,option_d,answer\n");
        for (int i = 0; i < items; i++) {
            // keys cycle through every rank; a told item's key is option C, the second-longest
            String answer = i < told ? "C" : String.valueOf((char) ('A' + i % 4));
            csv.append("K").append(i).append(",basic,t,mcq,Question number ").append(i).append("?,")
                    .append("a" + i + ",bbb" + i + ",ccccc" + i + ",ddddddd" + i).append(',').append(answer).append('\n');
        }
        Path bank = scratch.resolve("tell-" + items + "-" + told + ".csv");
        Files.writeString(bank, csv);
        return bank;
    }

    @Test
    void keysMostlySecondLongestAreReportedWithShareChanceAndFix() throws IOException {
        Cli run = Cli.run("validate", bank(40, 20).toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("warning: in 25 of the 40 mcq items (63 %) the right option is the second longest;"
                + " chance would make it so in about 25 %", "vary the lengths");
        assertThat(run.out()).contains("(1 warning above)");
    }

    @Test
    void keysSpreadOverTheRanksOrTooFewItemsAreNot() throws IOException {
        assertThat(Cli.run("validate", bank(40, 0).toString()).err()).doesNotContain("right option is");
        assertThat(Cli.run("validate", bank(12, 12).toString()).err()).doesNotContain("right option is");
    }

    @Test
    void theShippedBankHasNoTell() {
        Cli run = Cli.run("validate", "bank/django");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("the right option is the", "look alike");
    }
}

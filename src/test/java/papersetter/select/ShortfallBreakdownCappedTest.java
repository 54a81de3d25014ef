package papersetter.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/**
 * Asking the whole shipped bank for more questions than it holds listed every one of its ~180
 * level / topic / type lines; the message now shows the first {@link ShortfallMessages#BREAKDOWN_SHOWN}
 * and counts the rest, as every long list of problems does.
 */
class ShortfallBreakdownCappedTest {
    @TempDir
    Path out;

    @Test
    void aShortfallOnTheWholeBankShowsTheFirstLinesAndCountsTheRest() {
        Cli run = Cli.run("generate", "--count", "9999", "--sets", "1", "--seed", "1", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        String[] lines = run.err().split("\n");
        // Fewer than the bank's 484 rows: items that test one fact count once.
        assertThat(lines[0]).matches("Asked for 9999 questions but only \\d+ questions match \\(no filter\\)\\..*");
        assertThat(lines[1]).isEqualTo("Matching questions by level / topic / type:");
        for (int i = 2; i < 2 + ShortfallMessages.BREAKDOWN_SHOWN; i++) {
            assertThat(lines[i]).matches("  \\S+ / \\S+ / \\S+: \\d+");
        }
        assertThat(lines[2 + ShortfallMessages.BREAKDOWN_SHOWN]).matches("  … and \\d+ more level / topic / type lines");
        assertThat(lines[3 + ShortfallMessages.BREAKDOWN_SHOWN]).startsWith("Ask for at most ");
        assertThat(java.util.Arrays.stream(lines).filter(line -> line.startsWith("  ")))
                .hasSize(ShortfallMessages.BREAKDOWN_SHOWN + 1);
    }
}

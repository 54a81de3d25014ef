package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/**
 * One systematic typo in a 100 000-row bank printed 50 001 lines. The terminal shows the first
 * {@value ProblemLines#SHOWN_PER_KIND} of each kind and counts the rest; {@code --all-problems}
 * writes every one to a file.
 */
class ProblemListCapTest {
    @TempDir
    Path dir;

    @Test
    void aSystematicTypoShowsFiveLinesAndACountAndTheFileHoldsEveryOne() throws IOException {
        StringBuilder csv = new StringBuilder("id,level,topic,type,question,option_a,option_b,answer\n");
        for (int i = 1; i <= 2000; i++) {
            csv.append("T-").append(i).append(",fresher,orm,mcqs,Question ").append(i).append("?,Yes,No,A\n");
        }
        csv.append("T-X,fresher,orm,mcq,Odd one?,Yes,No,E\n");
        Path bank = Files.writeString(dir.resolve("typo.csv"), csv);
        Path all = dir.resolve("problems.txt");

        Cli run = Cli.run("validate", bank.toString(), "--all-problems", all.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(9);
        for (int line = 2; line <= 6; line++) {
            assertThat(lines.get(line - 2)).isEqualTo(bank + ":" + line + ": column 'type': 'mcqs' is not a question"
                    + " type — did you mean 'mcq'? Otherwise use one of mcq, multi, truefalse, fill, numeric, short, long");
        }
        assertThat(lines.get(5)).isEqualTo("… and 1,995 more like this in " + bank + ", column 'type'");
        assertThat(lines.get(6)).startsWith(bank + ":2002: column 'answer': 'E'");
        assertThat(lines.get(7)).isEqualTo("2001 errors in the bank — fix the errors and run again"
                + " ('papersetter validate BANK --all-problems FILE' writes every one to FILE)");
        assertThat(lines.get(8)).isEqualTo("All 2001 problems are listed in " + all + ".");
        List<String> written = Files.readAllLines(all);
        assertThat(written).hasSize(2001);
        assertThat(written.get(1999)).startsWith(bank + ":2001: column 'type': 'mcqs'");
    }

    @Test
    void problemsOfOtherKindsAreEachShown() {
        BankProblem a = new BankProblem(Path.of("a.csv"), 2, "marks", "'two' is not a number", "write a number", false);
        BankProblem b = new BankProblem(Path.of("a.csv"), 3, "marks", "'-1' is less than 0", "write a number", false);
        BankProblem c = new BankProblem(Path.of("b.csv"), 2, "marks", "'two' is not a number", "write a number", false);
        assertThat(ProblemLines.capped(List.of(a, b, c))).containsExactly(a.format(), b.format(), c.format());
        assertThat(ProblemLines.capsAny(List.of(a, b, c))).isFalse();
    }
}

package papersetter.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/**
 * A third-party bank whose rows repeat questions once printed a 30-question paper with 19 distinct
 * questions: a repeated question (the same text, case and spacing aside) counts as one item when
 * drawing, and the run says so once.
 */
class SameQuestionTwiceTest {
    @TempDir
    Path scratch;
    @TempDir
    Path out;

    /** 12 rows, 8 distinct questions: rows 9–12 repeat rows 1–4 (one in capitals, one with its spacing changed). */
    private Path repeatingBank() throws IOException {
        StringBuilder csv = new StringBuilder("id,level,topic,type,question,answer\n");
        for (int i = 1; i <= 8; i++) {
            csv.append("Q").append(i).append(",basic,chem,truefalse,Statement number ").append(i).append(" is true.,true\n");
        }
        csv.append("R1,basic,chem,truefalse,Statement number 1 is true.,true\n");
        csv.append("R2,basic,chem,truefalse,STATEMENT NUMBER 2 IS TRUE.,true\n");
        csv.append("R3,basic,chem,truefalse,\"Statement   number 3\nis true.\",true\n");
        csv.append("R4,basic,chem,truefalse,Statement number 4 is true.,false\n");
        Path bank = scratch.resolve("third-party.csv");
        Files.writeString(bank, csv, StandardCharsets.UTF_8);
        return bank;
    }

    @Test
    void aPaperNeverAsksTheSameQuestionTwice() throws IOException {
        Path bank = repeatingBank();
        for (int seed = 1; seed <= 20; seed++) {
            Path runOut = out.resolve("run" + seed);
            Cli run = Cli.run("generate", "--bank", bank.toString(), "--count", "8", "--sets", "2", "--seed",
                    String.valueOf(seed), "--out", runOut.toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            for (Map<String, Object> set : BlueprintTest.sets(BlueprintTest.only(runOut))) {
                Set<String> numbers = new HashSet<>();
                for (Map<String, Object> q : BlueprintTest.list(set.get("questions"))) {
                    numbers.add(((String) q.get("id")).substring(1));
                }
                assertThat(numbers).as("seed %d set %s", seed, set.get("set")).hasSize(8);
            }
            assertThat(run.err().lines().filter(line -> line.contains("a repeated question counts as one")))
                    .as("said once").hasSize(1);
        }
    }

    @Test
    void askingForMoreThanTheDistinctQuestionsSaysWhy() throws IOException {
        Cli run = Cli.run("generate", "--bank", repeatingBank().toString(), "--count", "9", "--seed", "1",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("Asked for 9 questions but only 8 questions match",
                "4 more questions match but repeat a question counted here");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aSpecSectionCountsARepeatOnce() throws IOException {
        Path spec = scratch.resolve("spec.yaml");
        Files.writeString(spec, """
                title: Repeats
                sections:
                  - heading: True or false
                    type: truefalse
                    count: 9
                """);
        Cli run = Cli.run("generate", "--bank", repeatingBank().toString(), "--spec", spec.toString(), "--seed", "1",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("needs 9 truefalse items; the bank has 8:",
                "4 more repeat one of these or test the same fact");
    }

    @Test
    void optionsThatDifferOnlyInSpacesInsideCodeAreDifferentOptions() throws IOException {
        Path bank = scratch.resolve("code.csv");
        Files.writeString(bank, """
                id,level,topic,type,question,option_a,option_b,option_c,answer
                P1,basic,py,mcq,What does `print(f"sum = {6:>8}|")` print?,`sum =        6|`,`sum = 6|`,`sum =   6|`,A
                P2,basic,py,mcq,Which is the same word?,Django,  django ,Flask,A
                """, StandardCharsets.UTF_8);
        Cli run = Cli.run("validate", bank.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> warnings = run.err().lines().filter(line -> line.contains("the same as option")).toList();
        assertThat(warnings).as(run.toString()).hasSize(1);
        assertThat(warnings.get(0)).contains(":3:", "option_b");
    }
}

package papersetter.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.model.SourceRef;
import papersetter.testing.Cli;

/**
 * Parallel sets that could exist are found: set A is planned with the other sets in mind, so that a
 * --max-overlap 0 that some drawing meets is always met, checked against a brute-force search on
 * small random banks; and when only equivalents on other topics can meet the cap, the message
 * offers --equivalent type.
 */
class PlannedSetsTest {
    @TempDir
    Path scratch;
    @TempDir
    Path out;

    @Property(tries = 300)
    void setsWithNothingInCommonAreFoundWheneverTheyExist(@ForAll @IntRange(min = 2, max = 4) int sets,
            @ForAll @IntRange(min = 1, max = 4) int count, @ForAll @IntRange(min = 3, max = 14) int bankSize,
            @ForAll long seed) {
        List<Question> bank = bank(bankSize, seed);
        boolean exists = disjointSetsExist(bank, count, sets);
        Drawing drawing;
        try {
            drawing = Drawer.draw(bank, PaperSpec.simple(Filter.ANY, count), sets, Vary.QUESTIONS, OptionalInt.of(0),
                    Usage.NONE, purpose -> new Random(seed ^ purpose.hashCode()));
        } catch (SelectionException e) {
            assertThat(exists).as("refused although %d disjoint sets exist: %s", sets, e.getMessage()).isFalse();
            return;
        }
        assertThat(exists).as("a drawing was found, so disjoint sets exist").isTrue();
        assertThat(drawing.maxOverlap()).isZero();
        for (List<DrawnSection> set : drawing.sets()) {
            assertThat(set.stream().mapToInt(s -> s.questions().size()).sum()).isEqualTo(count);
        }
    }

    /**
     * Brute force: some set A of {@code count} items whose mix of topic and marks every profile can
     * supply {@code sets} times over without reuse (equivalent sets with nothing in common exist
     * exactly then).
     */
    private static boolean disjointSetsExist(List<Question> bank, int count, int sets) {
        Map<String, Integer> have = new HashMap<>();
        bank.forEach(q -> have.merge(profile(q), 1, Integer::sum));
        int n = bank.size();
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) != count) {
                continue;
            }
            Map<String, Integer> need = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    need.merge(profile(bank.get(i)), 1, Integer::sum);
                }
            }
            if (need.entrySet().stream().allMatch(e -> e.getValue() * sets <= have.get(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    private static String profile(Question q) {
        return q.topic() + "/" + q.marks();
    }

    /** Items of one type on a few topics, worth 1 or 2 marks, so that profiles vary in size. */
    static List<Question> bank(int size, long seed) {
        Random random = new Random(seed);
        List<Question> bank = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String topic = "t" + random.nextInt(1 + random.nextInt(4));
            BigDecimal marks = BigDecimal.valueOf(random.nextInt(4) == 0 ? 2 : 1);
            bank.add(new Question("Q" + i, "l", topic, QuestionType.SHORT, "Question " + i, List.of(),
                    new Answer.Model("Answer"), marks, "", 1 + random.nextInt(5), List.of(), true, 0, Optional.empty(),
                    new SourceRef(Path.of("bank.csv"), i + 2)));
        }
        return bank;
    }

    private Path chemistry(int acids, int units, int cells) throws IOException {
        StringBuilder csv = new StringBuilder("id,level,topic,type,question,option_a,option_b,option_c,answer\n");
        int n = 0;
        for (Object[] topic : new Object[][] {{"acids", acids}, {"units", units}, {"cells", cells}}) {
            for (int i = 0; i < (int) topic[1]; i++) {
                n++;
                csv.append("C").append(n).append(",basic,").append(topic[0]).append(",mcq,Question ").append(n)
                        .append(" on ").append(topic[0]).append("?,Alpha ").append(n).append(",Beta ").append(n)
                        .append(",Gamma ").append(n).append(",A\n");
            }
        }
        Path bank = scratch.resolve("chem-" + acids + "-" + units + "-" + cells + ".csv");
        Files.writeString(bank, csv);
        return bank;
    }

    @Test
    void twoAcidsAndAUnitPerSetKeepThreeSetsApartWhateverTheSeed() throws IOException {
        Path bank = chemistry(6, 4, 2);
        for (int seed = 1; seed <= 10; seed++) {
            Cli run = Cli.run("generate", "--bank", bank.toString(), "--count", "3", "--sets", "3", "--vary", "questions",
                    "--max-overlap", "0", "--seed", String.valueOf(seed), "--out", out.resolve("s" + seed).toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Sets share at most 0 questions");
        }
    }

    @Test
    void whenOnlyAnotherTopicCanMeetTheCapTheMessageOffersIt() throws IOException {
        Path bank = chemistry(5, 1, 0);
        Cli refused = Cli.run("generate", "--bank", bank.toString(), "--count", "2", "--sets", "3", "--vary",
                "questions", "--max-overlap", "0", "--seed", "1", "--out", out.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains("Too few equivalent items (same section, topic, type and marks) to go round:",
                "  mcq on acids worth 1: ", "add --equivalent type.").doesNotContain(" for :");
        assertThat(out).isEmptyDirectory();

        Cli looser = Cli.run("generate", "--bank", bank.toString(), "--count", "2", "--sets", "3", "--vary",
                "questions", "--max-overlap", "0", "--equivalent", "type", "--seed", "1", "--out", out.toString());
        assertThat(looser.exitCode()).as(looser.toString()).isZero();
        assertThat(looser.out()).contains("Sets share at most 0 questions");
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> set : BlueprintTest.sets(BlueprintTest.only(out))) {
            for (Map<String, Object> q : BlueprintTest.list(set.get("questions"))) {
                assertThat(ids.add((String) q.get("id"))).isTrue();
            }
        }
        assertThat(ids).hasSize(6);
    }

    @Test
    void theLooserEquivalenceWithoutVariedQuestionsIsRefused() throws IOException {
        Cli refused = Cli.run("generate", "--bank", chemistry(6, 4, 2).toString(), "--count", "3", "--sets", "2",
                "--equivalent", "type", "--seed", "1", "--out", out.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--equivalent only applies with --vary questions");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void whenTheUserNamedTopicsTheLooserEquivalenceIsNotOffered() throws IOException {
        Cli refused = Cli.run("generate", "--bank", chemistry(5, 1, 0).toString(), "--topic", "acids,units", "--count",
                "2", "--sets", "3", "--vary", "questions", "--max-overlap", "0", "--seed", "1", "--out", out.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).doesNotContain("--equivalent");
    }
}

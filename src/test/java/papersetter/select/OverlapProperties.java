package papersetter.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import papersetter.model.Letters;

/** The overlap counted from the index of holders agrees with the plain definition: shared ids, pair by pair. */
class OverlapProperties {

    @Property(tries = 300)
    void agreesWithCountingEveryPair(@ForAll @IntRange(min = 1, max = 40) int sets,
            @ForAll @IntRange(min = 1, max = 30) int questions, @ForAll @IntRange(min = 0, max = 12) int perSet,
            @ForAll long seed) {
        Random random = new Random(seed);
        List<int[]> drawn = new ArrayList<>();
        for (int s = 0; s < sets; s++) {
            // repeats allowed: a question held twice by one set still counts once
            drawn.add(random.ints(perSet, 0, questions).toArray());
        }
        Overlap overlap = Overlap.of(drawn, questions);

        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int a = 0; a < sets; a++) {
            for (int b = a + 1; b < sets; b++) {
                expected.put(Letters.of(a) + "-" + Letters.of(b), shared(drawn.get(a), drawn.get(b)));
            }
        }
        int most = expected.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertThat(overlap.sets()).isEqualTo(sets);
        assertThat(overlap.max()).isEqualTo(most);
        assertThat(overlap.maxPair()).isEqualTo(expected.entrySet().stream().filter(e -> e.getValue() == most)
                .map(Map.Entry::getKey).findFirst());
        for (int s = 0; s < sets; s++) {
            int best = -1;
            int bestShares = -1;
            for (int other = 0; other < sets; other++) {
                int shares = other == s ? -1 : shared(drawn.get(s), drawn.get(other));
                if (shares > bestShares) {
                    best = other;
                    bestShares = shares;
                }
            }
            assertThat(overlap.closest(s)).as("closest to " + s).isEqualTo(best);
            assertThat(overlap.closestShares(s)).as("shared with the closest to " + s).isEqualTo(bestShares);
        }
        assertThat(overlap.keepsEveryPair()).isEqualTo(sets <= Overlap.EVERY_PAIR_UP_TO);
        if (overlap.keepsEveryPair()) {
            assertThat(overlap.everyPair()).containsExactlyEntriesOf(expected);
        } else {
            assertThatThrownBy(overlap::everyPair).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void oneSetSharesNothingWithAnyone() {
        Overlap overlap = Overlap.of(List.of(new int[] {0, 1, 2}), 3);
        assertThat(overlap.max()).isZero();
        assertThat(overlap.maxPair()).isEmpty();
        assertThat(overlap.closest(0)).isEqualTo(-1);
        assertThat(overlap.everyPair()).isEmpty();
    }

    @Test
    void aThousandIdenticalSetsEachShareEverythingWithSetA() {
        List<int[]> drawn = new ArrayList<>();
        for (int s = 0; s < 1000; s++) {
            drawn.add(java.util.stream.IntStream.range(0, 40).toArray());
        }
        Overlap overlap = Overlap.of(drawn, 40);
        assertThat(overlap.max()).isEqualTo(40);
        assertThat(overlap.maxPair()).contains("A-B");
        assertThat(overlap.closest(999)).isZero();
        assertThat(overlap.keepsEveryPair()).isFalse();
    }

    private static int shared(int[] a, int[] b) {
        Set<Integer> common = new HashSet<>();
        for (int q : a) {
            common.add(q);
        }
        Set<Integer> other = new HashSet<>();
        for (int q : b) {
            other.add(q);
        }
        common.retainAll(other);
        return common.size();
    }
}

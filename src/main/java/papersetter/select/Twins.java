package papersetter.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The further sets of a {@link Vary#QUESTIONS} run: each of set A's units replaced by an equivalent
 * (a candidate of the same rule with the same profile) chosen by, in turn: the fewest uses in this
 * run; the least sharing with any one earlier set, so that reuse spreads evenly over them; the fewest
 * uses in earlier runs; the nearest difficulty; a random tie-break.
 *
 * <p>A run may have thousands of sets, so what does not change from set to set is worked out once:
 * each unit's equivalents, uses in earlier runs and difficulty; and which sets hold each unit grows
 * as the sets are made instead of being gathered again from all of them for every set. Making one
 * set then costs in proportion to set A's units and their equivalents, not to the whole bank or to
 * the number of sets so far.
 */
final class Twins {
    private static final int UNKNOWN = Integer.MIN_VALUE;

    private final int units;
    private final List<List<Integer>> first;
    private final int[][][] equivalents;
    private final int[] size;
    private final long[] uses;
    private final double[] difficulty;
    /** Each unit's first topic, numbered: with --equivalent type an equivalent on set A's topic is preferred. */
    private final int[] topic;
    private final int[] usedInRun;
    private final int[][] heldBy;
    private final int[] held;
    private final Conflicts conflicts;
    private final List<int[]> slots;
    private int made;

    /**
     * @param first set A: for each rule, its units
     * @param candidates for each rule, the units it may draw, in bank order
     */
    Twins(List<Unit> all, List<List<Integer>> first, List<List<Integer>> candidates, Usage usage, Conflicts conflicts) {
        this.units = all.size();
        this.conflicts = conflicts;
        this.first = first;
        this.equivalents = new int[first.size()][][];
        for (int r = 0; r < first.size(); r++) {
            Map<List<String>, List<Integer>> byProfile = new HashMap<>();
            for (int u : candidates.get(r)) {
                byProfile.computeIfAbsent(all.get(u).profile(), p -> new ArrayList<>()).add(u);
            }
            List<Integer> own = first.get(r);
            equivalents[r] = new int[own.size()][];
            for (int k = 0; k < own.size(); k++) {
                List<Integer> same = byProfile.getOrDefault(all.get(own.get(k)).profile(), List.of());
                equivalents[r][k] = same.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        this.size = new int[units];
        this.uses = new long[units];
        this.difficulty = new double[units];
        this.topic = new int[units];
        Map<String, Integer> topics = new HashMap<>();
        for (Unit unit : all) {
            topic[unit.index()] = topics.computeIfAbsent(unit.items().get(0).topic().toLowerCase(java.util.Locale.ROOT),
                    t -> topics.size());
            size[unit.index()] = unit.size();
            uses[unit.index()] = unit.items().stream().mapToLong(q -> usage.uses(q.id())).max().orElse(0);
            difficulty[unit.index()] = unit.difficulty();
        }
        // Set A's units in the order their equivalents are chosen: in rule order, except that when
        // some items may not share a paper the scarcest go first, so that a unit with no other
        // equivalent is not shut out by a choice made freely before it.
        List<int[]> order = new ArrayList<>();
        for (int r = 0; r < first.size(); r++) {
            for (int k = 0; k < first.get(r).size(); k++) {
                order.add(new int[] {r, k});
            }
        }
        if (conflicts.any()) {
            order.sort(java.util.Comparator.comparingInt(slot -> equivalents[slot[0]][slot[1]].length));
        }
        this.slots = order;
        this.usedInRun = new int[units];
        this.heldBy = new int[units][];
        this.held = new int[units];
        Arrays.fill(heldBy, new int[0]);
        add(first);
    }

    /** The next set, for each rule its units in bank order; its random tie-breaks come from {@code rnd}. */
    List<List<Integer>> next(Random rnd) {
        boolean[] taken = new boolean[units];
        boolean[] asked = new boolean[conflicts.count()];
        int[] shared = new int[made];
        double[] tie = new double[units];
        for (int i = 0; i < tie.length; i++) {
            tie[i] = rnd.nextDouble();
        }
        List<List<Integer>> set = new ArrayList<>();
        for (int r = 0; r < first.size(); r++) {
            set.add(new ArrayList<>());
        }
        for (int[] slot : slots) {
            int r = slot[0];
            int k = slot[1];
            int original = first.get(r).get(k);
            int best = choose(equivalents[r][k], original, taken, asked, shared, tie);
            taken[best] = true;
            Conflicts.hold(conflicts.of(best), asked);
            set.get(r).add(best);
            for (int h = 0; h < held[best]; h++) {
                shared[heldBy[best][h]] += size[best];
            }
        }
        set.forEach(chosen -> chosen.sort(null));
        add(set);
        return set;
    }

    /**
     * The best equivalent not yet taken: the first in bank order of those that no other beats.
     * An equivalent that repeats a question, or tests a fact, already in this set is passed over
     * while there is another; set A's own unit is always among the equivalents, and is the last resort.
     */
    private int choose(int[] same, int original, boolean[] taken, boolean[] asked, int[] shared, double[] tie) {
        int best = -1;
        int bestWorst = UNKNOWN;
        for (int u : same) {
            if (taken[u] || !conflicts.free(u, asked)) {
                continue;
            }
            if (best < 0 || usedInRun[u] < usedInRun[best]) {
                best = u;
                bestWorst = UNKNOWN;
                continue;
            }
            if (usedInRun[u] > usedInRun[best]) {
                continue;
            }
            boolean onTopic = topic[u] == topic[original];
            if (onTopic != (topic[best] == topic[original])) {
                if (onTopic) {
                    best = u;
                    bestWorst = UNKNOWN;
                }
                continue;
            }
            if (bestWorst == UNKNOWN) {
                bestWorst = worst(best, shared, Integer.MAX_VALUE);
            }
            int worst = worst(u, shared, bestWorst);
            if (worst != bestWorst) {
                if (worst < bestWorst) {
                    best = u;
                    bestWorst = worst;
                }
                continue;
            }
            if (uses[u] != uses[best]) {
                if (uses[u] < uses[best]) {
                    best = u;
                }
                continue;
            }
            double gap = Math.abs(difficulty[u] - difficulty[original]);
            double bestGap = Math.abs(difficulty[best] - difficulty[original]);
            if (gap != bestGap) {
                if (gap < bestGap) {
                    best = u;
                }
                continue;
            }
            if (tie[u] < tie[best]) {
                best = u;
            }
        }
        return best < 0 ? original : best;
    }

    /**
     * The most this set already shares with any one earlier set holding {@code u}, -1 when none
     * holds it; once that passes {@code enough} the rest cannot matter, so it stops there.
     */
    private int worst(int u, int[] shared, int enough) {
        int worst = -1;
        for (int h = 0; h < held[u] && worst <= enough; h++) {
            worst = Math.max(worst, shared[heldBy[u][h]]);
        }
        return worst;
    }

    private void add(List<List<Integer>> set) {
        for (List<Integer> rule : set) {
            for (int u : rule) {
                usedInRun[u]++;
                if (held[u] == heldBy[u].length) {
                    heldBy[u] = Arrays.copyOf(heldBy[u], Math.max(4, 2 * held[u]));
                }
                heldBy[u][held[u]++] = made;
            }
        }
        made++;
    }
}

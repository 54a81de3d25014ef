package papersetter.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import papersetter.model.Letters;
import papersetter.model.Question;

/**
 * How many questions the sets of a run share: the most any two sets share and which two, and for
 * each set the other set it shares most with. Computed once per drawing, for the max-overlap check,
 * the manifest and the report alike.
 *
 * <p>A run may have thousands of sets, so there are n(n-1)/2 pairs: 499 500 for 1 000 sets. The
 * pairs are counted from an index of which sets hold each question, so the work is one count per
 * question a pair shares plus one pass over the pairs. Its worst case is --vary order, where every
 * pair shares every question: 20 million counts for 1 000 sets of 40 (tens of milliseconds), 500
 * million at the 5 000-set limit (half a second, against minutes of rendering). Only the figures
 * that grow with the number of sets are kept. The table of every pair is kept as well while it is small
 * enough to read, up to {@link #EVERY_PAIR_UP_TO} sets (A to Z): that is what a trainer checks
 * by eye, and what manifests recorded before there were more figures.
 */
public final class Overlap {
    /** Sets A to Z: 325 pairs at most, which a person can still read. */
    public static final int EVERY_PAIR_UP_TO = 26;

    private final int sets;
    private final int most;
    private final int mostA;
    private final int mostB;
    private final int[] closest;
    private final int[] closestShares;
    private final int[] everyPair;

    private Overlap(int sets, int most, int mostA, int mostB, int[] closest, int[] closestShares, int[] everyPair) {
        this.sets = sets;
        this.most = most;
        this.mostA = mostA;
        this.mostB = mostB;
        this.closest = closest;
        this.closestShares = closestShares;
        this.everyPair = everyPair;
    }

    /** The overlap of drawn sets, counting each question (by id) once per set. */
    static Overlap of(List<List<DrawnSection>> sets) {
        Map<String, Integer> number = new HashMap<>();
        List<int[]> numbered = new ArrayList<>(sets.size());
        for (List<DrawnSection> set : sets) {
            List<Integer> ids = new ArrayList<>();
            for (DrawnSection section : set) {
                for (List<Question> unit : section.units()) {
                    for (Question question : unit) {
                        ids.add(number.computeIfAbsent(question.id(), id -> number.size()));
                    }
                }
            }
            numbered.add(ids.stream().mapToInt(Integer::intValue).toArray());
        }
        return of(numbered, number.size());
    }

    /**
     * @param sets each set's questions as numbers from 0 to {@code questions - 1}; a number
     *     repeated within one set counts once
     */
    static Overlap of(List<int[]> sets, int questions) {
        int n = sets.size();
        int[][] distinct = new int[n][];
        int[] seenIn = new int[questions];
        Arrays.fill(seenIn, -1);
        for (int s = 0; s < n; s++) {
            int[] set = sets.get(s);
            int[] kept = new int[set.length];
            int k = 0;
            for (int q : set) {
                if (seenIn[q] != s) {
                    seenIn[q] = s;
                    kept[k++] = q;
                }
            }
            distinct[s] = Arrays.copyOf(kept, k);
        }
        int[][] holders = holders(distinct, questions);
        int[] nextHolder = new int[questions];
        int[] shared = new int[n];
        int[] closest = new int[n];
        int[] closestShares = new int[n];
        Arrays.fill(closest, -1);
        Arrays.fill(closestShares, -1);
        int[] everyPair = n <= EVERY_PAIR_UP_TO ? new int[n * (n - 1) / 2] : null;
        int most = 0;
        int mostA = -1;
        int mostB = -1;
        int pair = 0;
        // Pairs in the order A-B, A-C, …, B-C, …; the first pair (or partner) to reach a figure keeps it.
        for (int a = 0; a < n; a++) {
            for (int q : distinct[a]) {
                int[] held = holders[q];
                int at = nextHolder[q]++; // set a's place among the holders, which are in set order
                for (int h = at + 1; h < held.length; h++) {
                    shared[held[h]]++;
                }
            }
            for (int b = a + 1; b < n; b++) {
                int s = shared[b];
                shared[b] = 0;
                if (everyPair != null) {
                    everyPair[pair++] = s;
                }
                if (mostA < 0 || s > most) {
                    most = s;
                    mostA = a;
                    mostB = b;
                }
                if (s > closestShares[a]) {
                    closest[a] = b;
                    closestShares[a] = s;
                }
                if (s > closestShares[b]) {
                    closest[b] = a;
                    closestShares[b] = s;
                }
            }
        }
        return new Overlap(n, most, mostA, mostB, closest, closestShares, everyPair);
    }

    /** For each question, the sets that hold it, in set order. */
    private static int[][] holders(int[][] sets, int questions) {
        int[] count = new int[questions];
        for (int[] set : sets) {
            for (int q : set) {
                count[q]++;
            }
        }
        int[][] holders = new int[questions][];
        for (int q = 0; q < questions; q++) {
            holders[q] = new int[count[q]];
            count[q] = 0;
        }
        for (int s = 0; s < sets.length; s++) {
            for (int q : sets[s]) {
                holders[q][count[q]++] = s;
            }
        }
        return holders;
    }

    public int sets() {
        return sets;
    }

    /** The most questions any two sets share; 0 with one set. */
    public int max() {
        return most;
    }

    /** The first two sets, in the order A-B, A-C, …, B-C, …, that share {@link #max()}, e.g. "B-AQ". */
    public Optional<String> maxPair() {
        return mostA < 0 ? Optional.empty() : Optional.of(Letters.of(mostA) + "-" + Letters.of(mostB));
    }

    /** The set (by number, A is 0) that the given set shares most with, the first such; -1 with one set. */
    public int closest(int set) {
        return closest[set];
    }

    /** How many questions the given set shares with its {@link #closest} set; -1 with one set. */
    public int closestShares(int set) {
        return closestShares[set];
    }

    /** Whether {@link #everyPair()} is kept: up to {@link #EVERY_PAIR_UP_TO} sets. */
    public boolean keepsEveryPair() {
        return everyPair != null;
    }

    /**
     * How many questions each pair of sets shares ("A-B" first).
     *
     * @throws IllegalStateException beyond {@link #EVERY_PAIR_UP_TO} sets, where it is not kept
     */
    public Map<String, Integer> everyPair() {
        if (everyPair == null) {
            throw new IllegalStateException("the table of every pair is kept up to " + EVERY_PAIR_UP_TO
                    + " sets; this drawing has " + sets);
        }
        Map<String, Integer> table = new LinkedHashMap<>();
        int pair = 0;
        for (int a = 0; a < sets; a++) {
            for (int b = a + 1; b < sets; b++) {
                table.put(Letters.of(a) + "-" + Letters.of(b), everyPair[pair++]);
            }
        }
        return table;
    }
}

package papersetter.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import papersetter.model.Question;
import papersetter.text.SameText;

/**
 * Which units may not share a paper: those that ask the same question (the same text, as
 * {@link SameText} compares it: a bank whose rows repeat questions) and those whose items share a
 * {@code fact} label (the same fact in other words, where one item could give the other away).
 * Items linked by either, directly or through others, form one class, and a paper holds at most
 * one unit of each class: a repeated question counts as one item.
 *
 * <p>Only classes that two or more units hold are kept; most units have none, and cost nothing.
 */
final class Conflicts {
    private static final int[] NONE = new int[0];

    private final int[][] classes;
    private final int count;
    /** For each repeated question: its id and the id of the first question with its text, in bank order. */
    private final List<String[]> repeats;

    private Conflicts(int[][] classes, int count, List<String[]> repeats) {
        this.classes = classes;
        this.count = count;
        this.repeats = repeats;
    }

    static Conflicts of(List<Unit> units) {
        List<Question> questions = new ArrayList<>();
        List<Integer> unitOf = new ArrayList<>();
        for (Unit unit : units) {
            for (Question q : unit.items()) {
                questions.add(q);
                unitOf.add(unit.index());
            }
        }
        int[] parent = new int[questions.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        // Only a text whose rough hash another text shares can repeat it: the comparable forms of the
        // others (nearly every question of a bank) are never made.
        int[] roughHashes = new int[questions.size()];
        for (int i = 0; i < roughHashes.length; i++) {
            roughHashes[i] = SameText.roughHash(questions.get(i).text());
        }
        int[] shared = shared(roughHashes);
        // Questions linked to another; the rest are each a class of one unit, which is no conflict.
        boolean[] linked = new boolean[questions.size()];
        Map<String, Integer> firstWith = new HashMap<>();
        List<String[]> repeats = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (Arrays.binarySearch(shared, roughHashes[i]) >= 0) {
                Integer sameText = firstWith.putIfAbsent("text:" + SameText.comparable(q.text()), i);
                if (sameText != null) {
                    repeats.add(new String[] {q.id(), questions.get(sameText).id()});
                    union(parent, linked, i, sameText);
                }
            }
            for (String fact : q.facts()) {
                Integer sameFact = firstWith.putIfAbsent("fact:" + fact, i);
                if (sameFact != null) {
                    union(parent, linked, i, sameFact);
                }
            }
        }
        // A class counts when two or more units hold it (a group's own items may share a fact).
        Map<Integer, TreeSet<Integer>> unitsOfRoot = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            if (linked[i]) {
                unitsOfRoot.computeIfAbsent(find(parent, i), r -> new TreeSet<>()).add(unitOf.get(i));
            }
        }
        Map<Integer, Integer> classOfRoot = new HashMap<>();
        Map<Integer, TreeSet<Integer>> perUnit = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            if (!linked[i]) {
                continue;
            }
            int root = find(parent, i);
            if (unitsOfRoot.get(root).size() > 1) {
                int c = classOfRoot.computeIfAbsent(root, r -> classOfRoot.size());
                perUnit.computeIfAbsent(unitOf.get(i), u -> new TreeSet<>()).add(c);
            }
        }
        int[][] classes = new int[units.size()][];
        for (int u = 0; u < classes.length; u++) {
            TreeSet<Integer> held = perUnit.get(u);
            classes[u] = held == null ? NONE : held.stream().mapToInt(Integer::intValue).toArray();
        }
        return new Conflicts(classes, classOfRoot.size(), repeats);
    }

    /** The hashes that occur more than once, sorted. */
    private static int[] shared(int[] hashes) {
        int[] sorted = hashes.clone();
        Arrays.sort(sorted);
        int[] shared = new int[sorted.length];
        int count = 0;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1] && (count == 0 || shared[count - 1] != sorted[i])) {
                shared[count++] = sorted[i];
            }
        }
        return Arrays.copyOf(shared, count);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, boolean[] linked, int a, int b) {
        linked[a] = true;
        linked[b] = true;
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** The classes unit {@code u} belongs to that another unit also belongs to. */
    int[] of(int u) {
        return classes[u];
    }

    /** How many classes there are: the length of a table of them. */
    int count() {
        return count;
    }

    boolean any() {
        return count > 0;
    }

    /** Whether unit {@code u} may join a paper where {@code held[c]} says which classes are already there. */
    boolean free(int u, boolean[] held) {
        for (int c : classes[u]) {
            if (held[c]) {
                return false;
            }
        }
        return true;
    }

    static void hold(int[] classes, boolean[] held) {
        for (int c : classes) {
            held[c] = true;
        }
    }

    /**
     * The units that can share a paper, taken in the order given: a unit that conflicts with one
     * taken before it is left out. What a rule can really give, for messages.
     */
    List<Unit> distinct(List<Unit> units) {
        boolean[] held = new boolean[count];
        List<Unit> kept = new ArrayList<>();
        for (Unit unit : units) {
            if (free(unit.index(), held)) {
                hold(classes[unit.index()], held);
                kept.add(unit);
            }
        }
        return kept;
    }

    /**
     * Said once per run when repeats are among the items a run may draw: "DJ-X-9 asks the same
     * question as DJ-X-2 (and 3 more repeats)…"; empty when there are none.
     */
    String repeatsNote(java.util.Set<String> drawable) {
        List<String[]> seen = repeats.stream().filter(r -> drawable.contains(r[0]) && drawable.contains(r[1])).toList();
        if (seen.isEmpty()) {
            return "";
        }
        String first = seen.get(0)[0] + " asks the same question as " + seen.get(0)[1];
        return "Note: " + first + (seen.size() == 1 ? "" : " (and " + (seen.size() - 1) + " more repeated "
                + (seen.size() == 2 ? "question" : "questions") + ")")
                + "; a repeated question counts as one, so no paper asks it twice ('papersetter validate' lists them).";
    }

    @Override
    public String toString() {
        return Arrays.deepToString(classes);
    }
}

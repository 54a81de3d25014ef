package papersetter.bank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import papersetter.model.Answer;
import papersetter.model.Question;

/**
 * Items that probably test the same fact in other words: their questions and right answers share
 * most of their telling words. Words are weighed by how rare they are in the bank (a word every
 * item uses says nothing), and two items are alike when the weight of the words they share is at
 * least {@link #ALIKE} of the weight of all their words (a weighted Jaccard index). It is a
 * reviewer's hint, not a rule: `validate` lists the likeliest pairs, the trainer decides, and marks
 * a real pair with a shared {@code fact} label, after which it is no longer listed.
 */
final class NearDuplicates {
    static final double ALIKE = 0.28;
    /** A word in more items than this is too common to find candidates by (their score still counts it). */
    private static final int COMMON = 200;
    /** How many of an item's rarest words it looks for partners through. */
    private static final int PROBES = 6;
    private static final Set<String> STOP = Set.of(("the a an and or of to in on for is are be by with as at it its this"
            + " that what which when how why does do from not your you can will should would into than then there their"
            + " they them each any all one two use used using true false").split(" "));

    record Pair(Question first, Question second, double score) {
    }

    private NearDuplicates() {
    }

    /** The alike pairs, likeliest first; pairs already sharing a fact label or a group are left out. */
    static List<Pair> find(List<Question> questions) {
        int n = questions.size();
        Map<String, Integer> ids = new HashMap<>();
        int[][] docs = new int[n][];
        int[] counts = new int[1024];
        int[] seenIn = new int[1024];
        int[] doc = new int[256];
        for (int i = 0; i < n; i++) {
            Question q = questions.get(i);
            int size = 0;
            for (String text : new String[] {q.text(), answerText(q)}) {
                String lower = text.toLowerCase(Locale.ROOT);
                int start = -1;
                for (int c = 0; c <= lower.length(); c++) {
                    boolean letter = c < lower.length() && isWordChar(lower.charAt(c));
                    if (letter && start < 0) {
                        start = c;
                    } else if (!letter && start >= 0) {
                        if (c - start >= 3) {
                            String word = lower.substring(start, c);
                            if (!STOP.contains(word)) {
                                int id = ids.computeIfAbsent(word, x -> ids.size());
                                if (id >= counts.length) {
                                    counts = Arrays.copyOf(counts, counts.length * 2);
                                    seenIn = Arrays.copyOf(seenIn, seenIn.length * 2);
                                }
                                if (seenIn[id] != i + 1) { // each word once per item
                                    seenIn[id] = i + 1;
                                    counts[id]++;
                                    if (size == doc.length) {
                                        doc = Arrays.copyOf(doc, size * 2);
                                    }
                                    doc[size++] = id;
                                }
                            }
                        }
                        start = -1;
                    }
                }
            }
            docs[i] = Arrays.copyOf(doc, size);
            Arrays.sort(docs[i]);
        }
        int[] df = Arrays.copyOf(counts, ids.size());
        double[] weight = new double[df.length];
        for (int w = 0; w < df.length; w++) {
            weight[w] = Math.log((double) n / df[w]);
        }
        // Each item looks for partners through its few rarest words: two items that share most of
        // their telling words share one of those, and a rare word has few holders to look through.
        Map<Integer, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int w : docs[i]) {
                if (df[w] > 1 && df[w] <= COMMON) {
                    holders.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int[] hits = new int[n];
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] probes = rarest(docs[i], df);
            for (int w : probes) {
                for (int j : holders.getOrDefault(w, List.of())) {
                    if (j > i && hits[j]++ == 0) {
                        touched.add(j);
                    }
                }
            }
            // Items alike share several rare words; one shared word alone is usually chance.
            int needed = Math.min(2, probes.length);
            for (int j : touched) {
                if (hits[j] >= needed) {
                    double score = score(docs[i], docs[j], weight);
                    if (score >= ALIKE && !linked(questions.get(i), questions.get(j))) {
                        pairs.add(new Pair(questions.get(i), questions.get(j), score));
                    }
                }
                hits[j] = 0;
            }
            touched.clear();
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        return pairs;
    }

    /** Up to {@link #PROBES} of the item's words that more than one item holds, rarest first. */
    private static int[] rarest(int[] doc, int[] df) {
        int[] best = new int[PROBES];
        int size = 0;
        for (int w : doc) {
            if (df[w] < 2 || df[w] > COMMON) {
                continue;
            }
            if (size == PROBES) {
                if (df[w] >= df[best[PROBES - 1]]) {
                    continue;
                }
                size--; // the commonest kept makes room
            }
            int k = size++;
            while (k > 0 && df[best[k - 1]] > df[w]) {
                best[k] = best[k - 1];
                k--;
            }
            best[k] = w;
        }
        return Arrays.copyOf(best, size);
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
                || c > 0x7F && Character.isLetterOrDigit(c); // lower-cased already: no A–Z
    }

    private static boolean linked(Question a, Question b) {
        if (!a.group().isEmpty() && a.group().equalsIgnoreCase(b.group())) {
            return true;
        }
        // A repeated question is already reported as such, and already counts as one.
        return !Collections.disjoint(a.facts(), b.facts()) || ComparableText.same(a.text(), b.text());
    }

    /** The weight of the words two items share over the weight of all their words; both arrays sorted. */
    private static double score(int[] a, int[] b, double[] weight) {
        double shared = 0;
        double all = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || i < a.length && a[i] < b[j]) {
                all += weight[a[i++]];
            } else if (i == a.length || b[j] < a[i]) {
                all += weight[b[j++]];
            } else {
                shared += weight[a[i]];
                all += weight[a[i]];
                i++;
                j++;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    /** The right answer in words: the right options' text, the blanks' words or the model answer. */
    private static String answerText(Question q) {
        Answer answer = q.answer();
        if (answer instanceof Answer.Choice choice) {
            StringBuilder text = new StringBuilder();
            choice.correct().forEach(i -> text.append(q.options().get(i)).append(' '));
            return text.toString();
        }
        if (answer instanceof Answer.Blanks blanks) {
            return String.join(" ", blanks.accepted().stream().flatMap(List::stream).toList());
        }
        if (answer instanceof Answer.Model model) {
            return model.text();
        }
        return "";
    }
}

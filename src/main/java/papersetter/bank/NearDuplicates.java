package papersetter.bank;

import java.util.ArrayList;
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
    private static final Set<String> STOP = Set.of(("the a an and or of to in on for is are be by with as at it its this"
            + " that what which when how why does do from not your you can will should would into than then there their"
            + " they them each any all one two use used using true false").split(" "));

    record Pair(Question first, Question second, double score) {
    }

    private NearDuplicates() {
    }

    /** The alike pairs, likeliest first; pairs already sharing a fact label or a group are left out. */
    static List<Pair> find(List<Question> questions) {
        List<Set<String>> words = new ArrayList<>(questions.size());
        Map<String, Integer> df = new HashMap<>();
        for (Question q : questions) {
            Set<String> set = words(q.text() + " " + answerText(q));
            words.add(set);
            set.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int n = questions.size();
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String w : words.get(i)) {
                if (df.get(w) > 1 && df.get(w) <= COMMON) {
                    holders.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<Integer> seen = new HashSet<>();
            for (String w : words.get(i)) {
                for (int j : holders.getOrDefault(w, List.of())) {
                    if (j > i && seen.add(j) && !linked(questions.get(i), questions.get(j))) {
                        double score = score(words.get(i), words.get(j), df, n);
                        if (score >= ALIKE) {
                            pairs.add(new Pair(questions.get(i), questions.get(j), score));
                        }
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        return pairs;
    }

    private static boolean linked(Question a, Question b) {
        if (!a.group().isEmpty() && a.group().equalsIgnoreCase(b.group())) {
            return true;
        }
        // A repeated question is already reported as such, and already counts as one.
        return !Collections.disjoint(a.facts(), b.facts()) || ComparableText.same(a.text(), b.text());
    }

    private static double score(Set<String> a, Set<String> b, Map<String, Integer> df, int n) {
        double shared = 0;
        double all = 0;
        for (String w : a) {
            double weight = Math.log((double) n / df.get(w));
            all += weight;
            if (b.contains(w)) {
                shared += weight;
            }
        }
        for (String w : b) {
            if (!a.contains(w)) {
                all += Math.log((double) n / df.get(w));
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

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && (Character.isLetterOrDigit(lower.charAt(i)) || lower.charAt(i) == '_');
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = lower.substring(start, i);
                if (word.length() >= 3 && !STOP.contains(word)) {
                    words.add(word);
                }
                start = -1;
            }
        }
        return words;
    }
}

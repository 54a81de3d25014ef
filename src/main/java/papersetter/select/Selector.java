package papersetter.select;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import papersetter.model.Question;

/** Draws a paper's questions from a bank. */
public final class Selector {
    private Selector() {
    }

    /**
     * Draws {@code count} questions matching the filter, at random but reproducibly, and returns them
     * in bank order. Fails, before anything is written, when the bank has too few.
     */
    public static List<Question> select(List<Question> bank, Filter filter, int count, Random random) {
        if (count < 1) {
            throw new SelectionException("--count must be at least 1 (it was " + count + ").");
        }
        checkLabelsExist(bank, filter);
        List<Question> matching = bank.stream().filter(filter::matches).toList();
        if (matching.size() < count) {
            throw new SelectionException(shortfall(bank, filter, count, matching));
        }
        List<Integer> positions = new ArrayList<>(IntStream.range(0, matching.size()).boxed().toList());
        Collections.shuffle(positions, random);
        return positions.subList(0, count).stream().sorted().map(matching::get).toList();
    }

    /** A misspelt topic would otherwise surface as "0 questions match", which hides the real mistake. */
    static void checkLabelsExist(List<Question> bank, Filter filter) {
        checkLabels("level", filter.levels(), bank, Question::level);
        checkLabels("topic", filter.topics(), bank, Question::topic);
    }

    private static void checkLabels(String what, Set<String> wanted, List<Question> bank,
            Function<Question, String> label) {
        Set<String> known = bank.stream().map(q -> label.apply(q).toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        List<String> unknown = wanted.stream().filter(w -> !known.contains(w)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new SelectionException("The bank has no " + what + " " + quoteAll(unknown)
                    + ". Its " + what + "s are: " + String.join(", ", known) + ".");
        }
    }

    private static String quoteAll(List<String> labels) {
        return labels.stream().map(l -> "'" + l + "'").collect(Collectors.joining(", "));
    }

    static String shortfall(List<Question> bank, Filter filter, int count, List<Question> matching) {
        StringBuilder text = new StringBuilder();
        text.append("Asked for ").append(count).append(" questions but only ").append(matching.size())
                .append(matching.size() == 1 ? " question matches " : " questions match ")
                .append(filter.describe()).append('.');
        Map<String, Long> breakdown = new TreeMap<>(matching.stream().collect(Collectors.groupingBy(
                q -> q.level() + " / " + q.topic() + " / " + q.type().label(), Collectors.counting())));
        if (!breakdown.isEmpty()) {
            text.append("\nMatching questions by level / topic / type:");
            breakdown.forEach((key, n) -> text.append("\n  ").append(key).append(": ").append(n));
        }
        text.append("\nAsk for at most ").append(matching.size())
                .append(" with --count, or widen --level, --topic or --type (the bank holds ")
                .append(bank.size()).append(" questions; 'papersetter list' shows them all).");
        return text.toString();
    }
}

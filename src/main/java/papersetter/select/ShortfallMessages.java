package papersetter.select;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import papersetter.model.Question;

/** What the command line's simple case says when the bank cannot give what was asked for. */
final class ShortfallMessages {
    private ShortfallMessages() {
    }

    /** A misspelt topic would otherwise surface as "0 questions match", which hides the real mistake. */
    static void checkLabelsExist(List<Question> bank, Filter filter) {
        checkLabels("level", filter.levels(), bank, Question::level);
        checkLabels("topic", filter.topics(), bank, Question::topic);
    }

    private static void checkLabels(String what, Set<String> wanted, List<Question> bank,
            Function<Question, String> label) {
        if (wanted.isEmpty()) {
            return; // nothing asked for by name: the bank's labels are not gathered
        }
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

    /** The most lines of the level / topic / type breakdown a shortfall message shows. */
    static final int BREAKDOWN_SHOWN = 12;

    static String shortfall(List<Question> bank, Filter filter, int count, List<Question> matching) {
        StringBuilder text = new StringBuilder();
        text.append("Asked for ").append(count).append(" questions but only ").append(matching.size())
                .append(matching.size() == 1 ? " question matches " : " questions match ")
                .append(filter.describe()).append('.');
        Map<String, Long> breakdown = new TreeMap<>(matching.stream().collect(Collectors.groupingBy(
                q -> q.level() + " / " + q.topic() + " / " + q.type().label(), Collectors.counting())));
        if (!breakdown.isEmpty()) {
            text.append("\nMatching questions by level / topic / type:");
            // A whole bank's breakdown runs to hundreds of lines; the first ones and a count say enough.
            breakdown.entrySet().stream().limit(BREAKDOWN_SHOWN)
                    .forEach(e -> text.append("\n  ").append(e.getKey()).append(": ").append(e.getValue()));
            if (breakdown.size() > BREAKDOWN_SHOWN) {
                text.append("\n  … and ").append(breakdown.size() - BREAKDOWN_SHOWN)
                        .append(" more level / topic / type lines");
            }
        }
        text.append("\nAsk for at most ").append(matching.size())
                .append(" with --count, or widen --level, --topic or --type (the bank holds ")
                .append(bank.size()).append(" questions; 'papersetter list' shows them all).");
        return text.toString();
    }
}

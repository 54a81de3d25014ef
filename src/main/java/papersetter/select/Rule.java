package papersetter.select;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import papersetter.model.Marks;
import papersetter.model.Question;
import papersetter.model.QuestionType;

/**
 * One rule of a paper spec: which items it may draw (level, topic, type, tags, difficulty, marks of
 * each item), how many (a count, a total of marks, or both) and per-topic quotas. Labels match
 * without regard to case; an empty set means "any".
 *
 * @param minDifficulty 0 with maxDifficulty 0 when the rule does not ask; items without a
 *     difficulty never match a rule that asks
 * @param where how messages name the rule, e.g. "specs/fresher.yaml: line 12: section 2 'Short answers'"
 */
public record Rule(
        Set<String> levels,
        Set<String> topics,
        Set<QuestionType> types,
        Set<String> tags,
        int minDifficulty,
        int maxDifficulty,
        Optional<BigDecimal> marksEach,
        OptionalInt count,
        Optional<BigDecimal> marks,
        List<Quota> quotas,
        String where) {

    public Rule {
        levels = lower(levels);
        topics = lower(topics);
        types = Set.copyOf(types);
        tags = lower(tags);
        quotas = List.copyOf(quotas);
        if (count.isEmpty() && marks.isEmpty()) {
            throw new IllegalArgumentException("a rule needs a count or marks");
        }
    }

    /** The command line's simple case: {@code count} questions matching the filter. */
    public static Rule of(Filter filter, int count) {
        return new Rule(filter.levels(), filter.topics(), filter.types(), Set.of(), 0, 0, Optional.empty(),
                OptionalInt.of(count), Optional.empty(), List.of(), "");
    }

    public boolean matches(Question question) {
        return (levels.isEmpty() || levels.contains(question.level().toLowerCase(Locale.ROOT)))
                && (topics.isEmpty() || topics.contains(question.topic().toLowerCase(Locale.ROOT)))
                && (types.isEmpty() || types.contains(question.type()))
                && (tags.isEmpty() || question.tags().stream().anyMatch(t -> tags.contains(t.toLowerCase(Locale.ROOT))))
                && (maxDifficulty == 0 || question.difficulty() >= minDifficulty && question.difficulty() <= maxDifficulty)
                && (marksEach.isEmpty() || marksEach.get().compareTo(question.marks()) == 0);
    }

    /** "short items on orm at fresher level worth 4 marks each", for messages. */
    String describeItems() {
        StringBuilder text = new StringBuilder();
        if (!types.isEmpty()) {
            text.append(types.stream().map(QuestionType::label).sorted().collect(Collectors.joining(" or "))).append(' ');
        }
        text.append("items");
        if (!topics.isEmpty()) {
            text.append(" on ").append(String.join(", ", new TreeSet<>(topics)));
        }
        if (!levels.isEmpty()) {
            text.append(" at ").append(String.join(" or ", new TreeSet<>(levels))).append(" level");
        }
        if (!tags.isEmpty()) {
            text.append(" tagged ").append(String.join(" or ", new TreeSet<>(tags)));
        }
        if (maxDifficulty > 0) {
            text.append(" of difficulty ").append(minDifficulty == maxDifficulty ? Integer.toString(minDifficulty)
                    : minDifficulty + "–" + maxDifficulty);
        }
        marksEach.ifPresent(m -> text.append(" worth ").append(Marks.withUnit(m)).append(" each"));
        return text.toString();
    }

    /** "4 items making 20 marks", "10 items", "items making 20 marks". */
    String describeAmount() {
        String items = count.isPresent() ? count.getAsInt() + (count.getAsInt() == 1 ? " item" : " items") : "items";
        return marks.map(m -> items + " making " + Marks.withUnit(m)).orElse(items);
    }

    private static Set<String> lower(Set<String> labels) {
        return labels.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}

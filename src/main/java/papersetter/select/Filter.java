package papersetter.select;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import papersetter.model.Question;
import papersetter.model.QuestionType;

/** Which questions a paper may draw from; an empty set means "any". Labels match without regard to case. */
public record Filter(Set<String> levels, Set<String> topics, Set<QuestionType> types) {

    public static final Filter ANY = new Filter(Set.of(), Set.of(), Set.of());

    public Filter {
        levels = lower(levels);
        topics = lower(topics);
        types = Set.copyOf(types);
    }

    public boolean matches(Question question) {
        return (levels.isEmpty() || levels.contains(question.level().toLowerCase(Locale.ROOT)))
                && (topics.isEmpty() || topics.contains(question.topic().toLowerCase(Locale.ROOT)))
                && (types.isEmpty() || types.contains(question.type()));
    }

    /** How the filter reads on a command line, for messages: "--level fresher --topic orm". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!levels.isEmpty()) {
            text.append(" --level ").append(String.join(",", new TreeSet<>(levels)));
        }
        if (!topics.isEmpty()) {
            text.append(" --topic ").append(String.join(",", new TreeSet<>(topics)));
        }
        if (!types.isEmpty()) {
            text.append(" --type ").append(types.stream().map(QuestionType::label).sorted().collect(Collectors.joining(",")));
        }
        return text.length() == 0 ? "(no filter)" : text.substring(1);
    }

    private static Set<String> lower(Set<String> labels) {
        return labels.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}

package papersetter.model;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated row of a bank. Options are in bank order; the answer refers to them by index.
 *
 * @param lines ruled answer lines the author asked for, or 0 to let the layout decide
 * @param difficulty 1 (easy) to 5 (hard), or 0 when the bank does not say
 * @param group the bank's {@code group} label, or "" when the item stands alone: items of one group
 *     (a shared stem, a case study) are drawn together and printed together in bank order
 * @param fact the bank's {@code fact} labels, {@code ;}-separated, or "": items that share one test the
 *     same fact (one could give the other away), so no paper holds two of them
 * @param alt what the picture shows, in words, for a screen reader; "" when the bank does not say
 */
public record Question(
        String id,
        String level,
        String topic,
        QuestionType type,
        String text,
        List<String> options,
        Answer answer,
        BigDecimal marks,
        String explanation,
        int difficulty,
        List<String> tags,
        boolean shuffleOptions,
        int lines,
        Optional<Path> image,
        SourceRef source,
        String group,
        String fact,
        String alt) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(answer, "answer");
        options = List.copyOf(options);
        tags = List.copyOf(tags);
        explanation = explanation == null ? "" : explanation;
        group = group == null ? "" : group.strip();
        fact = fact == null ? "" : fact.strip();
        alt = alt == null ? "" : alt.strip();
        if (type.hasOptions() != !options.isEmpty()) {
            throw new IllegalArgumentException(id + ": options do not fit type " + type);
        }
        if (marks.signum() <= 0) {
            throw new IllegalArgumentException(id + ": marks must be positive");
        }
    }

    /** An item without alternate text for its picture. */
    public Question(String id, String level, String topic, QuestionType type, String text, List<String> options,
            Answer answer, BigDecimal marks, String explanation, int difficulty, List<String> tags,
            boolean shuffleOptions, int lines, Optional<Path> image, SourceRef source, String group, String fact) {
        this(id, level, topic, type, text, options, answer, marks, explanation, difficulty, tags, shuffleOptions,
                lines, image, source, group, fact, "");
    }

    /** An item that shares no fact with another. */
    public Question(String id, String level, String topic, QuestionType type, String text, List<String> options,
            Answer answer, BigDecimal marks, String explanation, int difficulty, List<String> tags,
            boolean shuffleOptions, int lines, Optional<Path> image, SourceRef source, String group) {
        this(id, level, topic, type, text, options, answer, marks, explanation, difficulty, tags, shuffleOptions,
                lines, image, source, group, "");
    }

    /** The fact labels, lower-cased: "autoescape;csrf" holds two. */
    public List<String> facts() {
        if (fact.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(fact.split(";")).map(f -> f.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(f -> !f.isEmpty()).distinct().toList();
    }

    /** An item that stands alone (no group). */
    public Question(String id, String level, String topic, QuestionType type, String text, List<String> options,
            Answer answer, BigDecimal marks, String explanation, int difficulty, List<String> tags,
            boolean shuffleOptions, int lines, Optional<Path> image, SourceRef source) {
        this(id, level, topic, type, text, options, answer, marks, explanation, difficulty, tags, shuffleOptions,
                lines, image, source, "");
    }
}

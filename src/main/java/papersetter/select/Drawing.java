package papersetter.select;

import java.util.List;
import java.util.Map;
import papersetter.model.Question;

/**
 * What a run draws: for each set (A, B, …) its sections, and how far apart the sets are.
 *
 * @param sets each set's sections, in spec order
 * @param questions every question any set uses, in bank order
 * @param overlap for each pair of sets ("A-B"), how many questions they share
 */
public record Drawing(List<List<DrawnSection>> sets, List<Question> questions, Map<String, Integer> overlap) {
    public Drawing {
        sets = sets.stream().map(List::copyOf).toList();
        questions = List.copyOf(questions);
        overlap = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overlap));
    }

    /** The most questions any two sets share; 0 with one set. */
    public int maxOverlap() {
        return overlap.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}

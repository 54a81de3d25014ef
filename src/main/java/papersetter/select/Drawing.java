package papersetter.select;

import java.util.List;
import papersetter.model.Question;

/**
 * What a run draws: for each set (A, B, …) its sections, and how far apart the sets are.
 *
 * @param sets each set's sections, in spec order
 * @param questions every question any set uses, in bank order
 * @param overlap how many questions the sets share, counted from {@code sets}
 * @param notes what the run should say once about how it drew (e.g. that repeated questions counted as one)
 */
public record Drawing(List<List<DrawnSection>> sets, List<Question> questions, Overlap overlap, List<String> notes) {
    public Drawing {
        sets = sets.stream().map(List::copyOf).toList();
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
        if (overlap.sets() != sets.size()) {
            throw new IllegalArgumentException("the overlap counts " + overlap.sets() + " sets, the drawing has "
                    + sets.size());
        }
    }

    /** The drawing of these sets, with their overlap counted once here for every later use. */
    public Drawing(List<List<DrawnSection>> sets, List<Question> questions) {
        this(sets, questions, Overlap.of(sets), List.of());
    }

    Drawing withNotes(List<String> more) {
        return new Drawing(sets, questions, overlap, more);
    }

    /** The most questions any two sets share; 0 with one set. */
    public int maxOverlap() {
        return overlap.max();
    }
}

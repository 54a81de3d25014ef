package papersetter.shuffle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import papersetter.model.Question;

/**
 * Chooses the printed order of each item's options. One shuffler serves a whole run: which options
 * may move is worked out once per question, not again for every set.
 */
final class OptionShuffler {
    /**
     * Options that only make sense in last place ("All of the above", "Both A and B") stay where the
     * author put them even when the rest are shuffled, without the author having to mark the item.
     */
    private static final Pattern STAYS_IN_PLACE = Pattern.compile(
            "^(all|none|both|neither) (of )?(the )?(above|these|options above)\\b.*");
    /** "Both A and B", "A and C only": moving any option would make such an option lie. */
    private static final Pattern NAMES_OTHER_OPTIONS = Pattern.compile(
            "(^|.*\\W)[A-H] (and|or|nor|&) [A-H](\\W.*|$)");

    /** For each question met so far, the options that may move (none, if it keeps its order). */
    private final Map<Question, List<Integer>> movable = new IdentityHashMap<>();

    List<Integer> order(Question question, Random random) {
        int size = question.options().size();
        List<Integer> identity = IntStream.range(0, size).boxed().toList();
        List<Integer> movable = this.movable.computeIfAbsent(question, OptionShuffler::movable);
        if (movable.isEmpty()) {
            return identity;
        }
        List<Integer> shuffled = new ArrayList<>(movable);
        Collections.shuffle(shuffled, random);
        List<Integer> order = new ArrayList<>(identity);
        for (int k = 0; k < movable.size(); k++) {
            order.set(movable.get(k), shuffled.get(k));
        }
        return order;
    }

    private static List<Integer> movable(Question question) {
        int size = question.options().size();
        if (size < 2 || !question.shuffleOptions()
                || question.options().stream().anyMatch(o -> NAMES_OTHER_OPTIONS.matcher(o.trim()).matches())) {
            return List.of();
        }
        List<Integer> movable = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (!staysInPlace(question.options().get(i))) {
                movable.add(i);
            }
        }
        return movable;
    }

    static boolean staysInPlace(String option) {
        String text = option.trim().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        return STAYS_IN_PLACE.matcher(text).matches();
    }
}

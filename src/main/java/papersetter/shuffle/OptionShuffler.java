package papersetter.shuffle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import papersetter.model.Question;

/** Chooses the printed order of one item's options. */
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

    private OptionShuffler() {
    }

    static List<Integer> order(Question question, Random random) {
        int size = question.options().size();
        List<Integer> identity = IntStream.range(0, size).boxed().toList();
        if (size < 2 || !question.shuffleOptions()
                || question.options().stream().anyMatch(o -> NAMES_OTHER_OPTIONS.matcher(o.trim()).matches())) {
            return identity;
        }
        List<Integer> movable = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (!staysInPlace(question.options().get(i))) {
                movable.add(i);
            }
        }
        List<Integer> shuffled = new ArrayList<>(movable);
        Collections.shuffle(shuffled, random);
        List<Integer> order = new ArrayList<>(identity);
        for (int k = 0; k < movable.size(); k++) {
            order.set(movable.get(k), shuffled.get(k));
        }
        return order;
    }

    static boolean staysInPlace(String option) {
        String text = option.trim().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        return STAYS_IN_PLACE.matcher(text).matches();
    }
}

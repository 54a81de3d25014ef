package papersetter.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A question as it stands on one paper: {@code optionOrder.get(printed)} is the bank index of the
 * option printed at position {@code printed}. Everything a key says about this item is computed
 * from that permutation, so a key cannot drift from its paper.
 */
public record PaperItem(int number, Question question, List<Integer> optionOrder) {

    public PaperItem {
        optionOrder = List.copyOf(optionOrder);
        int size = question.options().size();
        List<Integer> sorted = new ArrayList<>(optionOrder);
        sorted.sort(null);
        if (!sorted.equals(IntStream.range(0, size).boxed().toList())) {
            throw new IllegalArgumentException(
                    question.id() + ": option order " + optionOrder + " is not a permutation of " + size + " options");
        }
        if (number < 1) {
            throw new IllegalArgumentException("question numbers start at 1");
        }
    }

    /** The options in the order they are printed. */
    public List<String> printedOptions() {
        return optionOrder.stream().map(question.options()::get).toList();
    }

    /** The printed letters of the right options, in letter order; empty for items without options. */
    public List<String> correctLetters() {
        return correctNames(OptionLabels.UPPER);
    }

    /** The right options' names as the paper labels them ("b", "2", "ii"), in printed order. */
    public List<String> correctNames(OptionLabels labels) {
        return correctPositions().stream().map(labels::name).toList();
    }

    /** Where the right options are printed (0 for the first), in printed order. */
    public List<Integer> correctPositions() {
        if (!(question.answer() instanceof Answer.Choice choice)) {
            return List.of();
        }
        List<Integer> positions = new ArrayList<>();
        for (int printed = 0; printed < optionOrder.size(); printed++) {
            if (choice.correct().contains(optionOrder.get(printed))) {
                positions.add(printed);
            }
        }
        return positions;
    }
}

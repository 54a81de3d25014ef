package papersetter.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A titled run of consecutive questions on a paper.
 *
 * @param wrong the section's own negative marking as its spec sets it (see {@link NegativeMarking}),
 *     null when it has none
 */
public record Section(String heading, String instructions, List<PaperItem> items, BigDecimal wrong) {
    public Section {
        items = List.copyOf(items);
        instructions = instructions == null ? "" : instructions;
    }

    public Section(String heading, String instructions, List<PaperItem> items) {
        this(heading, instructions, items, null);
    }

    public BigDecimal marks() {
        return Marks.sum(items.stream().map(item -> item.question().marks()).toList());
    }
}

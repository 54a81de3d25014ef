package papersetter.model;

import java.math.BigDecimal;
import java.util.List;

/** A titled run of consecutive questions on a paper. */
public record Section(String heading, String instructions, List<PaperItem> items) {
    public Section {
        items = List.copyOf(items);
        instructions = instructions == null ? "" : instructions;
    }

    public BigDecimal marks() {
        return Marks.sum(items.stream().map(item -> item.question().marks()).toList());
    }
}

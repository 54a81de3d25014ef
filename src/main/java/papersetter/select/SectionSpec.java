package papersetter.select;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One section of a paper spec: its heading and instructions as printed, and the rules that fill it.
 *
 * @param byType the command line's simple case: the drawn items are printed in sections by type
 *     (multiple choice first) instead of under this heading
 * @param shuffle false keeps the section's items in bank order on every set
 * @param wrong the section's own negative marking, in place of the paper's (see {@link PaperSpec#wrong})
 */
public record SectionSpec(String heading, String instructions, boolean shuffle, boolean byType, List<Rule> rules,
        Optional<BigDecimal> wrong) {
    public SectionSpec {
        heading = heading == null ? "" : heading.strip();
        instructions = instructions == null ? "" : instructions.strip();
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a section needs a rule");
        }
    }
}

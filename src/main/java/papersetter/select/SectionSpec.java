package papersetter.select;

import java.util.List;

/**
 * One section of a paper spec: its heading and instructions as printed, and the rules that fill it.
 *
 * @param byType the command line's simple case: the drawn items are printed in sections by type
 *     (multiple choice first) instead of under this heading
 * @param shuffle false keeps the section's items in bank order on every set
 */
public record SectionSpec(String heading, String instructions, boolean shuffle, boolean byType, List<Rule> rules) {
    public SectionSpec {
        heading = heading == null ? "" : heading.strip();
        instructions = instructions == null ? "" : instructions.strip();
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a section needs a rule");
        }
    }
}

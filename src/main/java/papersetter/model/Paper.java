package papersetter.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One version (set) of a paper: the questions in printed order, grouped in sections.
 *
 * @param code a short code printed on every page so that loose pages can be matched to their set
 */
public record Paper(String set, long seed, String code, List<Section> sections) {

    public Paper {
        sections = List.copyOf(sections);
        int expected = 1;
        for (PaperItem item : sections.stream().flatMap(s -> s.items().stream()).toList()) {
            if (item.number() != expected++) {
                throw new IllegalArgumentException("questions must be numbered 1, 2, 3, … without gaps");
            }
        }
    }

    public List<PaperItem> items() {
        return sections.stream().flatMap(section -> section.items().stream()).toList();
    }

    public BigDecimal totalMarks() {
        return Marks.sum(sections.stream().map(Section::marks).toList());
    }

    /** The answer key for exactly this paper, its options lettered A), B), … */
    public Key key() {
        return key(OptionLabels.UPPER);
    }

    /** The answer key for exactly this paper, its options named as the paper labels them. */
    public Key key(OptionLabels labels) {
        return new Key(set, code, items().stream().map(item -> new KeyEntry(item, labels)).toList(), totalMarks());
    }
}

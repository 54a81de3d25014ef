package papersetter.select;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A paper's blueprint: what the header says and which sections it has, each filled by rules.
 * Read from a spec file by {@link SpecReader}, or made from command-line options by {@link #simple}.
 *
 * @param file the spec file, empty for the command line's simple case
 * @param instructions replaces the layout's general instructions when present
 * @param total the marks the paper must add up to, when the spec says
 * @param wrong negative marking: the share of an objective item's marks a wrong answer costs (from -1
 *     to 0), when the spec says (see {@link papersetter.model.NegativeMarking})
 */
public record PaperSpec(
        Optional<Path> file,
        Optional<String> title,
        Optional<String> course,
        Optional<String> institution,
        Optional<String> duration,
        Optional<String> date,
        Optional<String> layout,
        Optional<List<String>> instructions,
        Optional<BigDecimal> total,
        String totalWhere,
        List<SectionSpec> sections,
        Optional<BigDecimal> wrong) {

    public PaperSpec {
        sections = List.copyOf(sections);
        instructions = instructions.map(List::copyOf);
    }

    /** {@code count} questions matching the filter, printed in sections by type. */
    public static PaperSpec simple(Filter filter, int count) {
        return new PaperSpec(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "",
                List.of(new SectionSpec("", "", true, true, List.of(Rule.of(filter, count)), Optional.empty())),
                Optional.empty());
    }

    public boolean isSimple() {
        return file.isEmpty() && sections.size() == 1 && sections.get(0).byType();
    }

    List<Rule> rules() {
        return sections.stream().flatMap(s -> s.rules().stream()).toList();
    }
}

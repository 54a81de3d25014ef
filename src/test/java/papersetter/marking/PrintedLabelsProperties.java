package papersetter.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import papersetter.model.OptionLabels;

/**
 * Whatever options a student chose, written as the paper labels them, in any decoration and with
 * any separator a person types, reads back as those options; and one label's text never reads as
 * another's.
 */
class PrintedLabelsProperties {
    private static final String[] SEPARATORS = {";", ", ", " ", "/", " + ", " & ", "; "};

    @Property
    void labelsAsTypedReadBackAsTheOptionsChosen(@ForAll @Size(min = 1, max = 8) Set<@IntRange(max = 7) Integer> chosen,
            @ForAll OptionLabels labels, @ForAll @IntRange(max = 6) int separator,
            @ForAll @IntRange(max = 4) int decoration, @ForAll boolean upper) {
        List<String> parts = new ArrayList<>();
        for (int option : new TreeSet<>(chosen)) {
            String name = labels.name(option);
            name = upper ? name.toUpperCase(java.util.Locale.ROOT) : name;
            parts.add(switch (decoration) {
                case 0 -> name;
                case 1 -> "(" + name + ")";
                case 2 -> name + ".";
                case 3 -> name + ")";
                default -> "[" + name + "]";
            });
        }
        String cell = String.join(SEPARATORS[separator], parts);
        assertThat(Interpret.options(cell, labels)).as(cell).containsExactlyElementsOf(new TreeSet<>(chosen));
    }

    @Property
    void oneLabelNeverReadsAsAnother(@ForAll @IntRange(max = 7) int option, @ForAll OptionLabels labels) {
        assertThat(Interpret.options(labels.name(option), labels)).containsExactly(option);
        assertThat(Interpret.options(labels.printed(option), labels)).containsExactly(option);
    }
}

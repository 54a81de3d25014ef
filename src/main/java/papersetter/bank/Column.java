package papersetter.bank;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns a bank file may have; {@link #header()} is the name written in the header row. */
enum Column {
    ID(true), LEVEL(true), TOPIC(true), TYPE(true), QUESTION(true),
    OPTION_A(false), OPTION_B(false), OPTION_C(false), OPTION_D(false),
    OPTION_E(false), OPTION_F(false), OPTION_G(false), OPTION_H(false),
    ANSWER(true), MARKS(false), EXPLANATION(false), DIFFICULTY(false), TAGS(false), SHUFFLE(false), LINES(false),
    IMAGE(false), GROUP(false), FACT(false), ALT(false), UNIT(false);

    static final List<Column> OPTIONS = List.of(OPTION_A, OPTION_B, OPTION_C, OPTION_D, OPTION_E, OPTION_F, OPTION_G, OPTION_H);
    static final List<Column> REQUIRED = Arrays.stream(values()).filter(c -> c.required).toList();

    private final boolean required;

    Column(boolean required) {
        this.required = required;
    }

    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean required() {
        return required;
    }

    /**
     * A header cell as a column. Besides case, spaces and hyphens count as underscores, because
     * trainers label spreadsheet columns "Option A" as readily as "option_a".
     */
    static Optional<Column> byHeader(String name) {
        String wanted = normalise(name);
        return Arrays.stream(values()).filter(c -> c.header().equals(wanted)).findFirst();
    }

    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}

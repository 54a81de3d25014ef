package papersetter.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of question a bank can hold; the names are what the bank's {@code type} column says. */
public enum QuestionType {
    MCQ("mcq", "Multiple choice", true),
    MULTI("multi", "Multiple answers", true),
    TRUEFALSE("truefalse", "True or false", false),
    FILL("fill", "Fill in the blanks", false),
    NUMERIC("numeric", "Numerical answers", false),
    SHORT("short", "Short answer", false),
    LONG("long", "Long answer", false);

    private final String label;
    private final String heading;
    private final boolean hasOptions;

    QuestionType(String label, String heading, boolean hasOptions) {
        this.label = label;
        this.heading = heading;
        this.hasOptions = hasOptions;
    }

    /** The word used in the bank and on the command line. */
    public String label() {
        return label;
    }

    /** A heading for a paper section holding only this type. */
    public String heading() {
        return heading;
    }

    public boolean hasOptions() {
        return hasOptions;
    }

    /** Short and long items are marked by a person reading a written answer. */
    public boolean isWritten() {
        return this == SHORT || this == LONG;
    }

    public static Optional<QuestionType> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (QuestionType type : values()) {
            if (type.label.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}

package papersetter.select;

/** With {@link Vary#QUESTIONS}: what makes another set's item equivalent to set A's. */
public enum Equivalence {
    /** The same section, topic, type and marks. */
    TOPIC,
    /**
     * The same section, type and marks, on the same topic where the bank allows and on another where
     * it does not: for a cap on shared questions that same-topic equivalents cannot meet.
     */
    TYPE
}

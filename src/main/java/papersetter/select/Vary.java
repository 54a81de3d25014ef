package papersetter.select;

/** How the sets of one run differ. */
public enum Vary {
    /** The same questions in every set, in another order, with options shuffled. */
    ORDER,
    /** Each set draws its own questions, equivalent in section, topic, type and marks. */
    QUESTIONS
}

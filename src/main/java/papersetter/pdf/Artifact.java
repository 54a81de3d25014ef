package papersetter.pdf;

/** Marks on a page that are not content, which a screen reader skips. */
public enum Artifact {
    /** The running footer: page number, set, paper code. */
    FOOTER,
    /** "Continued on the next page", "Question 7 (continued)": where a question goes on. */
    CONTINUED,
    /** A faint word across the page. */
    WATERMARK,
    /** Rules, boxes, shades and logos: drawn to look at, not to read. */
    LAYOUT
}

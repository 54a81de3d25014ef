package papersetter.pdf;

/**
 * A structure element to open on a canvas: its role and, for a figure, the words a screen reader
 * says in place of the picture.
 *
 * @param alt the alternate text, or empty
 */
public record Tag(Role role, String alt) {

    public Tag {
        alt = alt == null ? "" : alt;
    }

    public static Tag of(Role role) {
        return new Tag(role, "");
    }

    public static Tag figure(String alt) {
        return new Tag(Role.FIGURE, alt);
    }

    /** A formula, read out and copied as its source (LaTeX as the bank wrote it). */
    public static Tag formula(String source) {
        return new Tag(Role.FORMULA, source);
    }
}

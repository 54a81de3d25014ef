package papersetter.render;

/** What line breaking needs to know of the fonts: how a text is shaped, how wide it is and how tall a face stands. */
interface Metrics {

    /**
     * A text shaped in a face, read left to right or right to left. By default one glyph per
     * character, each as wide as {@link #width} says (for measuring without fonts).
     */
    default Shaped shape(Face face, String text, boolean rtl) {
        return Shaped.uniform(text, c -> width(face, Character.toString(c), 1000));
    }

    default float width(Face face, String text, float size) {
        return shape(face, text, false).width(size);
    }

    /** Height above the baseline. */
    float ascent(Face face, float size);

    /** Depth below the baseline, as a positive number. */
    float descent(Face face, float size);
}

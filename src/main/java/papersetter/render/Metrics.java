package papersetter.render;

/** What line breaking needs to know of the fonts: how wide a text is and how tall a face stands. */
interface Metrics {

    float width(Face face, String text, float size);

    /** Height above the baseline. */
    float ascent(Face face, float size);

    /** Depth below the baseline, as a positive number. */
    float descent(Face face, float size);
}

package papersetter.render;

/**
 * Glyphs of one font, in the order they stand on the line (left to right), each placed: what a PDF
 * shows with one font, and the text they stand for, so that the text can be searched and copied
 * exactly as the bank wrote it.
 *
 * @param font the run's font, by its place in {@link RunFonts#fonts()}
 * @param glyphs the glyph ids, in the font as the run embeds it (cut down)
 * @param x where each glyph stands, from the left of the text it belongs to, in thousandths of the size
 * @param y how far each glyph is raised above the baseline, in thousandths of the size
 * @param end where the pen stops after the last glyph, in thousandths of the size
 * @param text the characters these glyphs show, in reading (logical) order
 * @param clusters for each glyph, the index in {@code text} of the first character it shows
 * @param rtl whether the text reads right to left (its glyphs then stand in the reverse of its order)
 * @param actualText whether the glyphs, read one by one through the font's map back to Unicode, do
 *     not give the text (a reordered Indic cluster, a ligature): a PDF then carries the text itself
 *     with the glyphs (marked content with /ActualText)
 */
record GlyphRun(int font, int[] glyphs, float[] x, float[] y, float end, String text, int[] clusters, boolean rtl,
        boolean actualText) {

    /** The left edge of the run, in thousandths of the size. */
    float start() {
        return x.length == 0 ? end : Math.min(x[0], end);
    }

    /** The same glyphs moved right by dx thousandths of the size. */
    GlyphRun shifted(float dx) {
        float[] moved = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            moved[i] = x[i] + dx;
        }
        return new GlyphRun(font, glyphs, moved, y, end + dx, text, clusters, rtl, actualText);
    }
}

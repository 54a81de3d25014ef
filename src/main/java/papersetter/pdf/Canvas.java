package papersetter.pdf;

import java.awt.Color;

/**
 * One page to draw on: what layout code may put on a page, and all it knows of PDF. Positions are
 * in points, x rightwards from the page's left edge and y downwards from its top edge, as layout
 * measures them; only the PDF layer turns them into operators and objects.
 *
 * <p>Structure: {@link #begin} and {@link #end} open and close an element of the document's
 * structure tree (a heading, a list item, a table cell) around what is drawn between them; an
 * element may continue over several pages. Text outside every element becomes a paragraph of its
 * own. Rules, boxes and shades are always artifacts; a picture is content inside a
 * {@link Role#FIGURE}, an artifact elsewhere.
 */
public interface Canvas {

    /**
     * A run of shaped glyphs of one font on one baseline.
     *
     * @param glyphs the font's glyph ids, in the order they stand on the line (left to right)
     * @param positions each glyph's x from x, in points, or null to set them at their advances
     * @param rises how far each glyph is raised above the baseline, in points (a mark that shaping
     *     placed above or below a letter), or null for none
     * @param actualText the text the glyphs stand for, for a run whose glyphs, read one by one
     *     through the font's map back to Unicode, do not give it back (a conjunct, a ligature, a
     *     reordered cluster): what copying and screen readers take instead; null where they do
     */
    void text(EmbeddedFont font, float size, Color color, float x, float baseline, int[] glyphs, float[] positions,
            float[] rises, String actualText);

    /** A straight line. */
    void rule(float x1, float y1, float x2, float y2, float lineWidth, Color color);

    /** The outline of a rectangle, (x, y) its top-left corner. */
    void box(float x, float y, float width, float height, float lineWidth, Color color);

    /** A filled rectangle, (x, y) its top-left corner. */
    void fill(float x, float y, float width, float height, Color color);

    /** A picture scaled to the rectangle, (x, y) its top-left corner. */
    void picture(float x, float y, float width, float height, PdfImage image);

    /**
     * A vector drawing (a formula, a chart) scaled to the rectangle, (x, y) its top-left corner.
     * Inside an open {@link Role#FIGURE} or {@link Role#FORMULA} it is that element's content (the
     * element's alternate text says what it shows); elsewhere it is an artifact.
     */
    void form(float x, float y, float width, float height, VectorForm form);

    /**
     * A run of a faint text turned by an angle (degrees, anticlockwise) about (x, y), on its
     * baseline; the glyphs, positions and rises are as for {@link #text}, measured along the turned
     * baseline. A watermark of several fonts is drawn run by run about the same point.
     */
    void watermark(EmbeddedFont font, float size, Color color, float x, float y, double degrees, int[] glyphs,
            float[] positions, float[] rises, String actualText);

    void begin(Tag tag);

    void end();

    /** Everything until {@link #endArtifact} is an artifact of this kind. */
    void beginArtifact(Artifact kind);

    void endArtifact();

    /** An entry of the document's outline (bookmarks) pointing here: level 1 at the top. */
    void bookmark(int level, String title, float y);
}

package papersetter.render;

import java.awt.Color;

/**
 * How a run of text is set: face, size and colour, and for inline code the shade behind it.
 *
 * @param shade the background drawn behind the run, or null for none
 */
record Style(Face face, float size, Color color, Color shade) {
    static final Color INK = Color.BLACK;

    static Style of(Face face, float size) {
        return new Style(face, size, INK, null);
    }

    Style tinted(Color newColor) {
        return new Style(face, size, newColor, shade);
    }
}

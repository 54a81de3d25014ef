package papersetter.render;

/** A stretch of text in one style; "\n" inside it ends the line. */
record Run(String text, Style style) {
}

package papersetter.render;

/** The four faces a document sets text in; the family (sans or serif) is the layout's. */
enum Face {
    REGULAR, BOLD, ITALIC, MONO
}

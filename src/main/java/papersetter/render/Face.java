package papersetter.render;

/** The five faces a document sets text in; the family (sans or serif) is the layout's. */
enum Face {
    REGULAR, BOLD, ITALIC, MONO
}

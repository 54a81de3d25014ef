package papersetter.pdf;

/**
 * What a part of a page is, for a screen reader: the standard structure types of tagged PDF that
 * papers and keys use. The PDF layer turns them into the document's structure tree.
 */
public enum Role {
    /** A document of its own within the file (a paper or key; each set's in the print file). */
    DOCUMENT("Document"),
    /** The document's title. */
    H1("H1"),
    /** A section heading, or the heading of the instructions. */
    H2("H2"),
    /** A paragraph, or a short piece of text on its own (the set letter, a fact). */
    P("P"),
    /** A list: a section's questions, a question's options, the instructions. */
    LIST("L"),
    /** One item of a list: a question, an option. */
    LIST_ITEM("LI"),
    /** An item's label: a question's number, an option's letter. */
    LABEL("Lbl"),
    /** An item's body: a question's text and what follows it, an option's text. */
    LIST_BODY("LBody"),
    /** Program code, set in the monospace face. */
    CODE("Code"),
    TABLE("Table"),
    TABLE_ROW("TR"),
    /** A column's heading cell. */
    TABLE_HEADER("TH"),
    TABLE_CELL("TD"),
    /** A picture; it needs its alternate text. */
    FIGURE("Figure"),
    /** A mathematical formula; its alternate text (and the text copying gives) is its source. */
    FORMULA("Formula");

    private final String pdfName;

    Role(String pdfName) {
        this.pdfName = pdfName;
    }

    /** The structure type as PDF names it. */
    public String pdfName() {
        return pdfName;
    }
}

package papersetter.render;

/**
 * A stretch of text in one style; "\n" inside it ends the line. A run that holds a formula is one
 * unbreakable box on the line, set on the text's baseline; its text is then U+FFFC, the object
 * replacement character, which neither breaks a line nor turns its direction.
 *
 * @param formula the typeset formula the run stands for, or null for text
 */
record Run(String text, Style style, TypesetFormula formula) {
    static final String BOX = "\uFFFC";

    Run(String text, Style style) {
        this(text, style, null);
    }

    static Run of(TypesetFormula formula, Style style) {
        return new Run(BOX, style, formula);
    }
}

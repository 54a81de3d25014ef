package papersetter.render;

import java.awt.Color;

/** The house style shared by papers and keys: the sizes of one document's text, and its colours. */
final class DocumentStyle {
    static final Color GREY = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xA0, 0xA0, 0xA0);
    static final Color CODE_BACKGROUND = new Color(0xF2, 0xF2, 0xF2);

    final Layout layout;
    final DocumentFonts fonts;
    final float body;
    final float title;
    final float code;
    final float small;
    final float leading;
    /** Secondary text (instructions, notes): a touch smaller, but never below large print's 18 pt. */
    final float minor;

    /**
     * @param bodySize the document's body text size; the other sizes keep their proportion to it
     *     (a key may be set smaller than a large-print paper)
     */
    DocumentStyle(Layout layout, DocumentFonts fonts, float bodySize) {
        this.layout = layout;
        this.fonts = fonts;
        float scale = bodySize / layout.fonts().body();
        this.body = bodySize;
        this.title = layout.fonts().title() * scale;
        this.code = layout.fonts().code() * scale;
        this.small = layout.fonts().small() * scale;
        this.leading = layout.fonts().leading();
        this.minor = bodySize >= 18 ? bodySize : bodySize - 0.5f;
    }

    /** Numbers the blanks of one fill item, so the key's "(2)" points at the paper's "(2)". */
    static final class BlankCounter {
        private final int total;
        private int next = 1;

        BlankCounter(int total) {
            this.total = total;
        }

        int total() {
            return total;
        }

        int next() {
            return next++;
        }
    }
}

package papersetter.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The footer of every page: the paper's name and set at the left, "Page x of y" in the middle and
 * the paper code at the right, over a thin rule, all of it at least 10 mm from the page's edge.
 *
 * <p>It shrinks (within reason) to keep to one line; where it cannot, and always in large print,
 * which never goes below 18 pt, it takes a second line and the body ends higher to make room.
 */
final class FooterBand {
    /** 10 mm, the least any printer may be trusted with at an edge. */
    static final float EDGE = 10 / 25.4f * 72;
    /** Large print keeps every text at this size or more, the footer's too. */
    static final float LARGE_PRINT = 18;
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final float RULE_GAP = 5;
    private static final float BODY_GAP = 4;
    private static final float SIDE_GAP = 12;

    private final Layout layout;
    private final Metrics metrics;
    /** The same fonts, which also set a one-line text in bidirectional order. */
    private final DocumentFonts fonts;
    private final PageComposer.Footer footer;
    private final float size;
    private final boolean twoLines;
    private final float baseline;
    /** The name and set, wrapped where the footer takes two lines. */
    private final Figure name;

    FooterBand(DocumentStyle type, PageComposer.Footer footer) {
        this.layout = type.layout;
        this.metrics = type.fonts;
        this.fonts = type.fonts;
        this.footer = footer;
        float least = type.body >= LARGE_PRINT ? LARGE_PRINT : 6;
        // "Page 999 of 999" stands for any page number, so the band is the same on every page.
        String widest = footer.pageNumbers() ? "Page 999 of 999" : "";
        float fit = type.small;
        while (fit > least && oneLineWidth(widest, fit) > width() - 2 * SIDE_GAP) {
            fit = Math.max(least, fit * 0.92f);
        }
        this.size = fit;
        this.twoLines = oneLineWidth(widest, fit) > width() - 2 * SIDE_GAP;
        // The lowest baseline sits mid-margin, but never so low that a descender comes within 10 mm.
        float lowest = EDGE + deepest(size) + 0.5f;
        this.baseline = Math.max(lowest, layout.page().marginBottom() / 2 - size / 2);
        Style regular = Style.of(Face.REGULAR, size);
        float room = width() - (twoLines ? metrics.width(Face.REGULAR, footer.right(), size) + SIDE_GAP : 0);
        this.name = footer.left().isEmpty() ? Figure.EMPTY
                : new FigureMaker(type).paragraph(TextFlow.Paragraph.of(List.of(new Run(footer.left(), regular)), 1.25f, regular),
                        room);
    }

    /**
     * How far below the baseline the footer's texts reach: the deepest of the fonts they are set in
     * (a name in Arabic or Devanagari falls back to a font that reaches lower than DejaVu).
     */
    private float deepest(float size) {
        float deepest = metrics.descent(Face.REGULAR, size);
        for (String text : List.of(footer.left(), footer.right())) {
            for (GlyphRun run : fonts.line(Face.REGULAR, text).runs()) {
                deepest = Math.max(deepest, fonts.font(run.font()).descent(size));
            }
        }
        return deepest;
    }

    private float width() {
        return layout.bodyWidth();
    }

    private float lineStep() {
        return size * 1.25f;
    }

    /** How far up from the page's bottom edge the body must end to stay clear of the footer. */
    float bottomMargin() {
        float top = baseline + (twoLines ? lineStep() : 0) + name.height() - name.ascent() + size + RULE_GAP
                + BODY_GAP;
        return Math.max(layout.page().marginBottom(), top);
    }

    /** The footer of one page, in inks measured down from the page's top edge. */
    List<Ink> inks(int page, int pages) {
        Layout.Page box = layout.page();
        float left = box.marginLeft();
        float right = box.width() - box.marginRight();
        float low = box.height() - baseline;
        // Two lines: the name (wrapped, if it must, upwards) and the code above, the page number below.
        float high = twoLines ? low - lineStep() : low;
        float nameTop = high - name.height();
        List<Ink> inks = new ArrayList<>();
        float ruleY = high - (name.height() - name.ascent()) - size - RULE_GAP;
        inks.add(new Ink.Rule(left, ruleY, right, ruleY, 0.4f, RULE));
        String pageText = footer.pageNumbers() ? "Page " + page + " of " + pages : "";
        Style regular = Style.of(Face.REGULAR, size);
        Style bold = Style.of(Face.BOLD, size);
        for (Ink ink : name.inks()) {
            inks.add(ink.shifted(left, nameTop));
        }
        if (!pageText.isEmpty()) {
            inks.add(Ink.Text.of((left + right) / 2 - metrics.width(Face.BOLD, pageText, size) / 2, low, bold,
                    fonts.line(Face.BOLD, pageText)));
        }
        if (!footer.right().isEmpty()) {
            inks.add(Ink.Text.of(right - metrics.width(Face.REGULAR, footer.right(), size), high, regular,
                    fonts.line(Face.REGULAR, footer.right())));
        }
        return inks;
    }

    /** The room the footer needs on one line with the page number centred: twice the wider of its sides. */
    private float oneLineWidth(String pageText, float at) {
        float sides = Math.max(metrics.width(Face.REGULAR, footer.left(), at),
                metrics.width(Face.REGULAR, footer.right(), at));
        return 2 * sides + metrics.width(Face.BOLD, pageText, at);
    }
}

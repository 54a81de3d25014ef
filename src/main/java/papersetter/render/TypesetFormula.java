package papersetter.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.scilab.forge.jlatexmath.Box;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * A formula typeset by JLaTeXMath at one size and style: how far it stands above its baseline and
 * hangs below, how wide it is, and the drawing, in points with the top-left corner at the origin.
 * Laid out once per run and drawn into every set (see {@link Formulas}); only formulas that
 * {@link FormulaCheck} passed reach here.
 *
 * @param height above the baseline
 * @param depth below the baseline
 */
record TypesetFormula(String latex, float size, boolean display, Color color, float width, float height,
        float depth, Box box) {

    /**
     * JLaTeXMath keeps tables and caches in static fields that are not safe to fill from two
     * threads at once; a run typesets each distinct formula once, so one lock costs nothing.
     */
    static final ReentrantLock LOCK = new ReentrantLock();

    TypesetFormula {
        Objects.requireNonNull(latex);
        Objects.requireNonNull(color);
    }

    static TypesetFormula of(String latex, float size, boolean display, Color color) {
        LOCK.lock();
        try {
            Box box = new TeXFormula(latex)
                    .createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, size).getBox();
            return new TypesetFormula(latex, size, display, color, box.getWidth() * size, box.getHeight() * size,
                    box.getDepth() * size, box);
        } finally {
            LOCK.unlock();
        }
    }

    /** Draws the formula with its top-left corner at the origin, one unit a point. */
    void draw(Graphics2D g) {
        LOCK.lock();
        try {
            g.scale(size, size);
            g.setColor(color);
            box.draw(g, 0, box.getHeight());
        } finally {
            LOCK.unlock();
        }
    }

    /** The height it takes from top to bottom. */
    float total() {
        return height + depth;
    }
}

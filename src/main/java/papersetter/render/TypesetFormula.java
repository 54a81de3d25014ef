package papersetter.render;

import java.awt.Color;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.scilab.forge.jlatexmath.Box;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import papersetter.pdf.VectorForm;

/**
 * A formula typeset by JLaTeXMath at one size and style: how far it stands above its baseline and
 * hangs below, how wide it is, and its drawing as a vector form (made here, once).
 * Laid out once per run and drawn into every set (see {@link Formulas}); only formulas that
 * {@link FormulaCheck} passed reach here.
 *
 * @param height above the baseline
 * @param depth below the baseline
 */
record TypesetFormula(String latex, float size, boolean display, Color color, float width, float height,
        float depth, VectorForm form) {

    /**
     * Room around the box in the drawing, in sizes: a glyph may stand a little outside the box TeX
     * gives it (an integral's hook, an italic's overhang), and a form shows nothing outside itself.
     */
    static final float BLEED = 0.15f;

    /**
     * JLaTeXMath keeps tables and caches in static fields that are not safe to fill from two
     * threads at once; a run typesets each distinct formula once, so one lock costs nothing.
     */
    static final ReentrantLock LOCK = new ReentrantLock();

    TypesetFormula {
        Objects.requireNonNull(latex);
        Objects.requireNonNull(color);
    }

    /** What a typeset formula depends on, and all it depends on. */
    private record Key(String latex, float size, boolean display, Color color) {
    }

    /** Formulas kept; past this many distinct ones (a long-lived process), the cache starts afresh. */
    private static final int KEPT = 20_000;
    private static final ConcurrentHashMap<Key, TypesetFormula> SET = new ConcurrentHashMap<>();

    /**
     * The formula typeset once for the whole process (a run): papers and keys, every set and every
     * thread get the same one, and each file stores its drawing once however often it is used.
     * A formula is a pure function of its key, so whichever thread sets it first, all get the same.
     */
    static TypesetFormula cached(String latex, float size, boolean display, Color color) {
        Key key = new Key(latex, size, display, color);
        TypesetFormula formula = SET.get(key);
        if (formula == null) {
            if (SET.size() >= KEPT) {
                SET.clear();
            }
            formula = of(latex, size, display, color);
            TypesetFormula earlier = SET.putIfAbsent(key, formula);
            if (earlier != null) {
                formula = earlier;
            }
        }
        return formula;
    }

    /** Typesets and draws the formula: a vector form with {@link #bleed} of room on every side of its box. */
    static TypesetFormula of(String latex, float size, boolean display, Color color) {
        LOCK.lock();
        try {
            Box box = new TeXFormula(latex)
                    .createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, size).getBox();
            float width = Math.max(0, box.getWidth() * size);
            float height = Math.max(0, box.getHeight() * size);
            float depth = Math.max(0, box.getDepth() * size);
            float bleed = BLEED * size;
            VectorForm form = VectorForm.draw(width + 2 * bleed, height + depth + 2 * bleed, g -> {
                g.translate(bleed, bleed);
                g.scale(size, size);
                g.setColor(color);
                box.draw(g, 0, box.getHeight());
            });
            return new TypesetFormula(latex, size, display, color, width, height, depth, form);
        } finally {
            LOCK.unlock();
        }
    }

    /** How wide the formula is set, in points, without drawing it. */
    static float widthOf(String latex, float size, boolean display) {
        LOCK.lock();
        try {
            return new TeXFormula(latex).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                    size).getBox().getWidth() * size;
        } finally {
            LOCK.unlock();
        }
    }

    /** The room around the box in the form, in points. */
    float bleed() {
        return BLEED * size;
    }

    /** The height it takes from top to bottom. */
    float total() {
        return height + depth;
    }
}

package papersetter.render;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The figures of one run, each laid out once and shared by every set and every thread: a stem or
 * an option reads the same in set A as in set Z, only its place and letter change.
 *
 * <p>A figure is a pure function of its key (text, style and width) and of the bundled fonts, so
 * whichever thread lays it out first, every set gets the same one. A key must therefore name
 * everything the figure shows: one that left something out would hand set A's figure to set B.
 */
final class FigureCache {
    private final ConcurrentHashMap<Object, Object> figures = new ConcurrentHashMap<>();

    /** @param key a value (a record) naming everything the figure (or list of figures) depends on */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> layOut) {
        Object figure = figures.get(key);
        if (figure == null) {
            // Laid out outside the map's lock; two threads may both do it, with the same result.
            figure = layOut.get();
            Object earlier = figures.putIfAbsent(key, figure);
            if (earlier != null) {
                figure = earlier;
            }
        }
        return (T) figure;
    }
}

package papersetter.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which rows of which block land on which page, before anything is drawn, so that a
 * question is never torn from its options and "Page x of y" is known while painting.
 *
 * <p>A block that fits on a page is never split; a block taller than a page is split between
 * rows, but never inside its first {@code keepRows} rows and never leaving a lone row behind.
 */
final class PagePlanner {

    /** The measured shape of one block: its row heights and how it wants to be kept together. */
    record Shape(float[] rows, int keepRows, boolean keepWithNext) {
        float height() {
            return height(0, rows.length);
        }

        float height(int from, int to) {
            float sum = 0;
            for (int r = from; r < to; r++) {
                sum += rows[r];
            }
            return sum;
        }

        float keepHeight() {
            return height(0, Math.min(Math.max(keepRows, 1), rows.length));
        }
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of block {@code block}. */
    record Piece(int block, int from, int to) {
    }

    private PagePlanner() {
    }

    static List<List<Piece>> plan(List<Shape> blocks, float pageHeight) {
        return plan(blocks, frame -> pageHeight);
    }

    /**
     * Plans into frames (a page, or a column of a page), filled one after another; the height of
     * each frame may differ (the first page's columns sit below the header).
     */
    static List<List<Piece>> plan(List<Shape> blocks, java.util.function.IntFunction<Float> frameHeight) {
        List<List<Piece>> pages = new ArrayList<>();
        List<Piece> page = new ArrayList<>();
        float pageHeight = frameHeight.apply(0);
        float left = pageHeight;
        int block = 0;
        int row = 0;
        while (block < blocks.size()) {
            Shape shape = blocks.get(block);
            if (shape.rows().length == 0) {
                block++;
                continue;
            }
            float rest = shape.height(row, shape.rows().length);
            float needed = rest + keptWithNext(blocks, block, pageHeight - rest);
            if (needed <= left) {
                page.add(new Piece(block, row, shape.rows().length));
                left -= rest;
                block++;
                row = 0;
                continue;
            }
            boolean freshPage = page.isEmpty();
            float nextHeight = frameHeight.apply(pages.size() + 1);
            if (freshPage && row == 0 && needed <= nextHeight && left < nextHeight) {
                // A short frame (the first page's, under the header) that cannot hold a heading
                // with the start of what follows it is left empty: the next frame holds both.
                pages.add(page);
                page = new ArrayList<>();
                pageHeight = nextHeight;
                left = pageHeight;
                continue;
            }
            if (rest <= left && (freshPage || needed > pageHeight)) {
                // It fits here, and what follows could not join it on any page: place it whole.
                page.add(new Piece(block, row, shape.rows().length));
                left -= rest;
                block++;
                row = 0;
                continue;
            }
            if (!freshPage && (needed <= pageHeight || rest <= pageHeight || (row == 0 && shape.keepHeight() > left))) {
                pages.add(page);
                page = new ArrayList<>();
                pageHeight = frameHeight.apply(pages.size());
                left = pageHeight;
                continue;
            }
            // Taller than a page: split between rows, keeping the first rows together where they fit.
            int end = row;
            float used = 0;
            while (end < shape.rows().length && used + shape.rows()[end] <= left) {
                used += shape.rows()[end];
                end++;
            }
            int mustKeep = row == 0 ? Math.min(shape.keepRows(), shape.rows().length) : 0;
            if (end < mustKeep && !freshPage) {
                pages.add(page);
                page = new ArrayList<>();
                pageHeight = frameHeight.apply(pages.size());
                left = pageHeight;
                continue;
            }
            if (end == row) {
                end = row + 1; // a single row taller than a page: it cannot be split further
            }
            int remaining = shape.rows().length - end;
            if (remaining == 1 && end - row > 2) {
                end--; // do not leave one row alone at the top of the next page
            }
            page.add(new Piece(block, row, end));
            pages.add(page);
            page = new ArrayList<>();
            pageHeight = frameHeight.apply(pages.size());
            left = pageHeight;
            row = end;
            if (row >= shape.rows().length) {
                block++;
                row = 0;
            }
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /**
     * What a heading needs below it on its page: the whole of what follows, when that fits on a
     * page with the heading (it would not be split, so it would leave the heading behind), and
     * otherwise the rows that follow it must keep together.
     *
     * @param room the most a page holds below the heading
     */
    private static float keptWithNext(List<Shape> blocks, int block, float room) {
        if (!blocks.get(block).keepWithNext() || block + 1 >= blocks.size()) {
            return 0;
        }
        Shape next = blocks.get(block + 1);
        return next.height() <= room ? next.height() : next.keepHeight();
    }
}

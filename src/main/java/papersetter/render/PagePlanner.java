package papersetter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Decides which rows of which block land on which page, before anything is drawn, so that a
 * question is never torn from its options and "Page x of y" is known while painting.
 *
 * <p>A block that fits on a page is never split; a block taller than a page is split between
 * rows, but never inside its first {@code keepRows} rows (or, when those fill more than a frame,
 * its first {@code leastKeep}) and never leaving a lone row behind. A row here is what the
 * composer can cut between: a row of a block, or a line of a long stem, option or code box.
 */
final class PagePlanner {

    /** The measured shape of one block: its row heights and how it wants to be kept together. */
    record Shape(float[] rows, int keepRows, boolean keepWithNext, int leastKeep) {
        /** A block whose first row is the least it keeps together when its kept rows fill more than a frame. */
        Shape(float[] rows, int keepRows, boolean keepWithNext) {
            this(rows, keepRows, keepWithNext, 1);
        }

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

        /** The rows to keep together at the start, in a frame of the given room. */
        int keepCount(float room) {
            int all = Math.min(Math.max(Math.max(keepRows, leastKeep), 1), rows.length);
            return height(0, all) <= room ? all : Math.min(Math.max(leastKeep, 1), rows.length);
        }

        /** The height of the rows to keep together at the start, in a frame of the given room. */
        float startHeight(float room) {
            return height(0, keepCount(room));
        }
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of block {@code block}. */
    record Piece(int block, int from, int to) {
    }

    private PagePlanner() {
    }

    static List<List<Piece>> plan(List<Shape> blocks, float pageHeight) {
        return plan(blocks, frame -> pageHeight, 0, 0);
    }

    static List<List<Piece>> plan(List<Shape> blocks, IntFunction<Float> frameHeight) {
        return plan(blocks, frameHeight, 0, 0);
    }

    /**
     * Plans into frames (a page, or a column of a page), filled one after another; the height of
     * each frame may differ (the first page's columns sit below the header).
     *
     * @param markAbove the room a block continued from the frame before needs above it ("Question 7
     *     (continued)")
     * @param markBelow the room a block that continues in the next frame needs below it
     *     ("continued on the next page")
     */
    static List<List<Piece>> plan(List<Shape> blocks, IntFunction<Float> frameHeight, float markAbove,
            float markBelow) {
        List<List<Piece>> pages = new ArrayList<>();
        List<Piece> page = new ArrayList<>();
        float pageHeight = frameHeight.apply(0);
        float left = pageHeight;
        int block = 0;
        int row = 0;
        while (block < blocks.size()) {
            Shape shape = blocks.get(block);
            int rows = shape.rows().length;
            if (rows == 0) {
                block++;
                continue;
            }
            float rest = shape.height(row, rows);
            float nextHeight = frameHeight.apply(pages.size() + 1);
            float needed = rest + keptWithNext(blocks, block, pageHeight - rest,
                    Math.max(pageHeight, nextHeight) - rest - markBelow);
            if (needed <= left) {
                page.add(new Piece(block, row, rows));
                left -= rest;
                block++;
                row = 0;
                continue;
            }
            boolean freshPage = page.isEmpty();
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
                page.add(new Piece(block, row, rows));
                left -= rest;
                block++;
                row = 0;
                continue;
            }
            // The rows to keep together at the start: all of them where that fits a frame, else the
            // first lines only, so that a question's number is never left without its first lines.
            int keep = row > 0 ? 0 : shape.keepCount(Math.min(pageHeight, nextHeight) - markBelow);
            float keepHeight = shape.height(0, keep);
            boolean moveOn = freshPage
                    ? row == 0 && keepHeight > left - markBelow && keepHeight <= nextHeight - markBelow
                            && left < nextHeight
                    : needed <= pageHeight || rest <= pageHeight || keepHeight > left - markBelow;
            if (moveOn) {
                pages.add(page);
                page = new ArrayList<>();
                pageHeight = frameHeight.apply(pages.size());
                left = pageHeight;
                continue;
            }
            // Taller than the room: split between rows, with room for the mark that says it goes on.
            int end = row;
            float used = 0;
            while (end < rows && used + shape.rows()[end] <= left - markBelow) {
                used += shape.rows()[end];
                end++;
            }
            if (end == row) {
                end = row + 1; // a single row taller than a frame: it cannot be split further
            }
            if (rows - end == 1 && end - row > 2) {
                end--; // do not leave one row alone at the top of the next frame
            }
            page.add(new Piece(block, row, end));
            pages.add(page);
            page = new ArrayList<>();
            pageHeight = frameHeight.apply(pages.size());
            left = pageHeight;
            row = end;
            if (row >= rows) {
                block++;
                row = 0;
            } else {
                left -= markAbove;
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
     * @param fullRoom the most the largest frame holds below it: what decides whether the rows to
     *     keep can be kept at all, or only the first lines
     */
    private static float keptWithNext(List<Shape> blocks, int block, float room, float fullRoom) {
        if (!blocks.get(block).keepWithNext() || block + 1 >= blocks.size()) {
            return 0;
        }
        Shape next = blocks.get(block + 1);
        return next.height() <= room ? next.height() : next.startHeight(fullRoom);
    }
}

package papersetter.sheet;

import java.util.List;

/**
 * Where everything stands on one page of an answer sheet, in points from the page's top-left
 * corner, x rightwards and y downwards, as {@link papersetter.pdf.Canvas} measures. The drawing
 * ({@code render/SheetRenderer}) draws exactly this, and a scan reader recomputes it with
 * {@link SheetPlanner} from {@code manifest.json} and the page's QR code, then looks where it says.
 *
 * @param width the page's width
 * @param height the page's height
 * @param set the set letter the sheet is for
 * @param page this page's number, 1 for the first
 * @param pages how many pages the set's sheet has
 * @param corners the four corner marks, top-left first, clockwise
 * @param qr where the QR code's modules go (its quiet zone lies outside, kept clear)
 * @param title where the sheet's title line goes
 * @param nameBox the box the student writes their name in (printed in it on a personalised sheet)
 * @param instructions where the short instructions go
 * @param roll the roll-number grid; null on a personalised sheet, whose QR code names the student
 * @param questions every printed question on this page, in the paper's order
 */
public record SheetGeometry(float width, float height, String set, int page, int pages, List<CornerMark> corners,
        Square qr, Rect title, Rect nameBox, Rect instructions, RollGrid roll, List<Question> questions) {

    public SheetGeometry {
        corners = List.copyOf(corners);
        questions = List.copyOf(questions);
    }

    /** The four corners of the page, in the order {@link #corners} lists their marks. */
    public enum Corner {
        TOP_LEFT, TOP_RIGHT, BOTTOM_RIGHT, BOTTOM_LEFT
    }

    /**
     * A solid black square near a corner of the page. Three are {@link SheetPlanner#CORNER_MARK}
     * wide; the bottom-right one is {@link SheetPlanner#SMALL_CORNER_MARK} wide, so a page scanned
     * upside down or turned tells itself apart (the QR code, top right, says it too).
     *
     * @param x the mark's centre
     * @param y the mark's centre
     * @param size its side
     */
    public record CornerMark(Corner corner, float x, float y, float size) {
    }

    /** A square: (x, y) its top-left corner. */
    public record Square(float x, float y, float size) {
    }

    /** A rectangle: (x, y) its top-left corner. */
    public record Rect(float x, float y, float width, float height) {
    }

    /**
     * A bubble to fill: a circle with its label printed inside it.
     *
     * @param label what is printed inside, as the paper prints the option ({@code B}, {@code b},
     *     {@code 2}, {@code ii}), {@code T}/{@code F}, or a digit of the roll-number grid
     * @param x the centre
     * @param y the centre
     */
    public record Bubble(String label, float x, float y, float radius) {
    }

    /**
     * A box a marker ticks to give a written answer its marks.
     *
     * @param label what is printed inside it ({@code 0}, {@code ½}, {@code 1}, {@code 1½}, …)
     * @param marks the marks it gives, as the manifest writes marks ({@code 0}, {@code 0.5}, {@code 1.5})
     * @param x the box's top-left corner
     * @param y the box's top-left corner
     * @param size the box's side
     */
    public record MarkBox(String label, String marks, float x, float y, float size) {
    }

    /**
     * The roll-number grid: one column per digit, a box on top to write the digit in and the ten
     * bubbles 0 … 9 below it.
     *
     * @param label where the grid's caption goes, above the boxes
     * @param boxes each column's write-in box, left to right
     * @param digits each column's bubbles, left to right; {@code digits.get(c).get(d)} is digit d
     */
    public record RollGrid(Rect label, List<Rect> boxes, List<List<Bubble>> digits) {

        public RollGrid {
            boxes = List.copyOf(boxes);
            digits = digits.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One printed question's row (or rows, when its marker boxes wrap).
     *
     * @param number the question's number as the paper prints it
     * @param type the question's type as the manifest names it ({@code mcq}, {@code truefalse}, …)
     * @param numberRight where the printed number ends (it is set flush right against the bubbles)
     * @param baseline the number's baseline
     * @param bubbles the bubbles, for mcq, multi and truefalse; empty otherwise
     * @param boxes the marker boxes, for every other type; empty for those with bubbles
     */
    public record Question(int number, String type, float numberRight, float baseline, List<Bubble> bubbles,
            List<MarkBox> boxes) {

        public Question {
            bubbles = List.copyOf(bubbles);
            boxes = List.copyOf(boxes);
        }
    }
}

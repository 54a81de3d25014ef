package papersetter.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import papersetter.model.BadInputException;
import papersetter.model.Marks;
import papersetter.sheet.SheetGeometry.Bubble;
import papersetter.sheet.SheetGeometry.Corner;
import papersetter.sheet.SheetGeometry.CornerMark;
import papersetter.sheet.SheetGeometry.MarkBox;
import papersetter.sheet.SheetGeometry.Question;
import papersetter.sheet.SheetGeometry.Rect;
import papersetter.sheet.SheetGeometry.RollGrid;
import papersetter.sheet.SheetGeometry.Square;

/**
 * Plans a set's answer sheet: which question lands on which page, and where every mark, bubble
 * and box stands. It depends on nothing but its {@link SheetSpec}, which the manifest records,
 * so the scan reader gets the very geometry the sheet was printed with.
 *
 * <p>The page: four corner marks 12 mm in from the edges (nothing else comes nearer the edge
 * than they do); between the top two, the title; below, the name box and instructions on the
 * left, the roll-number grid, and the QR code at the right; then the questions in columns, down
 * each column and on to the next, one row each (marker boxes wrap onto further rows), and on to a
 * further page when the page is full. Bubbles are as wide as a column needs for the sheet's
 * widest row, so four-option items give five columns on A4 and eight-option items three: 114
 * rows on A4, 105 on Letter.
 */
public final class SheetPlanner {
    private static final float MM = 72f / 25.4f;
    /** From the page's edge to the outer edge of a corner mark, and so to anything on the sheet. */
    public static final float MARGIN = 12 * MM;
    public static final float CORNER_MARK = 6 * MM;
    /** The bottom-right corner mark is smaller, so the page's orientation shows. */
    public static final float SMALL_CORNER_MARK = 4 * MM;
    public static final float QR_SIZE = 26 * MM;
    /** The white kept round the QR code, at least its four modules' quiet zone. */
    public static final float QR_CLEAR = 4 * MM;
    public static final float BUBBLE_RADIUS = 1.8f * MM;
    public static final float BOX_SIZE = 3.8f * MM;
    /** From one bubble's centre to the next in a row. */
    public static final float BUBBLE_PITCH = 4.8f * MM;
    public static final float ROW_PITCH = 5 * MM;
    public static final int MAX_ROLL_DIGITS = 12;
    public static final int MAX_OPTIONS = 8;
    /** The most pages one set's sheet may have (the QR code says page and pages). */
    public static final int MAX_PAGES = 99;

    private static final float GAP = 3 * MM;
    private static final float NUMBER_WIDTH = 8 * MM;
    private static final float COLUMN_GAP = 4 * MM;
    private static final float MAX_COLUMN_GAP = 12 * MM;
    private static final float ROLL_PITCH = 4.6f * MM;
    private static final float CAPTION = 4 * MM;
    private static final float WRITE_IN = 4.4f * MM;
    private static final int MAX_BOXES_PER_ROW = 8;
    /** The most marker boxes a question gets; beyond it the step between them grows. */
    private static final int MAX_BOXES = 41;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal[] STEPS = {HALF, BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(5),
        BigDecimal.TEN, BigDecimal.valueOf(20), BigDecimal.valueOf(25), BigDecimal.valueOf(50)};

    private SheetPlanner() {
    }

    /** The question types answered by filling bubbles; every other type gets marker boxes. */
    public static boolean hasBubbles(String type) {
        return type.equals("mcq") || type.equals("multi") || type.equals("truefalse");
    }

    /** Every page of the set's sheet, the first first. */
    public static List<SheetGeometry> plan(SheetSpec spec) {
        if (spec.rollDigits() < 1 || spec.rollDigits() > MAX_ROLL_DIGITS) {
            throw new IllegalArgumentException("roll digits " + spec.rollDigits() + " not in 1.." + MAX_ROLL_DIGITS);
        }
        float width = spec.width();
        float height = spec.height();
        float left = MARGIN;
        float right = width - MARGIN;
        float top = MARGIN + CORNER_MARK + GAP;
        float bottom = height - MARGIN - CORNER_MARK - GAP;

        List<CornerMark> corners = List.of(
                new CornerMark(Corner.TOP_LEFT, MARGIN + CORNER_MARK / 2, MARGIN + CORNER_MARK / 2, CORNER_MARK),
                new CornerMark(Corner.TOP_RIGHT, right - CORNER_MARK / 2, MARGIN + CORNER_MARK / 2, CORNER_MARK),
                new CornerMark(Corner.BOTTOM_RIGHT, right - CORNER_MARK / 2, height - MARGIN - CORNER_MARK / 2,
                        SMALL_CORNER_MARK),
                new CornerMark(Corner.BOTTOM_LEFT, MARGIN + CORNER_MARK / 2, height - MARGIN - CORNER_MARK / 2,
                        CORNER_MARK));
        Rect title = new Rect(MARGIN + CORNER_MARK + GAP, MARGIN, right - MARGIN - 2 * (CORNER_MARK + GAP),
                CORNER_MARK);
        Square qr = new Square(right - QR_CLEAR - QR_SIZE, top + QR_CLEAR, QR_SIZE);

        float gridRight = qr.x() - QR_CLEAR - GAP;
        float gridLeft = gridRight - spec.rollDigits() * ROLL_PITCH;
        float boxesTop = top + CAPTION;
        float digitsTop = boxesTop + WRITE_IN + 0.6f * MM;
        float headerBottom = digitsTop + 10 * ROLL_PITCH;
        RollGrid roll = spec.student() != null ? null : rollGrid(spec.rollDigits(), gridLeft, top, boxesTop, digitsTop);
        float nameRight = gridLeft - 2 * GAP;
        Rect nameBox = new Rect(left, boxesTop, nameRight - left, 9 * MM);
        float instructionsTop = nameBox.y() + nameBox.height() + GAP;
        Rect instructions = new Rect(left, instructionsTop, nameRight - left, headerBottom - instructionsTop);

        int perRow = perRow(spec.items());
        float columnWidth = NUMBER_WIDTH + perRow * BUBBLE_PITCH;
        float areaTop = headerBottom + GAP;
        int columns = Math.max(1, (int) ((right - left + COLUMN_GAP) / (columnWidth + COLUMN_GAP)));
        float columnGap = columns == 1 ? 0
                : Math.min(MAX_COLUMN_GAP, (right - left - columns * columnWidth) / (columns - 1));
        int rows = (int) ((bottom - areaTop) / ROW_PITCH);

        List<List<Question>> pages = new ArrayList<>();
        List<Question> page = new ArrayList<>();
        int column = 0;
        int row = 0;
        for (SheetSpec.Item item : spec.items()) {
            List<Step> boxes = hasBubbles(item.type()) ? List.of() : boxValues(new BigDecimal(item.marks()));
            int lines = boxes.isEmpty() ? 1 : (boxes.size() + perRow - 1) / perRow;
            if (row + lines > rows) {
                column++;
                row = 0;
            }
            if (column == columns) {
                pages.add(page);
                page = new ArrayList<>();
                column = 0;
            }
            float x = left + column * (columnWidth + columnGap);
            float firstCentre = areaTop + row * ROW_PITCH + ROW_PITCH / 2;
            float numberRight = x + NUMBER_WIDTH - 1.5f * MM;
            float baseline = firstCentre + 1.1f * MM;
            float bubblesLeft = x + NUMBER_WIDTH + BUBBLE_PITCH / 2;
            if (boxes.isEmpty()) {
                List<Bubble> bubbles = new ArrayList<>();
                List<String> labels = labels(spec, item);
                for (int i = 0; i < labels.size(); i++) {
                    bubbles.add(new Bubble(labels.get(i), bubblesLeft + i * BUBBLE_PITCH, firstCentre, BUBBLE_RADIUS));
                }
                page.add(new Question(item.number(), item.type(), numberRight, baseline, bubbles, List.of()));
            } else {
                List<MarkBox> marked = new ArrayList<>();
                for (int i = 0; i < boxes.size(); i++) {
                    float cx = bubblesLeft + (i % perRow) * BUBBLE_PITCH;
                    float cy = firstCentre + (i / perRow) * ROW_PITCH;
                    marked.add(new MarkBox(boxes.get(i).label(), boxes.get(i).marks(), cx - BOX_SIZE / 2, cy - BOX_SIZE / 2,
                            BOX_SIZE));
                }
                page.add(new Question(item.number(), item.type(), numberRight, baseline, List.of(), marked));
            }
            row += lines;
        }
        pages.add(page);
        if (pages.size() > MAX_PAGES) {
            throw new BadInputException("Set " + spec.set() + "'s answer sheet would need " + pages.size()
                    + " pages; a sheet has at most " + MAX_PAGES + " — draw fewer questions, or leave out the answer"
                    + " sheets (answer-sheet: false) for a paper this long.");
        }
        List<SheetGeometry> sheets = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            sheets.add(new SheetGeometry(width, height, spec.set(), i + 1, pages.size(), corners, qr, title, nameBox,
                    instructions, roll, pages.get(i)));
        }
        return sheets;
    }

    private static RollGrid rollGrid(int digits, float gridLeft, float top, float boxesTop, float digitsTop) {
        List<Rect> boxes = new ArrayList<>();
        List<List<Bubble>> columns = new ArrayList<>();
        for (int c = 0; c < digits; c++) {
            float cx = gridLeft + c * ROLL_PITCH + ROLL_PITCH / 2;
            boxes.add(new Rect(cx - WRITE_IN / 2, boxesTop, WRITE_IN, WRITE_IN));
            List<Bubble> column = new ArrayList<>();
            for (int d = 0; d < 10; d++) {
                column.add(new Bubble(Integer.toString(d), cx, digitsTop + d * ROLL_PITCH + ROLL_PITCH / 2,
                        BUBBLE_RADIUS));
            }
            columns.add(column);
        }
        return new RollGrid(new Rect(gridLeft, top, digits * ROLL_PITCH, CAPTION), boxes, columns);
    }

    /** How many bubbles or boxes a row of a column holds: the most options, at least two. */
    private static int perRow(List<SheetSpec.Item> items) {
        int most = 2;
        for (SheetSpec.Item item : items) {
            if (hasBubbles(item.type())) {
                most = Math.max(most, item.type().equals("truefalse") ? 2 : item.options());
            } else {
                most = Math.max(most, Math.min(MAX_BOXES_PER_ROW, boxValues(new BigDecimal(item.marks())).size()));
            }
        }
        return Math.min(most, MAX_OPTIONS);
    }

    private static List<String> labels(SheetSpec spec, SheetSpec.Item item) {
        if (item.type().equals("truefalse")) {
            return List.of("T", "F");
        }
        if (item.options() < 1 || item.options() > MAX_OPTIONS) {
            throw new IllegalArgumentException("question " + item.number() + " has " + item.options() + " options");
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < item.options(); i++) {
            labels.add(spec.labels().name(i));
        }
        return labels;
    }

    /**
     * The marker boxes for an item of these marks: 0, ½, 1, … up to its marks, in steps of ½ up
     * to 5 marks, then of 1, 2, 5, … so that there are at most {@value #MAX_BOXES}; the item's own
     * marks close the row when the steps pass them by.
     */
    static List<Step> boxValues(BigDecimal marks) {
        if (marks.signum() <= 0) {
            throw new IllegalArgumentException("marks " + marks);
        }
        BigDecimal step = STEPS[STEPS.length - 1];
        for (BigDecimal candidate : STEPS) {
            if (marks.divide(candidate, 0, RoundingMode.FLOOR).intValueExact() < MAX_BOXES - 1) {
                step = candidate;
                break;
            }
        }
        if (marks.compareTo(BigDecimal.valueOf(5)) > 0 && step.equals(HALF)) {
            step = BigDecimal.ONE;
        }
        List<Step> values = new ArrayList<>();
        BigDecimal value = BigDecimal.ZERO;
        while (value.compareTo(marks) <= 0) {
            values.add(new Step(label(value), Marks.format(value)));
            value = value.add(step);
        }
        if (value.subtract(step).compareTo(marks) < 0) {
            values.add(new Step(label(marks), Marks.format(marks)));
        }
        return values;
    }

    /** A marker box's value: as printed in it ({@code 1½}) and as the manifest writes marks ({@code 1.5}). */
    record Step(String label, String marks) {
    }

    /** A mark as a marker reads it: {@code 0}, {@code ½}, {@code 2½}, {@code 0.25}. */
    static String label(BigDecimal value) {
        BigDecimal whole = value.setScale(0, RoundingMode.FLOOR);
        BigDecimal rest = value.subtract(whole);
        if (rest.compareTo(HALF) == 0) {
            return (whole.signum() == 0 ? "" : Marks.format(whole)) + "½";
        }
        return Marks.format(value);
    }
}

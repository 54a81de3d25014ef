package papersetter.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import papersetter.model.OptionLabels;
import papersetter.sheet.SheetGeometry.Bubble;
import papersetter.sheet.SheetGeometry.Corner;
import papersetter.sheet.SheetGeometry.MarkBox;
import papersetter.sheet.SheetGeometry.Question;

class SheetPlannerTest {
    static final float A4_WIDTH = 595.276f;
    static final float A4_HEIGHT = 841.89f;
    static final float LETTER_WIDTH = 612;
    static final float LETTER_HEIGHT = 792;
    private static final float TEN_MM = 10 * 72 / 25.4f;

    static List<SheetSpec.Item> mcqs(int count, int options) {
        List<SheetSpec.Item> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(new SheetSpec.Item(i, "mcq", options, "1"));
        }
        return items;
    }

    static SheetSpec spec(float width, float height, List<SheetSpec.Item> items) {
        return new SheetSpec(width, height, "A", OptionLabels.UPPER, 8, null, items);
    }

    @Test
    void aHundredEightOptionItemsFitOneA4OrLetterPage() {
        for (float[] page : new float[][] {{A4_WIDTH, A4_HEIGHT}, {LETTER_WIDTH, LETTER_HEIGHT}}) {
            List<SheetGeometry> sheets = SheetPlanner.plan(spec(page[0], page[1], mcqs(100, 8)));
            assertThat(sheets).hasSize(1);
            assertThat(sheets.get(0).questions()).hasSize(100);
            assertThat(sheets.get(0).questions().get(99).bubbles()).extracting(Bubble::label)
                    .containsExactly("A", "B", "C", "D", "E", "F", "G", "H");
        }
    }

    @Test
    void moreItemsThanAPageHoldsGoOnFurtherPagesInOrder() {
        List<SheetGeometry> sheets = SheetPlanner.plan(spec(A4_WIDTH, A4_HEIGHT, mcqs(400, 8)));
        assertThat(sheets.size()).isGreaterThan(1);
        List<Integer> numbers = new ArrayList<>();
        for (SheetGeometry sheet : sheets) {
            assertThat(sheet.pages()).isEqualTo(sheets.size());
            sheet.questions().forEach(q -> numbers.add(q.number()));
        }
        assertThat(numbers).hasSize(400).isSorted();
        assertThat(sheets).extracting(SheetGeometry::page).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, sheets.size()).boxed().toArray(Integer[]::new));
    }

    @Test
    void labelsFollowThePapersOptionLabelsAndTrueFalseIsTF() {
        SheetSpec spec = new SheetSpec(A4_WIDTH, A4_HEIGHT, "B", OptionLabels.ROMAN, 6, null, List.of(
                new SheetSpec.Item(1, "mcq", 4, "1"), new SheetSpec.Item(2, "truefalse", 0, "1"),
                new SheetSpec.Item(3, "multi", 5, "2")));
        List<Question> questions = SheetPlanner.plan(spec).get(0).questions();
        assertThat(questions.get(0).bubbles()).extracting(Bubble::label).containsExactly("i", "ii", "iii", "iv");
        assertThat(questions.get(1).bubbles()).extracting(Bubble::label).containsExactly("T", "F");
        assertThat(questions.get(2).bubbles()).extracting(Bubble::label).containsExactly("i", "ii", "iii", "iv", "v");
        assertThat(SheetPlanner.plan(spec).get(0).roll().digits()).hasSize(6).allSatisfy(c -> assertThat(c)
                .extracting(Bubble::label).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    @Test
    void writtenItemsGetMarkerBoxesInHalvesUpToTheirMarks() {
        SheetSpec spec = spec(A4_WIDTH, A4_HEIGHT, List.of(new SheetSpec.Item(1, "short", 0, "2"),
                new SheetSpec.Item(2, "fill", 0, "1.25"), new SheetSpec.Item(3, "long", 0, "12"),
                new SheetSpec.Item(4, "numeric", 0, "1")));
        List<Question> questions = SheetPlanner.plan(spec).get(0).questions();
        assertThat(questions.get(0).boxes()).extracting(MarkBox::label).containsExactly("0", "½", "1", "1½", "2");
        assertThat(questions.get(0).boxes()).extracting(MarkBox::marks).containsExactly("0", "0.5", "1", "1.5", "2");
        assertThat(questions.get(1).boxes()).extracting(MarkBox::label).containsExactly("0", "½", "1", "1.25");
        assertThat(questions.get(2).boxes()).extracting(MarkBox::marks).hasSize(13).startsWith("0", "1", "2")
                .endsWith("12");
        assertThat(questions.get(3).boxes()).extracting(MarkBox::label).containsExactly("0", "½", "1");
        assertThat(questions).allSatisfy(q -> assertThat(q.bubbles()).isEmpty());
    }

    @Test
    void largeMarksGetCoarserStepsButAlwaysZeroAndTheFullMarks() {
        for (String marks : new String[] {"40", "100", "999.5", "1000"}) {
            List<SheetPlanner.Step> values = SheetPlanner.boxValues(new java.math.BigDecimal(marks));
            assertThat(values.size()).isLessThanOrEqualTo(42);
            assertThat(values.get(0).marks()).isEqualTo("0");
            assertThat(values.get(values.size() - 1).marks()).isEqualTo(marks);
        }
    }

    @Test
    void aSheetLongerThanItsQrCodeCanNumberIsRefusedInWords() {
        List<SheetSpec.Item> items = new ArrayList<>();
        for (int i = 1; i <= 4000; i++) {
            items.add(new SheetSpec.Item(i, "long", 0, "40"));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SheetPlanner.plan(spec(A4_WIDTH, A4_HEIGHT, items)))
                .isInstanceOf(papersetter.model.BadInputException.class)
                .hasMessageContaining("Set A's answer sheet would need").hasMessageContaining("at most 99");
    }

    @Test
    void aPersonalisedSheetHasNoRollGrid() {
        SheetSpec spec = new SheetSpec(A4_WIDTH, A4_HEIGHT, "A", OptionLabels.UPPER, 8,
                new SheetSpec.Student("17", "Ana"), mcqs(3, 4));
        assertThat(SheetPlanner.plan(spec).get(0).roll()).isNull();
    }

    @Test
    void oneCornerMarkDiffersSoOrientationShows() {
        SheetGeometry sheet = SheetPlanner.plan(spec(A4_WIDTH, A4_HEIGHT, mcqs(5, 4))).get(0);
        assertThat(sheet.corners()).extracting(SheetGeometry.CornerMark::corner).containsExactly(Corner.values());
        assertThat(sheet.corners()).filteredOn(c -> c.size() == SheetPlanner.CORNER_MARK).hasSize(3);
        assertThat(sheet.corners().get(2).size()).isLessThan(SheetPlanner.CORNER_MARK);
    }

    @Property(tries = 30)
    void everythingStaysInsideTheMarginsAndNothingOverlaps(@ForAll @IntRange(min = 1, max = 260) int count,
            @ForAll @IntRange(min = 2, max = 8) int options, @ForAll @IntRange(min = 1, max = 12) int digits,
            @ForAll boolean letter, @ForAll @IntRange(min = 0, max = 6) int written) {
        List<SheetSpec.Item> items = new ArrayList<>();
        String[] types = {"mcq", "multi", "truefalse"};
        for (int i = 1; i <= count; i++) {
            boolean isWritten = written > 0 && i % (written + 1) == 0;
            items.add(isWritten ? new SheetSpec.Item(i, i % 2 == 0 ? "short" : "long", 0, Integer.toString(i % 9 + 1))
                    : new SheetSpec.Item(i, types[i % 3], options, "1"));
        }
        float width = letter ? LETTER_WIDTH : A4_WIDTH;
        float height = letter ? LETTER_HEIGHT : A4_HEIGHT;
        List<SheetGeometry> sheets = SheetPlanner.plan(new SheetSpec(width, height, "C", OptionLabels.UPPER, digits,
                null, items));
        assertThat(sheets).isEqualTo(SheetPlanner.plan(new SheetSpec(width, height, "C", OptionLabels.UPPER, digits,
                null, items)));
        for (SheetGeometry sheet : sheets) {
            List<float[]> boxes = new ArrayList<>();
            sheet.corners().forEach(c -> boxes.add(box(c.x() - c.size() / 2, c.y() - c.size() / 2, c.size(), c.size())));
            float clear = SheetPlanner.QR_CLEAR;
            boxes.add(box(sheet.qr().x() - clear, sheet.qr().y() - clear, sheet.qr().size() + 2 * clear,
                    sheet.qr().size() + 2 * clear));
            boxes.add(box(sheet.title().x(), sheet.title().y(), sheet.title().width(), sheet.title().height()));
            boxes.add(box(sheet.nameBox().x(), sheet.nameBox().y() - 4 * 72 / 25.4f, sheet.nameBox().width(),
                    sheet.nameBox().height() + 4 * 72 / 25.4f));
            boxes.add(box(sheet.instructions().x(), sheet.instructions().y(), sheet.instructions().width(),
                    sheet.instructions().height()));
            sheet.roll().boxes().forEach(r -> boxes.add(box(r.x(), r.y(), r.width(), r.height())));
            sheet.roll().digits().forEach(column -> column.forEach(b -> boxes.add(circle(b))));
            for (Question q : sheet.questions()) {
                boxes.add(box(q.numberRight() - 6 * 72 / 25.4f, q.baseline() - 3 * 72 / 25.4f, 6 * 72 / 25.4f,
                        3.5f * 72 / 25.4f));
                q.bubbles().forEach(b -> boxes.add(circle(b)));
                q.boxes().forEach(b -> boxes.add(box(b.x(), b.y(), b.size(), b.size())));
            }
            for (int i = 0; i < boxes.size(); i++) {
                float[] a = boxes.get(i);
                assertThat(a[0]).isGreaterThanOrEqualTo(TEN_MM);
                assertThat(a[1]).isGreaterThanOrEqualTo(TEN_MM);
                assertThat(a[2]).isLessThanOrEqualTo(width - TEN_MM);
                assertThat(a[3]).isLessThanOrEqualTo(height - TEN_MM);
                for (int j = i + 1; j < boxes.size(); j++) {
                    float[] b = boxes.get(j);
                    boolean apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
                    assertThat(apart).as("%s and %s overlap", java.util.Arrays.toString(a),
                            java.util.Arrays.toString(b)).isTrue();
                }
            }
        }
    }

    private static float[] box(float x, float y, float w, float h) {
        return new float[] {x, y, x + w, y + h};
    }

    private static float[] circle(Bubble b) {
        return box(b.x() - b.radius(), b.y() - b.radius(), 2 * b.radius(), 2 * b.radius());
    }
}

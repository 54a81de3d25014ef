package papersetter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Page planning, on block shapes alone: nothing torn that fits, nothing lost, nothing overfull. */
class PagePlannerTest {
    private static final float PAGE = 700;

    @Test
    void aBlockThatDoesNotFitTheRestOfAPageMovesWhole() {
        List<PagePlanner.Shape> blocks = List.of(shape(400), shape(200, 200));
        List<List<PagePlanner.Piece>> pages = PagePlanner.plan(blocks, PAGE);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1)).containsExactly(new PagePlanner.Piece(1, 0, 2));
    }

    @Test
    void aHeadingNeverEndsAPage() {
        PagePlanner.Shape heading = new PagePlanner.Shape(new float[] {30}, Integer.MAX_VALUE, true);
        List<PagePlanner.Shape> blocks = List.of(shape(650), heading, shape(100));
        List<List<PagePlanner.Piece>> pages = PagePlanner.plan(blocks, PAGE);
        assertThat(pages.get(0)).extracting(PagePlanner.Piece::block).containsExactly(0);
        assertThat(pages.get(1)).extracting(PagePlanner.Piece::block).containsExactly(1, 2);
    }

    @Test
    void aHeadingMovesWithAQuestionThatWillNotBeSplit() {
        PagePlanner.Shape heading = new PagePlanner.Shape(new float[] {30}, Integer.MAX_VALUE, true);
        // A written question: its stem and first lines are kept together, but it fits a page whole,
        // so it moves whole, and the heading must go with it.
        PagePlanner.Shape question = new PagePlanner.Shape(new float[] {40, 23, 23, 23, 23, 23, 23, 23, 23, 23}, 4,
                false);
        List<PagePlanner.Shape> blocks = List.of(shape(450), heading, question);
        List<List<PagePlanner.Piece>> pages = PagePlanner.plan(blocks, PAGE);
        assertThat(pages.get(0)).extracting(PagePlanner.Piece::block).containsExactly(0);
        assertThat(pages.get(1)).extracting(PagePlanner.Piece::block).containsExactly(1, 2);
    }

    @Test
    void aHeadingFirstUnderTheHeaderMovesWithWhatFollowsWhenTheyDoNotFitThere() {
        PagePlanner.Shape heading = new PagePlanner.Shape(new float[] {30}, Integer.MAX_VALUE, true);
        List<PagePlanner.Shape> blocks = List.of(heading, shape(100, 100, 100));
        // The first frame is short: the header takes 500 of it.
        List<List<PagePlanner.Piece>> pages = PagePlanner.plan(blocks, frame -> frame == 0 ? 200f : PAGE);
        assertThat(pages.get(0)).isEmpty();
        assertThat(pages.get(1)).extracting(PagePlanner.Piece::block).containsExactly(0, 1);
    }

    @Test
    void aBlockTallerThanAPageSplitsAfterItsKeptRows() {
        float[] rows = new float[40];
        java.util.Arrays.fill(rows, 25);
        List<PagePlanner.Shape> blocks = List.of(shape(300), new PagePlanner.Shape(rows, 5, false));
        List<List<PagePlanner.Piece>> pages = PagePlanner.plan(blocks, PAGE);
        assertThat(pages.get(0).get(1).to() - pages.get(0).get(1).from()).isGreaterThanOrEqualTo(5);
        assertThat(pages.stream().flatMap(List::stream).filter(p -> p.block() == 1)
                .mapToInt(p -> p.to() - p.from()).sum()).isEqualTo(40);
    }

    @Property
    void everyRowIsPlacedOnceInOrderAndNoPageOverflows(@ForAll("documents") List<PagePlanner.Shape> blocks) {
        List<List<PagePlanner.Piece>> pages = PagePlanner.plan(blocks, PAGE);
        List<int[]> placed = new ArrayList<>();
        for (List<PagePlanner.Piece> page : pages) {
            float used = 0;
            for (PagePlanner.Piece piece : page) {
                used += blocks.get(piece.block()).height(piece.from(), piece.to());
                for (int r = piece.from(); r < piece.to(); r++) {
                    placed.add(new int[] {piece.block(), r});
                }
            }
            boolean singleOversizedRow = page.size() == 1 && page.get(0).to() - page.get(0).from() == 1;
            if (!singleOversizedRow) {
                assertThat(used).isLessThanOrEqualTo(PAGE + 0.01f);
            }
        }
        List<int[]> expected = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (int r = 0; r < blocks.get(b).rows().length; r++) {
                expected.add(new int[] {b, r});
            }
        }
        assertThat(placed).usingElementComparator((x, y) -> x[0] == y[0] && x[1] == y[1] ? 0 : 1)
                .containsExactlyElementsOf(expected);
    }

    @Property
    void aBlockThatFitsOnAPageIsNeverSplit(@ForAll("documents") List<PagePlanner.Shape> blocks) {
        List<List<PagePlanner.Piece>> pages = PagePlanner.plan(blocks, PAGE);
        for (List<PagePlanner.Piece> page : pages) {
            for (PagePlanner.Piece piece : page) {
                PagePlanner.Shape shape = blocks.get(piece.block());
                if (shape.height() <= PAGE) {
                    assertThat(piece.from()).isZero();
                    assertThat(piece.to()).isEqualTo(shape.rows().length);
                }
            }
        }
    }

    /**
     * With the marks of a block that goes on ("continued on the next page", "Question 7 (continued)")
     * and a short first frame under the header: every row still lands once and in order, no frame
     * holds more than it can (marks included), and a split block keeps its first lines together.
     */
    @Property
    void withContinuedMarksEveryRowIsPlacedOnceInOrderAndNoFrameIsOverfilled(
            @ForAll("lines") List<PagePlanner.Shape> blocks,
            @ForAll @net.jqwik.api.constraints.FloatRange(min = 150, max = 700) float firstFrame,
            @ForAll @net.jqwik.api.constraints.FloatRange(min = 0, max = 30) float above,
            @ForAll @net.jqwik.api.constraints.FloatRange(min = 0, max = 30) float below) {
        java.util.function.IntFunction<Float> frames = frame -> frame == 0 ? firstFrame : PAGE;
        List<List<PagePlanner.Piece>> pages = PagePlanner.plan(blocks, frames, above, below);
        List<int[]> placed = new ArrayList<>();
        for (int f = 0; f < pages.size(); f++) {
            float used = 0;
            boolean oversized = false;
            for (PagePlanner.Piece piece : pages.get(f)) {
                PagePlanner.Shape shape = blocks.get(piece.block());
                used += shape.height(piece.from(), piece.to());
                if (piece.from() > 0) {
                    used += above;
                }
                if (piece.to() < shape.rows().length) {
                    used += below;
                    int least = Math.min(shape.leastKeep(), shape.rows().length);
                    if (piece.from() == 0 && shape.height(0, least) <= Math.min(frames.apply(f), PAGE) - below) {
                        assertThat(piece.to()).as("a split block keeps its first lines together")
                                .isGreaterThanOrEqualTo(least);
                    }
                }
                oversized |= piece.to() - piece.from() == 1 && shape.height(piece.from(), piece.to())
                        > frames.apply(f) - above - below;
                for (int r = piece.from(); r < piece.to(); r++) {
                    placed.add(new int[] {piece.block(), r});
                }
            }
            if (!oversized) {
                assertThat(used).as("frame %d", f).isLessThanOrEqualTo(frames.apply(f) + 0.01f);
            }
        }
        List<int[]> expected = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (int r = 0; r < blocks.get(b).rows().length; r++) {
                expected.add(new int[] {b, r});
            }
        }
        assertThat(placed).usingElementComparator((x, y) -> x[0] == y[0] && x[1] == y[1] ? 0 : 1)
                .containsExactlyElementsOf(expected);
    }

    /** Blocks cut into lines, as the composer gives them: many short rows, some blocks longer than a page. */
    @Provide
    Arbitrary<List<PagePlanner.Shape>> lines() {
        Arbitrary<PagePlanner.Shape> block = Combinators.combine(
                Arbitraries.floats().between(2, 60).array(float[].class).ofMinSize(1).ofMaxSize(80),
                Arbitraries.integers().between(1, 90),
                Arbitraries.of(false, false, false, true),
                Arbitraries.integers().between(1, 4))
                .as(PagePlanner.Shape::new);
        return block.list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<PagePlanner.Shape>> documents() {
        Arbitrary<PagePlanner.Shape> block = Combinators.combine(
                Arbitraries.floats().between(5, 260).array(float[].class).ofMinSize(1).ofMaxSize(12),
                Arbitraries.integers().between(1, 6),
                Arbitraries.of(false, false, false, true))
                .as(PagePlanner.Shape::new);
        return block.list().ofMinSize(1).ofMaxSize(30);
    }

    private static PagePlanner.Shape shape(float... rows) {
        return new PagePlanner.Shape(rows, Integer.MAX_VALUE, false);
    }
}

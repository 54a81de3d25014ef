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
import net.jqwik.api.constraints.FloatRange;
import org.junit.jupiter.api.Test;

/** Line breaking, with fonts whose every character is half an em wide: nothing lost, nothing past the edge. */
class TextFlowProperties {
    /** Every character half the size wide; ascent 0.8 and descent 0.2 of the size. */
    private static final Metrics HALF_EM = new Metrics() {
        @Override
        public float width(Face face, String text, float size) {
            return text.codePointCount(0, text.length()) * size / 2;
        }

        @Override
        public float ascent(Face face, float size) {
            return 0.8f * size;
        }

        @Override
        public float descent(Face face, float size) {
            return 0.2f * size;
        }
    };
    private static final Style BODY = Style.of(Face.REGULAR, 10);
    private static final Style CODE = new Style(Face.MONO, 9, Style.INK, DocumentStyle.CODE_BACKGROUND);

    @Property(tries = 300)
    void noCharacterIsLostOrRepeated(@ForAll("texts") List<Run> runs, @ForAll @FloatRange(min = 20, max = 400) float width) {
        Figure figure = flow(runs, width);
        StringBuilder shown = new StringBuilder();
        for (Ink ink : figure.inks()) {
            if (ink instanceof Ink.Text text) {
                shown.append(text.text());
            }
        }
        StringBuilder given = new StringBuilder();
        runs.forEach(run -> given.append(run.text()));
        assertThat(withoutSpace(shown)).isEqualTo(withoutSpace(given));
    }

    @Property(tries = 300)
    void noInkedTextCrossesTheRightEdge(@ForAll("texts") List<Run> runs,
            @ForAll @FloatRange(min = 20, max = 400) float width) {
        Figure figure = flow(runs, width);
        for (Ink ink : figure.inks()) {
            if (ink instanceof Ink.Text text) {
                String inked = text.text().stripTrailing();
                float right = text.x() + HALF_EM.width(text.style().face(), inked, text.style().size());
                // A single character wider than the line is the one thing that cannot be helped.
                if (inked.codePointCount(0, inked.length()) > 1) {
                    assertThat(right).as("'%s' in %s pt", inked, width).isLessThanOrEqualTo(width + 0.01f);
                }
                assertThat(text.x()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Property(tries = 200)
    void linesGoDownTheFigureAndItsHeightReachesTheLast(@ForAll("texts") List<Run> runs,
            @ForAll @FloatRange(min = 20, max = 400) float width) {
        Figure figure = flow(runs, width);
        float lastBaseline = 0;
        for (Ink ink : figure.inks()) {
            if (ink instanceof Ink.Text text) {
                assertThat(text.baseline()).isGreaterThan(0);
                lastBaseline = Math.max(lastBaseline, text.baseline());
            }
        }
        assertThat(figure.height()).isGreaterThanOrEqualTo(lastBaseline);
    }

    @Test
    void wordsWrapAtSpacesAndAWordIsNeverSplitWhenItFitsALine() {
        // 5 pt a character: "alpha beta gamma" is 80 pt; at 60 pt "gamma" goes to the second line.
        Figure figure = flow(List.of(new Run("alpha beta gamma", BODY)), 60);
        List<String> lines = lines(figure);
        assertThat(lines).containsExactly("alpha beta", "gamma");
    }

    @Test
    void aForcedBreakStartsANewLineAndCodeIsShaded() {
        Figure figure = flow(List.of(new Run("call ", BODY), new Run("run()", CODE), new Run("\nthen stop", BODY)), 400);
        assertThat(lines(figure)).containsExactly("call run()", "then stop");
        assertThat(figure.inks()).filteredOn(ink -> ink instanceof Ink.Fill).hasSize(1);
    }

    @Test
    void aWordWiderThanTheLineIsBrokenBetweenCharacters() {
        Figure figure = flow(List.of(new Run("abcdefghij", BODY)), 20);
        assertThat(lines(figure)).containsExactly("abcd", "efgh", "ij");
    }

    private static Figure flow(List<Run> runs, float width) {
        return new TextFlow(HALF_EM).paragraph(TextFlow.Paragraph.of(runs, 1.3f, BODY), width);
    }

    /** The text of each line, joined across its inks. */
    private static List<String> lines(Figure figure) {
        List<String> lines = new ArrayList<>();
        float baseline = -1;
        for (Ink ink : figure.inks()) {
            if (ink instanceof Ink.Text text) {
                if (text.baseline() != baseline) {
                    lines.add("");
                    baseline = text.baseline();
                }
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + text.text());
            }
        }
        return lines.stream().map(String::strip).toList();
    }

    private static String withoutSpace(CharSequence text) {
        return text.toString().replaceAll("\\s", "");
    }

    @Provide
    Arbitrary<List<Run>> texts() {
        Arbitrary<String> words = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzé_-()").ofMinLength(1)
                .ofMaxLength(30);
        Arbitrary<String> text = Combinators.combine(words.list().ofMinSize(1).ofMaxSize(12),
                Arbitraries.of(" ", "\n", "  ")).as((list, gap) -> String.join(gap, list));
        Arbitrary<Run> run = Combinators.combine(text, Arbitraries.of(BODY, CODE)).as(Run::new);
        return run.list().ofMinSize(1).ofMaxSize(5);
    }
}

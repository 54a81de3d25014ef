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

/**
 * Line breaking with the real fonts, shaping and the bidirectional algorithm, over text mixing
 * Latin, code, Hindi, Arabic, Hebrew, Thai and Chinese: no character is lost or repeated, and no
 * glyph crosses either edge of the column.
 */
class ScriptLineBreakingTest {
    private static final Style BODY = Style.of(Face.REGULAR, 10);
    private static final Style CODE = new Style(Face.MONO, 9, Style.INK, DocumentStyle.CODE_BACKGROUND);
    private static final List<String> WORDS = List.of("alpha", "beta-gamma", "x_1", "क्षत्रिय", "संयुक्ताक्षर",
            "पुस्तक।", "القاهرة", "عاصمة", "مصر؟", "ירושלים", "בירת", "กรุงเทพมหานครเป็นเมืองหลวง", "ภาษาไทย",
            "中华人民共和国的首都是北京。", "日本語とカタカナ", "len()", "969", "𝑓(𝑥)", "supercalifragilisticexpialidocious");
    private static final String ARABIC_WITH_CODE = "اكتب دالة `len()` في بايثون";
    /** Fonts cut down to these texts, as a run's are to its bank's. */
    private static final RunFonts FONTS = RunFonts.forTexts(Layout.DEFAULTS,
            java.util.stream.Stream.concat(WORDS.stream(), java.util.stream.Stream.of(ARABIC_WITH_CODE)).toList());

    @Property(tries = 150)
    void noCharacterIsLostOrRepeated(@ForAll("texts") List<Run> runs, @ForAll @FloatRange(min = 20, max = 400) float width) {
        Figure figure = new TextFlow(FONTS).paragraph(TextFlow.Paragraph.of(runs, 1.3f, BODY), width);
        StringBuilder shown = new StringBuilder();
        StringBuilder glyphTexts = new StringBuilder();
        for (Ink ink : figure.inks()) {
            if (ink instanceof Ink.Text text) {
                shown.append(text.text());
                for (GlyphRun run : text.glyphs()) {
                    glyphTexts.append(run.text());
                    if (!run.text().isBlank()) {
                        assertThat(run.glyphs()).as("glyphs of '%s'", run.text()).isNotEmpty();
                    }
                }
            }
        }
        StringBuilder given = new StringBuilder();
        runs.forEach(run -> given.append(run.text()));
        // Right-to-left pieces stand in line order, so the characters are compared as a multiset.
        assertThat(sorted(shown)).isEqualTo(sorted(given));
        assertThat(sorted(glyphTexts)).isEqualTo(sorted(given));
    }

    @Property(tries = 150)
    void noGlyphCrossesAnEdge(@ForAll("texts") List<Run> runs, @ForAll @FloatRange(min = 20, max = 400) float width) {
        Figure figure = new TextFlow(FONTS).paragraph(TextFlow.Paragraph.of(runs, 1.3f, BODY), width);
        for (Ink ink : figure.inks()) {
            if (ink instanceof Ink.Text text) {
                float size = text.style().size();
                float left = Float.MAX_VALUE;
                float right = -Float.MAX_VALUE;
                int clusters = 0;
                for (GlyphRun run : text.glyphs()) {
                    if (run.glyphs().length > 0) {
                        left = Math.min(left, text.x() + run.start() * size / 1000);
                        right = Math.max(right, text.x() + run.end() * size / 1000);
                        clusters += java.util.Arrays.stream(run.clusters()).distinct().count();
                    }
                }
                if (clusters == 0) {
                    continue;
                }
                assertThat(left).as("'%s' at %s in %s pt", text.text(), text.x(), width).isGreaterThanOrEqualTo(-0.01f);
                // A single cluster wider than the line is the one thing that cannot be helped.
                if (clusters > 1 && !text.text().strip().isEmpty()) {
                    assertThat(right).as("'%s' in %s pt", text.text(), width).isLessThanOrEqualTo(width + 0.01f);
                }
            }
        }
    }

    @Test
    void thaiAndChineseBreakBetweenWordsWithoutSpaces() {
        Figure thai = new TextFlow(FONTS).paragraph(TextFlow.Paragraph.of(
                List.of(new Run("กรุงเทพมหานครเป็นเมืองหลวง", BODY)), 1.3f, BODY), 60);
        List<String> lines = lines(thai);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo("กรุงเทพมหานครเป็นเมืองหลวง");
        // The JDK's Thai dictionary breaks between words: never before a vowel sign or tone mark.
        for (String line : lines.subList(1, lines.size())) {
            assertThat(Character.getType(line.codePointAt(0))).isNotEqualTo((int) Character.NON_SPACING_MARK);
        }
        Figure chinese = new TextFlow(FONTS).paragraph(TextFlow.Paragraph.of(
                List.of(new Run("中华人民共和国的首都是北京。", BODY)), 1.3f, BODY), 50);
        assertThat(lines(chinese)).hasSizeGreaterThan(2);
        assertThat(String.join("", lines(chinese))).isEqualTo("中华人民共和国的首都是北京。");
    }

    @Test
    void aRightToLeftParagraphIsSetFromTheRightWithCodeLeftToRight() {
        Figure figure = new TextFlow(FONTS).paragraph(TextFlow.Paragraph.of(
                List.of(new Run("اكتب دالة ", BODY), new Run("len()", CODE), new Run(" في بايثون", BODY)), 1.3f, BODY), 300);
        List<Ink.Text> texts = figure.inks().stream().filter(ink -> ink instanceof Ink.Text).map(ink -> (Ink.Text) ink)
                .toList();
        Ink.Text code = texts.stream().filter(text -> text.text().equals("len()")).findFirst().orElseThrow();
        Ink.Text first = texts.stream().filter(text -> text.text().contains("اكتب")).findFirst().orElseThrow();
        Ink.Text last = texts.stream().filter(text -> text.text().contains("بايثون")).findFirst().orElseThrow();
        // Read from the right: the first words stand right of the code, the last ones left of it.
        assertThat(first.x()).isGreaterThan(code.x());
        assertThat(last.x()).isLessThan(code.x());
        float right = first.x() + first.glyphs().stream().map(GlyphRun::end).max(Float::compare).orElseThrow() * 10 / 1000;
        assertThat(right).isCloseTo(300, org.assertj.core.data.Offset.offset(0.5f));
        // The code's glyphs stand in its own order: l, e, n, (, ).
        assertThat(code.glyphs().get(0).rtl()).isFalse();
    }

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
        return lines;
    }

    private static List<Integer> sorted(CharSequence text) {
        return text.toString().replaceAll("\\s", "").codePoints().sorted().boxed().toList();
    }

    @Provide
    Arbitrary<List<Run>> texts() {
        Arbitrary<String> text = Combinators.combine(Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(10),
                Arbitraries.of(" ", "\n", "  ", "")).as((list, gap) -> String.join(gap, list));
        Arbitrary<Run> run = Combinators.combine(text, Arbitraries.of(BODY, CODE)).as(Run::new);
        return run.list().ofMinSize(1).ofMaxSize(4);
    }
}

package papersetter.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.model.Question;

/**
 * What a seed draws with --vary questions over many sets, pinned: a seed printed on last term's
 * papers must draw the same questions after the drawing code is made faster. The figures were taken
 * from the drawing code before it kept its per-set state from set to set; the bank is synthetic so
 * that edits to the shipped bank do not move them.
 */
class DrawingsStayTheSameTest {
    static final String SPEC = """
            title: Pinned
            sections:
              - heading: One
                topic: [t0, t1]
                count: 6
                quotas:
                  - topic: [t0]
                    at-least: 2
              - heading: Two
                count: 4
                marks: 6
            """;

    @TempDir
    Path scratch;

    private final List<Question> bank = MaxOverlapProperties.bank(80, 7);
    private final Usage usage = new Usage(Map.of("Q3", 2, "Q10", 1, "Q11", 1), Set.of("Q4"), "used lately");

    @Test
    void sixtySetsOfTheCommandLinesSimpleCase() {
        Drawing drawing = Drawer.draw(bank, PaperSpec.simple(Filter.ANY, 12), 60, Vary.QUESTIONS, OptionalInt.empty(),
                usage, purpose -> new Random(purpose.hashCode() * 31L + 5));
        assertThat(ids(drawing).lines().limit(3)).containsExactly(
                "Q0,Q12,Q18,Q20,Q21,Q41,Q52,Q58,Q63,Q75,Q76,Q78,|",
                "Q2,Q17,Q30,Q33,Q40,Q44,Q47,Q50,Q57,Q60,Q67,Q76,|",
                "Q6,Q12,Q19,Q21,Q33,Q41,Q47,Q50,Q53,Q58,Q60,Q67,|");
        assertThat(sha256(ids(drawing))).isEqualTo("8d8fe513b1e99899");
        assertThat(drawing.maxOverlap()).isEqualTo(8);
    }

    @Test
    void fortySetsOfASpecWithSectionsAndAQuota() throws IOException {
        Path spec = Files.writeString(scratch.resolve("pinned.yaml"), SPEC, StandardCharsets.UTF_8);
        Drawing drawing = Drawer.draw(bank, SpecReader.read(spec), 40, Vary.QUESTIONS, OptionalInt.empty(), usage,
                purpose -> new Random(purpose.hashCode() * 31L + 6));
        assertThat(ids(drawing).lines().limit(3)).containsExactly(
                "Q6,Q12,Q18,Q33,Q47,Q53,|Q30,Q52,Q63,Q71,|",
                "Q19,Q20,Q40,Q50,Q58,Q67,|Q14,Q57,Q76,Q78,|",
                "Q0,Q2,Q21,Q41,Q44,Q68,|Q29,Q60,Q63,Q75,|");
        assertThat(sha256(ids(drawing))).isEqualTo("4f6a83e0bd4c1122");
        assertThat(drawing.maxOverlap()).isEqualTo(5);
    }

    /** One line per set: each section's ids, then "|". */
    private static String ids(Drawing drawing) {
        StringBuilder text = new StringBuilder();
        for (List<DrawnSection> set : drawing.sets()) {
            for (DrawnSection section : set) {
                section.questions().forEach(q -> text.append(q.id()).append(','));
                text.append('|');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String sha256(String text) {
        return papersetter.model.Sha256.hex(text).substring(0, 16);
    }
}

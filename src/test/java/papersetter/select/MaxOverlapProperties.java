package papersetter.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.model.SourceRef;

/** With --vary questions, sets are equivalent (topics, types, marks) and never share more than --max-overlap. */
class MaxOverlapProperties {

    @Property(tries = 200)
    void setsRespectMaxOverlapOrTheDrawingSaysItCannot(@ForAll @IntRange(min = 2, max = 4) int sets,
            @ForAll @IntRange(min = 0, max = 8) int maxOverlap, @ForAll @IntRange(min = 1, max = 12) int count,
            @ForAll @IntRange(min = 12, max = 40) int bankSize, @ForAll long seed) {
        List<Question> bank = bank(bankSize, seed);
        PaperSpec spec = PaperSpec.simple(Filter.ANY, count);
        Drawing drawing;
        try {
            drawing = Drawer.draw(bank, spec, sets, Vary.QUESTIONS, OptionalInt.of(maxOverlap), Usage.NONE,
                    purpose -> new Random(seed ^ purpose.hashCode()));
        } catch (SelectionException e) {
            assertThat(e.getMessage()).contains("--max-overlap " + maxOverlap);
            return;
        }
        assertThat(drawing.maxOverlap()).isLessThanOrEqualTo(maxOverlap);
        List<List<String>> profiles = new ArrayList<>();
        for (List<DrawnSection> set : drawing.sets()) {
            List<Question> questions = set.stream().flatMap(s -> s.questions().stream()).toList();
            assertThat(questions).hasSize(count);
            assertThat(new HashSet<>(questions)).hasSize(count);
            profiles.add(questions.stream().map(q -> q.topic() + "/" + q.type() + "/" + q.marks()).sorted().toList());
        }
        assertThat(profiles).allMatch(p -> p.equals(profiles.get(0)));
        for (int a = 0; a < sets; a++) {
            for (int b = a + 1; b < sets; b++) {
                Set<Question> shared = new HashSet<>(drawing.sets().get(a).get(0).questions());
                shared.retainAll(drawing.sets().get(b).get(0).questions());
                assertThat(shared.size()).isLessThanOrEqualTo(maxOverlap);
            }
        }
    }

    /** A bank of short items on a few topics with 1 or 2 marks. */
    static List<Question> bank(int size, long seed) {
        Random random = new Random(seed);
        List<Question> bank = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String topic = "t" + random.nextInt(3);
            BigDecimal marks = BigDecimal.valueOf(1 + random.nextInt(2));
            bank.add(new Question("Q" + i, "l", topic, QuestionType.SHORT, "Question " + i, List.of(),
                    new Answer.Model("Answer"), marks, "", 1 + random.nextInt(5), List.of(), true, 0, Optional.empty(),
                    new SourceRef(Path.of("bank.csv"), i + 2)));
        }
        return bank;
    }
}

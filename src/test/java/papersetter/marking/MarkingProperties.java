package papersetter.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import papersetter.model.Answer;
import papersetter.model.KeyEntry;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.model.SourceRef;
import papersetter.shuffle.SetMaker;

/**
 * Whatever the paper, the answers and the scoring: a total never exceeds the paper's marks nor
 * falls below 0, and a student who writes each set's printed key scores full marks in every set.
 */
class MarkingProperties {

    @Property
    void theKeyAsPrintedScoresFullMarksInEverySet(@ForAll("questions") List<Question> questions,
            @ForAll @IntRange(min = 1, max = 5) int sets, @ForAll long seed, @ForAll("scorings") Scoring scoring)
            throws Scorer.Unreadable {
        for (Paper paper : SetMaker.makeSets(questions, sets, seed)) {
            Map<String, Scorer.Mark> marks = new HashMap<>();
            for (KeyEntry entry : paper.key().entries()) {
                marks.put(entry.question().id(), Scorer.score(entry.item(), keyAsTyped(entry), scoring));
            }
            Student student = Student.of(1, "1", "", paper, marks);
            assertThat(student.score()).as("set %s", paper.set()).isEqualByComparingTo(paper.totalMarks());
            assertThat(marks.values()).allMatch(Scorer.Mark::right);
        }
    }

    @Property
    void aTotalStaysBetweenZeroAndThePapersMarks(@ForAll("questions") List<Question> questions, @ForAll long seed,
            @ForAll("scorings") Scoring scoring, @ForAll("cells") List<String> cells) {
        Paper paper = SetMaker.makeSets(questions, 1, seed).get(0);
        Map<String, Scorer.Mark> marks = new HashMap<>();
        List<PaperItem> items = paper.items();
        for (int i = 0; i < items.size(); i++) {
            PaperItem item = items.get(i);
            Scorer.Mark mark;
            try {
                mark = Scorer.score(item, cells.get(i % cells.size()), scoring);
            } catch (Scorer.Unreadable e) {
                mark = Scorer.blank();
            }
            BigDecimal full = item.question().marks();
            assertThat(mark.marks()).isLessThanOrEqualTo(full)
                    .isGreaterThanOrEqualTo(Scorer.round(scoring.penalty(item.question().type()).multiply(full)));
            assertThat(mark.credit()).isBetween(0.0, 1.0);
            marks.put(item.question().id(), mark);
        }
        Student student = Student.of(1, "1", "", paper, marks);
        assertThat(student.score()).isLessThanOrEqualTo(paper.totalMarks()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
    }

    /** What a student types for the key: the printed letters, True/False, the first accepted words, full marks. */
    private static String keyAsTyped(KeyEntry entry) {
        Answer answer = entry.question().answer();
        if (answer instanceof Answer.Choice) {
            return String.join(", ", entry.item().correctLetters());
        } else if (answer instanceof Answer.TrueFalse tf) {
            return tf.value() ? "True" : "f";
        } else if (answer instanceof Answer.Blanks blanks) {
            return String.join(";", blanks.accepted().stream().map(a -> " " + a.get(0).toUpperCase() + " ").toList());
        } else if (answer instanceof Answer.Numeric numeric) {
            // The number the bank gives (a range's low end), with a decimal comma and the unit as people type them.
            java.math.BigDecimal value = numeric.accepted().form() == papersetter.model.NumericAnswers.Form.RANGE
                    ? numeric.accepted().low() : numeric.accepted().value();
            return value.toPlainString().replace('.', ',') + (numeric.unit().isEmpty() ? "" : " " + numeric.unit());
        }
        return entry.question().marks().toPlainString();
    }

    @Provide
    Arbitrary<Scoring> scorings() {
        Arbitrary<BigDecimal> penalty = Arbitraries.of("0", "-0.25", "-0.5", "-1", "-0.33").map(BigDecimal::new);
        return Combinators.combine(Arbitraries.of(true, false), penalty, penalty, penalty)
                .as((partial, mcq, tf, fill) -> new Scoring(partial, Map.of(QuestionType.MCQ, mcq,
                        QuestionType.MULTI, mcq, QuestionType.TRUEFALSE, tf, QuestionType.FILL, fill,
                        QuestionType.NUMERIC, fill)));
    }

    @Provide
    Arbitrary<List<String>> cells() {
        return Arbitraries.oneOf(Arbitraries.of("", " ", "A", "b", "AC", "A;C", "B, D", "T", "false", "yes", "0",
                "1", "0.5", "2", "99", "x", "one;two", "Paris", "h;e", "-1", "9.81", "9,8 m/s²", "2.5", "19.64 m", "1,500"), Arbitraries.strings().ofMaxLength(6))
                .list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Question>> questions() {
        return question().list().ofMinSize(1).ofMaxSize(10).map(list -> {
            List<Question> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Question q = list.get(i);
                unique.add(new Question("Q" + i, q.level(), q.topic(), q.type(), q.text(), q.options(), q.answer(),
                        q.marks(), "", 0, List.of(), q.shuffleOptions(), 0, Optional.empty(),
                        new SourceRef(Path.of("bank.csv"), i + 2)));
            }
            return unique;
        });
    }

    private Arbitrary<Question> question() {
        Arbitrary<BigDecimal> marks = Arbitraries.of("0.5", "1", "1.5", "2", "3", "5").map(BigDecimal::new);
        Arbitrary<QuestionType> types = Arbitraries.of(QuestionType.class);
        Arbitrary<Integer> options = Arbitraries.integers().between(2, 8);
        Arbitrary<Long> salt = Arbitraries.longs();
        return Combinators.combine(types, marks, options, salt).as((type, mark, count, bits) -> {
            List<String> optionTexts = new ArrayList<>();
            Answer answer;
            java.util.Random random = new java.util.Random(bits);
            switch (type) {
                case MCQ, MULTI -> {
                    for (int i = 0; i < count; i++) {
                        optionTexts.add("option " + i);
                    }
                    TreeSet<Integer> right = new TreeSet<>();
                    right.add(random.nextInt(count));
                    if (type == QuestionType.MULTI) {
                        for (int i = 0; i < count; i++) {
                            if (random.nextBoolean()) {
                                right.add(i);
                            }
                        }
                    }
                    answer = new Answer.Choice(right);
                }
                case TRUEFALSE -> answer = new Answer.TrueFalse(random.nextBoolean());
                case FILL -> {
                    List<List<String>> blanks = new ArrayList<>();
                    for (int i = 0; i <= random.nextInt(3); i++) {
                        blanks.add(random.nextBoolean() ? List.of("Paris") : List.of("on delete", "on_delete"));
                    }
                    answer = new Answer.Blanks(blanks);
                }
                case NUMERIC -> {
                    String[][] spellings = {{"9.81 ±0.05", "m/s²"}, {"2..3", ""}, {"19.6 (3 s.f.)", "m"}, {"42", ""},
                        {"0.35 (2 d.p.)", ""}, {"11 ±2%", "V"}};
                    String[] spelling = spellings[random.nextInt(spellings.length)];
                    try {
                        answer = new Answer.Numeric(papersetter.model.NumericAnswers.parse(spelling[0]), spelling[1]);
                    } catch (papersetter.model.NumericAnswers.Problem e) {
                        throw new AssertionError(e);
                    }
                }
                default -> answer = new Answer.Model("model answer");
            }
            return new Question("id", "level", "topic", type, "text", optionTexts, answer, mark, "", 0, List.of(),
                    random.nextBoolean(), 0, Optional.empty(), new SourceRef(Path.of("bank.csv"), 2));
        });
    }
}

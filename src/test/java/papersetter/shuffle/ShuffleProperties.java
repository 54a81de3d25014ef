package papersetter.shuffle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import papersetter.model.Answer;
import papersetter.model.Letters;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.model.SourceRef;

/** The shuffles are permutations, driven by the seed alone, and the key always follows them. */
class ShuffleProperties {

    @Property
    void everySetHoldsExactlyTheSelectedQuestionsOnce(@ForAll("questions") List<Question> questions,
            @ForAll @IntRange(min = 1, max = 6) int sets, @ForAll long seed) {
        for (Paper paper : SetMaker.makeSets(questions, sets, seed)) {
            assertThat(paper.items()).extracting(PaperItem::question).containsExactlyInAnyOrderElementsOf(questions);
            assertThat(paper.items()).extracting(PaperItem::number)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, questions.size()).boxed().toList());
        }
    }

    @Property
    void optionOrdersArePermutations(@ForAll("questions") List<Question> questions, @ForAll long seed) {
        for (Paper paper : SetMaker.makeSets(questions, 3, seed)) {
            for (PaperItem item : paper.items()) {
                assertThat(item.optionOrder()).containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, item.question().options().size()).boxed().toList());
            }
        }
    }

    @Property
    void theSameSeedGivesTheSamePapers(@ForAll("questions") List<Question> questions,
            @ForAll @IntRange(min = 1, max = 4) int sets, @ForAll long seed) {
        assertThat(SetMaker.makeSets(questions, sets, seed)).isEqualTo(SetMaker.makeSets(questions, sets, seed));
    }

    @Property
    void theKeyNamesThePrintedLettersOfTheBanksRightOptions(@ForAll("questions") List<Question> questions,
            @ForAll long seed) {
        for (Paper paper : SetMaker.makeSets(questions, 2, seed)) {
            for (PaperItem item : paper.items()) {
                if (!(item.question().answer() instanceof Answer.Choice choice)) {
                    continue;
                }
                List<String> expected = new ArrayList<>();
                List<String> printed = item.printedOptions();
                for (int p = 0; p < printed.size(); p++) {
                    int bankIndex = item.question().options().indexOf(printed.get(p));
                    if (choice.correct().contains(bankIndex)) {
                        expected.add(Letters.of(p));
                    }
                }
                assertThat(item.correctLetters()).isEqualTo(expected);
            }
        }
    }

    @Property
    void optionsThatMustStayLastStayLast(@ForAll @IntRange(min = 2, max = 6) int others, @ForAll long seed) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < others; i++) {
            options.add("Option " + i);
        }
        options.add("All of the above");
        Question question = question("Q", QuestionType.MCQ, options, Answer.Choice.of(others), true);
        Paper paper = SetMaker.makeSets(List.of(question), 1, seed).get(0);
        assertThat(paper.items().get(0).printedOptions()).last().isEqualTo("All of the above");
    }

    @Property
    void itemsMarkedNotToShuffleKeepBankOrder(@ForAll long seed) {
        Question question = question("Q", QuestionType.MCQ, List.of("one", "two", "three", "four"),
                Answer.Choice.of(2), false);
        Paper paper = SetMaker.makeSets(List.of(question), 1, seed).get(0);
        assertThat(paper.items().get(0).optionOrder()).containsExactly(0, 1, 2, 3);
    }

    /** Not a property (two sets may agree by chance): with 12 questions a tie has odds of 1 in 479 001 600. */
    @org.junit.jupiter.api.Test
    void setsOfOneSeedAreInDifferentOrders() {
        List<Question> questions = IntStream.range(0, 12)
                .mapToObj(i -> make(QuestionType.MCQ, 4, i, true)).toList();
        for (long seed = 1; seed <= 100; seed++) {
            List<Paper> papers = SetMaker.makeSets(questions, 3, seed);
            List<List<Question>> orders = papers.stream()
                    .map(p -> p.items().stream().map(PaperItem::question).toList()).toList();
            assertThat(orders).as("seed %d", seed).doesNotHaveDuplicates();
        }
    }

    @Provide
    Arbitrary<List<Question>> questions() {
        Arbitrary<Question> one = Combinators.combine(
                Arbitraries.of(QuestionType.values()),
                Arbitraries.integers().between(2, 8),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.of(true, false)).as((type, size, salt, shuffle) -> make(type, size, salt, shuffle));
        return one.list().ofMinSize(1).ofMaxSize(25).uniqueElements(Question::id);
    }

    private static Question make(QuestionType type, int size, int salt, boolean shuffle) {
        String id = type.label() + "-" + salt + "-" + size;
        if (!type.hasOptions()) {
            Answer answer = switch (type) {
                case TRUEFALSE -> new Answer.TrueFalse(salt % 2 == 0);
                case FILL -> new Answer.Blanks(List.of(List.of("word")));
                default -> new Answer.Model("model answer");
            };
            return question(id, type, List.of(), answer, shuffle);
        }
        List<String> options = IntStream.range(0, size).mapToObj(i -> id + " option " + i).toList();
        TreeSet<Integer> right = new TreeSet<>();
        right.add(salt % size);
        if (type == QuestionType.MULTI) {
            right.add((salt + 1) % size);
        }
        return question(id, type, options, new Answer.Choice(right), shuffle);
    }

    private static Question question(String id, QuestionType type, List<String> options, Answer answer, boolean shuffle) {
        return new Question(id, "level", "topic", type, "Question " + id, options, answer, BigDecimal.ONE, "",
                0, List.of(), shuffle, 0, Optional.empty(), new SourceRef(Path.of("bank.csv"), 2));
    }
}

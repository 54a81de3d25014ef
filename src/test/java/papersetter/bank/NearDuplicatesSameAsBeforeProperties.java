package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.model.SourceRef;

/**
 * The near-duplicate finder reads each question's words as the bank is read and in one pass over
 * their characters; on any bank it must find exactly the pairs, with exactly the scores and in
 * exactly the order, that the finder before it found (kept as {@link NearDuplicatesBefore}).
 */
class NearDuplicatesSameAsBeforeProperties {
    /**
     * Words that make pairs likely in a small bank: a few shared rare ones, stop words, words too
     * short to count, capitals, digits and underscores, and text outside ASCII (whose lower case
     * differs: the dotted İ, the final sigma, the German ß).
     */
    private static final String[] WORDS = {"the", "which", "of", "is", "to", "an", "id", "db", "orm", "ORM",
        "Query", "query", "queryset", "QuerySet", "filter", "exclude", "get_or_create", "select_related", "prefetch",
        "migration", "Migrate", "model", "models", "field", "foreignkey", "ForeignKey", "view", "template",
        "autoescape", "csrf", "CSRF", "middleware", "signal", "cache", "url", "reverse", "http2", "404", "500",
        "café", "Café", "naïve", "İstanbul", "ΣΟΦΟΣ", "σοφός", "straße", "STRASSE", "число", "Число", "हिन्दी",
        "数据库", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "x_y", "a1b2", "___"};
    private static final String[] SEPARATORS = {" ", " ", " ", ", ", "? ", "-", "'", "(", ") ", "\n", "`", "/", "\\"};

    @Property(tries = 200)
    void findsExactlyThePairsTheFinderBeforeFound(@ForAll @IntRange(min = 0, max = 120) int items,
            @ForAll @IntRange(min = 3, max = 56) int vocabulary, @ForAll long seed) {
        List<Question> bank = bank(items, vocabulary, new Random(seed));
        List<NearDuplicates.Pair> now = NearDuplicates.find(bank);
        List<NearDuplicatesBefore.Pair> before = NearDuplicatesBefore.find(bank);
        assertThat(now).hasSameSizeAs(before);
        
        for (int p = 0; p < now.size(); p++) {
            assertThat(now.get(p).first()).as("pair %d", p).isSameAs(before.get(p).first());
            assertThat(now.get(p).second()).as("pair %d", p).isSameAs(before.get(p).second());
            assertThat(now.get(p).score()).as("pair %d", p).isEqualTo(before.get(p).score());
        }
    }

    @Property(tries = 20)
    void aBankWithManyAlikeItemsFindsThemAll(@ForAll @IntRange(min = 200, max = 600) int items, @ForAll long seed) {
        List<Question> bank = bank(items, 12, new Random(seed));
        List<NearDuplicates.Pair> now = NearDuplicates.find(bank);
        assertThat(now).hasSameSizeAs(NearDuplicatesBefore.find(bank));
        
    }

    private static List<Question> bank(int items, int vocabulary, Random random) {
        List<Question> bank = new ArrayList<>();
        Path file = Path.of("bank.csv");
        for (int i = 0; i < items; i++) {
            String id = "Q" + i;
            SourceRef source = new SourceRef(file, i + 2);
            String group = random.nextInt(10) == 0 ? "g" + random.nextInt(3) : "";
            String fact = random.nextInt(10) == 0 ? "f" + random.nextInt(3) + (random.nextBoolean() ? ";F9" : "") : "";
            int kind = random.nextInt(4);
            Question q;
            if (kind == 0 || kind == 1) {
                List<String> options = new ArrayList<>();
                int count = 2 + random.nextInt(4);
                for (int o = 0; o < count; o++) {
                    options.add(text(random, vocabulary, 1 + random.nextInt(6)));
                }
                Answer answer = kind == 0 ? Answer.Choice.of(random.nextInt(count))
                        : Answer.Choice.of(0, count - 1);
                q = new Question(id, "basic", "orm", kind == 0 ? QuestionType.MCQ : QuestionType.MULTI,
                        text(random, vocabulary, 2 + random.nextInt(14)), options, answer, BigDecimal.ONE, "",
                        1, List.of(), true, 0, Optional.empty(), source, group, fact);
            } else if (kind == 2) {
                List<List<String>> accepted = new ArrayList<>();
                int blanks = 1 + random.nextInt(3);
                for (int b = 0; b < blanks; b++) {
                    accepted.add(List.of(text(random, vocabulary, 1), text(random, vocabulary, 1 + random.nextInt(2))));
                }
                q = new Question(id, "basic", "orm", QuestionType.FILL, text(random, vocabulary, 3 + random.nextInt(10)),
                        List.of(), new Answer.Blanks(accepted), BigDecimal.ONE, "", 1, List.of(), false, 0,
                        Optional.empty(), source, group, fact);
            } else {
                q = new Question(id, "basic", "orm", QuestionType.SHORT, text(random, vocabulary, 3 + random.nextInt(10)),
                        List.of(), new Answer.Model(text(random, vocabulary, random.nextInt(12))), BigDecimal.ONE, "",
                        1, List.of(), false, 3, Optional.empty(), source, group, fact);
            }
            bank.add(q);
        }
        return bank;
    }

    private static String text(Random random, int vocabulary, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            text.append(WORDS[random.nextInt(Math.min(vocabulary, WORDS.length))]);
            if (random.nextInt(8) == 0) {
                text.append(random.nextInt(100));
            }
        }
        return text.toString();
    }
}

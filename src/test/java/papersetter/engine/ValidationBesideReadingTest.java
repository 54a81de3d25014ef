package papersetter.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.bank.Bank;
import papersetter.bank.BankException;
import papersetter.bank.BankProblem;
import papersetter.bank.BankReader;
import papersetter.bank.BankReview;
import papersetter.render.FontCoverage;
import papersetter.render.Layouts;

/**
 * {@link Validation} checks characters and reviews the bank on a second thread, batch by batch,
 * while the bank is read: what it reports must be exactly what the checks done one after another,
 * on the whole bank, report, whatever the number of batches, and in the same order.
 */
class ValidationBesideReadingTest {
    @TempDir
    Path dir;

    /** Enough questions for several batches; alike pairs and characters without a font in the first and last. */
    private Path bigBank(boolean unprintable) throws IOException {
        StringBuilder csv = new StringBuilder("id,level,topic,type,question,option_a,option_b,option_c,option_d,answer\n");
        String[] topics = {"orm", "views", "forms", "admin", "urls", "cache"};
        String[] odd = {"\uE000", "\uD800\uDC00", "\u16A0", "\uA9B2", "\u16A2", "\uE001", "\u16A6"};
        for (int i = 0; i < 1700; i++) {
            String topic = topics[i % topics.length];
            String question = "Which " + topic + " setting number " + i + " controls the " + (i % 13 == 0 ? "rarely used"
                    : "usual") + " behaviour of item" + (i % 400) + " in release" + (i % 400) + "?"; // alike every 400th
            if (unprintable && (i < 3 || i > 1690 || i == 800)) {
                question += " " + odd[i % odd.length] + " " + odd[(i + 3) % odd.length];
            }
            String key = "The setting called key" + (i % 400) + " of " + topic;
            csv.append("V").append(i).append(",basic,").append(topic).append(",mcq,\"").append(question).append("\",\"")
                    .append(key).append("\",Another answer ").append(i).append(",A third ").append(i % 7)
                    .append(",And a fourth,A\n");
        }
        Path bank = dir.resolve(unprintable ? "odd.csv" : "big.csv");
        Files.writeString(bank, csv, StandardCharsets.UTF_8);
        return bank;
    }

    @Test
    void warningsAreTheBanksThenTheReviewOfTheWholeBankInOrder() throws IOException {
        Path bank = bigBank(false);
        Validation validation = Validation.of(bank, null, null);
        Bank read = BankReader.read(bank);
        List<BankProblem> inTurn = new ArrayList<>(read.warnings());
        inTurn.addAll(BankReview.review(read));
        assertThat(inTurn).as("the bank is meant to have alike pairs").anySatisfy(p ->
                assertThat(p.message()).contains("look alike"));
        assertThat(validation.warnings()).containsExactlyElementsOf(inTurn);
        assertThat(validation.bank().questions()).containsExactlyElementsOf(read.questions());
    }

    @Test
    void charactersWithoutAFontAreReportedAsACheckOfTheWholeBankReportsThem() throws IOException {
        Path bank = bigBank(true);
        BankException refused = catchThrowableOfType(() -> Validation.of(bank, null, null), BankException.class);
        assertThat(refused).isNotNull();
        Bank read = BankReader.read(bank);
        List<BankProblem> inTurn = new ArrayList<>(read.warnings());
        inTurn.addAll(FontCoverage.check(Layouts.load(Layouts.DEFAULT), read.questions()));
        assertThat(inTurn).as("shown one by one, then counted").hasSizeGreaterThan(5)
                .anySatisfy(p -> assertThat(p.message()).contains("more different characters"));
        assertThat(refused.problems()).containsExactlyElementsOf(inTurn);
        // The run stops there: no review warnings after the characters.
        assertThat(refused.problems()).noneSatisfy(p -> assertThat(p.message()).contains("look alike"));
    }

    @Test
    void aBankThatCannotBeReadIsReportedBeforeALayoutThatCannot() throws IOException {
        Path bank = dir.resolve("bad.csv");
        Files.writeString(bank, "id,level,topic,type,question,answer\nB-1,all,x,truefalse,Plain,perhaps\n");
        Path layout = dir.resolve("broken.yaml");
        Files.writeString(layout, "extends: exam\nfonts:\n  regular: missing.ttf\n");
        BankException refused = catchThrowableOfType(() -> Validation.of(bank, null, layout.toString()),
                BankException.class);
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo(bank));
    }
}

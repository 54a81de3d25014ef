package papersetter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The numeric answer grammar: each spelling accepts exactly the numbers it says, whatever the
 * numbers, and what it writes back reads back as the same answer. The expected sets are worked
 * here from the definitions (a tolerance either way, a range, rounding half away from zero), not
 * from the code's own interval.
 */
class NumericAnswersProperties {

    @Provide
    Arbitrary<BigDecimal> numbers() {
        return Arbitraries.integers().between(-99_999_999, 99_999_999)
                .flatMap(unscaled -> Arbitraries.integers().between(-6, 8)
                        .map(scale -> BigDecimal.valueOf(unscaled, scale)));
    }

    @Provide
    Arbitrary<BigDecimal> tolerances() {
        return Arbitraries.integers().between(0, 99_999).flatMap(unscaled -> Arbitraries.integers().between(0, 5)
                .map(scale -> BigDecimal.valueOf(unscaled, scale)));
    }

    /** A number close to another, so that both sides of every end are tried, not only far-off numbers. */
    private static BigDecimal near(BigDecimal centre, BigDecimal spread, int step, int steps) {
        BigDecimal unit = spread.signum() == 0 ? BigDecimal.ONE.movePointLeft(3) : spread.divide(BigDecimal.valueOf(steps),
                MathContext.DECIMAL64);
        return centre.add(unit.multiply(BigDecimal.valueOf(step)));
    }

    @Property
    void aToleranceAcceptsTheNumberGiveOrTakeIt(@ForAll("numbers") BigDecimal value,
            @ForAll("tolerances") BigDecimal tolerance, @ForAll @IntRange(min = -30, max = 30) int step)
            throws NumericAnswers.Problem {
        NumericAnswers.Accepted accepted = NumericAnswers.parse(value.toPlainString() + " ±" + tolerance.toPlainString());
        BigDecimal given = near(value, tolerance, step, 10);
        boolean inside = given.subtract(value).abs().compareTo(tolerance) <= 0;
        assertThat(accepted.accepts(given)).as("%s for %s ±%s", given, value, tolerance).isEqualTo(inside);
        assertThat(accepted.accepts(value.add(tolerance))).isTrue();
        assertThat(accepted.accepts(value.subtract(tolerance))).isTrue();
    }

    @Property
    void aRangeAcceptsItsEndsAndWhatLiesBetween(@ForAll("numbers") BigDecimal a, @ForAll("numbers") BigDecimal b,
            @ForAll @IntRange(min = -30, max = 30) int step) throws NumericAnswers.Problem {
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        NumericAnswers.Accepted accepted = NumericAnswers.parse(low.toPlainString() + ".." + high.toPlainString());
        BigDecimal given = near(low, high.subtract(low), step, 10);
        assertThat(accepted.accepts(given)).isEqualTo(given.compareTo(low) >= 0 && given.compareTo(high) <= 0);
        assertThat(accepted.accepts(low)).isTrue();
        assertThat(accepted.accepts(high)).isTrue();
    }

    @Property
    void aRangeWrittenDownwardsIsRefusedWithTheWayRound(@ForAll("numbers") BigDecimal a, @ForAll("numbers") BigDecimal b) {
        if (a.compareTo(b) <= 0) {
            return;
        }
        assertThatThrownBy(() -> NumericAnswers.parse(a.toPlainString() + ".." + b.toPlainString()))
                .isInstanceOf(NumericAnswers.Problem.class).hasMessageContaining("runs downwards")
                .extracting(e -> ((NumericAnswers.Problem) e).fix()).asString()
                .contains(NumericAnswers.bank(b) + ".." + NumericAnswers.bank(a));
    }

    @Property
    void significantFiguresAcceptWhatRoundsToTheAnswer(@ForAll("numbers") BigDecimal raw,
            @ForAll @IntRange(min = 1, max = 6) int figures, @ForAll @IntRange(min = -60, max = 60) int step)
            throws NumericAnswers.Problem {
        if (raw.signum() == 0) {
            return;
        }
        BigDecimal value = raw.round(new MathContext(figures, RoundingMode.HALF_UP));
        NumericAnswers.Accepted accepted = NumericAnswers.parse(value.toPlainString() + " (" + figures + " s.f.)");
        // Steps of a twentieth of the last figure, either side, across the ends and beyond.
        BigDecimal lastFigure = BigDecimal.ONE.scaleByPowerOfTen(
                value.stripTrailingZeros().precision() - value.stripTrailingZeros().scale() - figures);
        BigDecimal given = value.add(lastFigure.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(20)));
        boolean rounds = given.round(new MathContext(figures, RoundingMode.HALF_UP)).compareTo(value) == 0;
        assertThat(accepted.accepts(given)).as("%s for %s (%d s.f.), range %s", given, value, figures, accepted.range())
                .isEqualTo(rounds);
    }

    @Property
    void decimalPlacesAcceptWhatRoundsToTheAnswer(@ForAll("numbers") BigDecimal raw,
            @ForAll @IntRange(min = 0, max = 5) int places, @ForAll @IntRange(min = -40, max = 40) int step)
            throws NumericAnswers.Problem {
        BigDecimal value = raw.setScale(places, RoundingMode.HALF_UP);
        NumericAnswers.Accepted accepted = NumericAnswers.parse(value.toPlainString() + " (" + places + " d.p.)");
        BigDecimal given = value.add(BigDecimal.ONE.movePointLeft(places).multiply(BigDecimal.valueOf(step))
                .divide(BigDecimal.valueOf(20)));
        boolean rounds = given.setScale(places, RoundingMode.HALF_UP).compareTo(value) == 0;
        assertThat(accepted.accepts(given)).as("%s for %s (%d d.p.)", given, value, places).isEqualTo(rounds);
    }

    @Property
    void whatIsWrittenReadsBackAsTheSameAnswer(@ForAll("spellings") String spelling) throws NumericAnswers.Problem {
        NumericAnswers.Accepted first = NumericAnswers.parse(spelling);
        NumericAnswers.Accepted again = NumericAnswers.parse(first.written());
        assertThat(again.form()).isEqualTo(first.form());
        assertThat(again.low()).isEqualByComparingTo(first.low());
        assertThat(again.high()).isEqualByComparingTo(first.high());
        assertThat(again.lowOpen()).isEqualTo(first.lowOpen());
        assertThat(again.highOpen()).isEqualTo(first.highOpen());
        assertThat(again.written()).isEqualTo(first.written());
    }

    @Provide
    Arbitrary<String> spellings() {
        Arbitrary<String> number = numbers().map(BigDecimal::toPlainString);
        Arbitrary<String> positive = tolerances().map(BigDecimal::toPlainString);
        return Arbitraries.oneOf(number,
                net.jqwik.api.Combinators.combine(number, positive).as((v, t) -> v + " ±" + t),
                net.jqwik.api.Combinators.combine(number, positive).as((v, t) -> v + " +- " + t + "%"),
                net.jqwik.api.Combinators.combine(numbers(), numbers())
                        .as((a, b) -> a.min(b).toPlainString() + " .. " + a.max(b).toPlainString()),
                net.jqwik.api.Combinators.combine(numbers().filter(n -> n.signum() != 0), Arbitraries.integers().between(1, 8))
                        .as((v, n) -> v.round(new MathContext(n, RoundingMode.HALF_UP)).toPlainString() + " (" + n + " sf)"),
                net.jqwik.api.Combinators.combine(numbers(), Arbitraries.integers().between(0, 6))
                        .as((v, n) -> v.setScale(n, RoundingMode.HALF_UP).toPlainString() + " to " + n + " decimal places"),
                numbers().map(v -> v.toString().replace("E", "e")),
                numbers().map(v -> v.toPlainString().replace('.', ',')).filter(s -> !s.matches("-?[1-9]\\d{0,2},\\d{3}")));
    }

    @Property
    void aNumberIsReadTheSameWhateverTheMachinesLocale(@ForAll("numbers") BigDecimal value) throws NumericAnswers.Problem {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            BigDecimal german = NumericAnswers.number(value.toPlainString());
            java.util.Locale.setDefault(java.util.Locale.US);
            assertThat(NumericAnswers.number(value.toPlainString())).isEqualByComparingTo(german)
                    .isEqualByComparingTo(value);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Example
    void theSpellingsTrainersWrite() throws NumericAnswers.Problem {
        assertThat(NumericAnswers.parse("9.81 ±0.05").range()).isEqualTo("9.76 to 9.86");
        assertThat(NumericAnswers.parse("9.81 +-0.05").range()).isEqualTo("9.76 to 9.86");
        assertThat(NumericAnswers.parse("9.81 +/- 0.05").range()).isEqualTo("9.76 to 9.86");
        assertThat(NumericAnswers.parse("9,81 ± 0,05").range()).isEqualTo("9.76 to 9.86");
        assertThat(NumericAnswers.parse("9.76..9.86").range()).isEqualTo("9.76 to 9.86");
        assertThat(NumericAnswers.parse("−5..−3").range()).isEqualTo("-5 to -3");
        assertThat(NumericAnswers.parse("250 ±2%").range()).isEqualTo("245 to 255");
        assertThat(NumericAnswers.parse("9.81 (3 s.f.)").range()).isEqualTo("9.805 to under 9.815");
        assertThat(NumericAnswers.parse("9.81 3sf").written()).isEqualTo("9.81 (3 s.f.)");
        assertThat(NumericAnswers.parse("9.8 to 3 significant figures").written()).isEqualTo("9.80 (3 s.f.)");
        assertThat(NumericAnswers.parse("10 (2 s.f.)").range()).isEqualTo("9.95 to under 10.5");
        assertThat(NumericAnswers.parse("-9.81 (3 sig figs)").range()).isEqualTo("over -9.815 to -9.805");
        assertThat(NumericAnswers.parse("12.35 (2 dp)").range()).isEqualTo("12.345 to under 12.355");
        assertThat(NumericAnswers.parse("0 (1 d.p.)").range()).isEqualTo("over -0.05 to under 0.05");
        assertThat(NumericAnswers.parse("6.02e23").value()).isEqualByComparingTo("602000000000000000000000");
        assertThat(NumericAnswers.parse("6.02×10^23").value()).isEqualByComparingTo("6.02e23");
        assertThat(NumericAnswers.parse("6.02 × 10²³").value()).isEqualByComparingTo("6.02e23");
        assertThat(NumericAnswers.parse("1.6×10⁻¹⁹").value()).isEqualByComparingTo("1.6e-19");
        assertThat(NumericAnswers.parse("6.02e23 ±0.01e23").keyText("mol⁻¹"))
                .isEqualTo("6.02×10²³ ±1×10²¹ · accept 6.01×10²³ to 6.03×10²³ mol⁻¹");
        assertThat(NumericAnswers.parse("42").keyText("kg")).isEqualTo("42 kg");
    }

    @Example
    void whatIsRefusedSaysWhatToWrite() {
        assertProblem("1,500", "may be 1.500 or 1500", "write 1.500 or 1500");
        assertProblem("1,234,567", "thousands separators", "1234567");
        assertProblem("9.81 m/s²", "'m/s²' after the number looks like a unit", "column 'unit'");
        assertProblem("9.81 ±0.05 m", "'m' after the number looks like a unit", "9.81 ±0.05");
        assertProblem("9.812 (3 s.f.)", "has 4 significant figures", "9.81 (3 s.f.)");
        assertProblem("12.345 (2 d.p.)", "has 3 decimal places", "12.35 (2 d.p.)");
        assertProblem("0 (2 s.f.)", "0 has no significant figures", "tolerance");
        assertProblem("9.81 ±0.05 (3 s.f.)", "both a tolerance and a rounding", "give one");
        assertProblem("9.86..9.76", "runs downwards", "9.76..9.86");
        assertProblem("9.81 ±", "tolerance after ± is missing", "9.81 ±0.05");
        assertProblem("about nine", "is not a number", "with a point for its decimals");
        assertProblem("", "empty", "9.81 ±0.05");
        assertProblem("1e5000", "has a power of ten beyond 999", "6.02e23");
        assertProblem("1e30 ±1e-30", "need more than 45 figures", "9.81 ±0.05");
        assertProblem("3.14159265358979323846264338327950288419716939937510", "has more than 40 figures", "3.14159");
    }

    @Example
    void aLongNumberWrittenBackReadsBack() throws NumericAnswers.Problem {
        String digits = "1234567890123456789012345678901234567890"; // 40 figures, written back as 1.23…e39
        NumericAnswers.Accepted accepted = NumericAnswers.parse("-" + digits + ".." + digits);
        assertThat(accepted.written()).isEqualTo("-1.234567890123456789012345678901234567890e39..1.234567890123456789012345678901234567890e39");
        assertThat(NumericAnswers.parse(accepted.written()).low()).isEqualByComparingTo("-" + digits);
    }

    private static void assertProblem(String answer, String message, String fix) {
        assertThatThrownBy(() -> NumericAnswers.parse(answer)).as(answer).isInstanceOf(NumericAnswers.Problem.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((NumericAnswers.Problem) e).fix()).contains(fix));
    }
}

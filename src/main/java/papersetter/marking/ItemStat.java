package papersetter.marking;

import java.util.ArrayList;
import java.util.List;
import papersetter.model.Answer;
import papersetter.model.Letters;
import papersetter.model.Question;

/**
 * How one bank item did across every set it was printed in.
 *
 * @param facility the mean share of its marks earned (for an objective item: the share who got it right)
 * @param pointBiserial correlation with the rest of the test; NaN when it cannot be worked
 * @param upperLower facility in the top 27 % less facility in the bottom 27 %; NaN likewise
 * @param optionShares for choice items, the share choosing each option, in bank letters; empty otherwise
 * @param blank the share who left it blank
 */
record ItemStat(Question question, int students, double facility, double pointBiserial, double upperLower,
        List<Double> optionShares, double blank, List<String> flags) {

    static ItemStat of(Question question, List<Student> had, double[] totals) {
        int n = had.size();
        double[] credit = new double[n];
        double[] rest = new double[n];
        int blanks = 0;
        int options = question.options().size();
        int[] chose = new int[options];
        for (int s = 0; s < n; s++) {
            Scorer.Mark mark = had.get(s).marks().get(question.id());
            credit[s] = mark.credit();
            rest[s] = totals[s] - mark.marks().doubleValue();
            blanks += mark.answered() ? 0 : 1;
            mark.chosen().forEach(option -> chose[option]++);
        }
        double facility = Statistics.mean(credit);
        double pointBiserial = Statistics.correlation(credit, rest);
        double upperLower = Statistics.upperLower(credit, totals);
        List<Double> shares = new ArrayList<>();
        for (int option = 0; option < options; option++) {
            shares.add(n == 0 ? Double.NaN : (double) chose[option] / n);
        }
        List<String> flags = new ArrayList<>();
        if (pointBiserial < 0 || upperLower < 0) {
            flags.add("negative discrimination");
        }
        if (question.answer() instanceof Answer.Choice choice && n > 0) {
            List<String> unchosen = new ArrayList<>();
            for (int option = 0; option < options; option++) {
                if (!choice.correct().contains(option) && chose[option] == 0) {
                    unchosen.add(Letters.of(option));
                }
            }
            if (!unchosen.isEmpty()) {
                flags.add((unchosen.size() == 1 ? "distractor " : "distractors ") + String.join(", ", unchosen)
                        + " chosen by nobody");
            }
            likelyWrongKey(question, choice, had, totals).ifPresent(flags::add);
        }
        return new ItemStat(question, n, facility, pointBiserial, upperLower, shares, n == 0 ? Double.NaN
                : (double) blanks / n, flags);
    }

    /**
     * The upper group chose a distractor more often than a right option (and at least two of them
     * chose it): the key may be wrong.
     */
    private static java.util.Optional<String> likelyWrongKey(Question question, Answer.Choice choice,
            List<Student> had, double[] totals) {
        if (had.size() < 2) {
            return java.util.Optional.empty();
        }
        int[] upper = Statistics.groups(totals).get(0);
        int[] count = new int[question.options().size()];
        for (int s : upper) {
            had.get(s).marks().get(question.id()).chosen().forEach(option -> count[option]++);
        }
        int keyLeast = choice.correct().stream().mapToInt(option -> count[option]).min().orElse(0);
        int best = -1;
        for (int option = 0; option < count.length; option++) {
            // At least two of the top group: one strong student's slip is not evidence against a key.
            if (!choice.correct().contains(option) && count[option] > keyLeast && count[option] >= 2
                    && (best < 0 || count[option] > count[best])) {
                best = option;
            }
        }
        if (best < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("likely wrong key: the top group chose " + Letters.of(best) + " ("
                + count[best] + " of " + upper.length + ") more than the key "
                + String.join(";", choice.correct().stream().map(Letters::of).toList()) + " (" + keyLeast + ")");
    }
}

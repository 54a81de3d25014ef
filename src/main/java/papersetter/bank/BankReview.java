package papersetter.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.model.QuestionType;

/**
 * What a reviewer of the whole bank would point out, beyond what each row's checks see: items that
 * probably test the same fact ({@link NearDuplicates}), and mcq keys that give themselves away by
 * their length. `validate` reports these as warnings; a run does not look for them.
 */
public final class BankReview {
    /** Near-duplicate pairs shown; the rest are counted. */
    static final int PAIRS_SHOWN = 10;
    /** Fewer mcq items than this say too little about a habit of the writer. */
    static final int TELL_MIN_ITEMS = 20;
    /** How far above chance (in standard deviations of the binomial count) a share must be to warn. */
    static final double TELL_Z = 3.0;

    private final NearDuplicates alike = new NearDuplicates();
    /** The mcq items the key-length tell counts, the share chance gives each rank, and how many keys have each rank. */
    private int tellItems;
    private double tellChance;
    private final int[] byRank = new int[2];

    /**
     * A review that is given the bank's questions one by one, in the bank's order, as they are read
     * (see {@link #look}); the part that needs the whole bank is done by {@link #warnings}.
     */
    public BankReview() {
    }

    public static List<BankProblem> review(Bank bank) {
        BankReview review = new BankReview();
        bank.questions().forEach(review::look);
        return review.warnings(bank);
    }

    /** Takes in the bank's next question: what can be known of it alone. One thread at a time. */
    public void look(Question q) {
        alike.add(q);
        countKeyLength(q);
    }

    /** The warnings about this bank, every one of whose questions was looked at, in order. */
    public List<BankProblem> warnings(Bank bank) {
        if (alike.size() != bank.questions().size()) {
            throw new IllegalStateException("the review looked at " + alike.size() + " questions of a bank of "
                    + bank.questions().size());
        }
        List<BankProblem> warnings = new ArrayList<>();
        nearDuplicates(bank, warnings);
        keyLengthTell(bank, warnings);
        return warnings;
    }

    private void nearDuplicates(Bank bank, List<BankProblem> warnings) {
        List<NearDuplicates.Pair> pairs = alike.pairs(bank.questions());
        for (NearDuplicates.Pair pair : pairs.subList(0, Math.min(PAIRS_SHOWN, pairs.size()))) {
            Question first = pair.first();
            Question second = pair.second();
            warnings.add(new BankProblem(second.source().file(), second.source().line(), null,
                    second.id() + " and " + first.id() + " (" + first.source() + ") look alike: their questions and"
                            + " right answers have many telling words in common (" + Math.round(pair.score() * 100)
                            + " % by weight), so one may give the other away",
                    "if they test the same fact, give both the same 'fact' label (e.g. fact:"
                            + first.topic().toLowerCase(Locale.ROOT) + "-…) and no paper will hold both;"
                            + " otherwise reword one", true));
        }
        if (pairs.size() > PAIRS_SHOWN) {
            warnings.add(new BankProblem(bank.location(), 0, null, (pairs.size() - PAIRS_SHOWN)
                    + " more pairs of items look alike (the likeliest are listed above)",
                    "mark the pairs above that test the same fact with a shared 'fact' label, then validate again", true));
        }
    }

    /**
     * Writers of options tend to make the right one the most careful, and so the longest or next
     * to longest; candidates learn to pick by length. With k options a key is the longest by chance
     * in 1 of k items, and so the second longest; a share far above that is a tell.
     */
    private void countKeyLength(Question q) {
        if (q.type() != QuestionType.MCQ || q.options().size() < 3 || !(q.answer() instanceof Answer.Choice choice)) {
            return;
        }
        int key = choice.correct().first();
        int length = q.options().get(key).strip().length();
        int longer = 0;
        for (int o = 0; o < q.options().size(); o++) {
            if (q.options().get(o).strip().length() > length) {
                longer++;
            }
        }
        tellItems++;
        tellChance += 1.0 / q.options().size();
        if (longer < byRank.length) {
            byRank[longer]++;
        }
    }

    private void keyLengthTell(Bank bank, List<BankProblem> warnings) {
        int items = tellItems;
        if (items < TELL_MIN_ITEMS) {
            return;
        }
        double p = tellChance / items;
        String[] names = {"the longest", "the second longest"};
        for (int rank = 0; rank < byRank.length; rank++) {
            double z = (byRank[rank] - items * p) / Math.sqrt(items * p * (1 - p));
            if (z >= TELL_Z) {
                warnings.add(new BankProblem(bank.location(), 0, null, "in " + byRank[rank] + " of the " + items
                        + " mcq items (" + percent(byRank[rank], items) + ") the right option is " + names[rank]
                        + "; chance would make it so in about " + Math.round(p * 100) + " %, so a candidate who picks "
                        + names[rank] + " option scores well without knowing the answer",
                        "vary the lengths: shorten some keys or lengthen some distractors, so that the right option is "
                                + names[rank] + " in about " + Math.round(p * 100) + " % of the items", true));
            }
        }
    }

    private static String percent(int part, int whole) {
        return Math.round(100.0 * part / whole) + " %";
    }
}

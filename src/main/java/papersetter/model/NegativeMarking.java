package papersetter.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Negative marking as a paper spec sets it ({@code wrong: -0.25}): the share of an objective item's
 * marks a wrong answer costs, as {@code papersetter mark --wrong} takes it, so the same number means
 * the same on the paper and in the marking. It applies to mcq, multi, truefalse, fill and numeric items (a
 * fill answer with any blank right is not wrong); written items are marked by hand.
 */
public final class NegativeMarking {
    /** A wrong answer may cost at most the whole of the item's marks. */
    public static final BigDecimal MOST = BigDecimal.ONE.negate();
    static final Set<QuestionType> APPLIES = EnumSet.of(QuestionType.MCQ, QuestionType.MULTI, QuestionType.TRUEFALSE,
            QuestionType.FILL, QuestionType.NUMERIC);

    private NegativeMarking() {
    }

    /** Whether negative marking applies to items of this type (written items are marked by hand). */
    public static boolean appliesTo(QuestionType type) {
        return APPLIES.contains(type);
    }

    /** Whether a spec's value can be a penalty: a number from {@link #MOST} to 0. */
    public static boolean allowed(BigDecimal share) {
        return share.signum() <= 0 && share.compareTo(MOST) >= 0;
    }

    /**
     * The general instruction line, e.g. "Wrong answers to multiple-choice questions lose ¼ mark; a
     * question left blank loses nothing." It names the kinds of question on the papers it applies to,
     * and gives the marks lost when they all carry the same marks (otherwise the share of a question's
     * marks). Empty when the penalty is 0 or no item it applies to is on the papers.
     *
     * @param sectionsDiffer some section sets its own negative marking, and says so in its instructions
     */
    public static Optional<String> general(BigDecimal share, List<Question> items, boolean sectionsDiffer) {
        return line("", share, items, sectionsDiffer ? ", unless a section says otherwise" : "");
    }

    /**
     * The line added to a section's instructions when the section sets its own negative marking: "In
     * this section, wrong answers to true/false questions lose ½ mark; …", or that a wrong answer loses
     * nothing here when the section sets 0 under a paper that takes marks off.
     */
    public static Optional<String> forSection(BigDecimal share, List<Question> items, boolean paperPenalises) {
        if (share.signum() == 0) {
            return paperPenalises ? Optional.of("In this section, a wrong answer loses nothing.") : Optional.empty();
        }
        return line("In this section, w", share, items, "");
    }

    private static Optional<String> line(String opening, BigDecimal share, List<Question> items, String unless) {
        if (share.signum() == 0) {
            return Optional.empty();
        }
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        Set<BigDecimal> marks = new TreeSet<>();
        for (Question item : items) {
            if (APPLIES.contains(item.type())) {
                types.add(item.type());
                marks.add(item.marks().stripTrailingZeros());
            }
        }
        if (types.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        types.forEach(type -> names.add(name(type)));
        String kinds = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        BigDecimal lost = share.negate();
        String loss;
        if (marks.size() == 1) {
            BigDecimal each = lost.multiply(marks.iterator().next());
            loss = amount(each) + (each.compareTo(BigDecimal.ONE) <= 0 ? " mark" : " marks");
        } else {
            loss = amount(lost) + " of the question's marks";
        }
        return Optional.of((opening.isEmpty() ? "W" : opening) + "rong answers to " + kinds + " questions lose " + loss
                + unless + "; a question left blank loses nothing.");
    }

    private static String name(QuestionType type) {
        return switch (type) {
            case MCQ -> "multiple-choice";
            case MULTI -> "multiple-answer";
            case TRUEFALSE -> "true/false";
            case FILL -> "fill-in-the-blank";
            case NUMERIC -> "numerical";
            default -> type.label();
        };
    }

    /** ¼, ½ and ¾ as trainers write them; other amounts as numbers. */
    private static String amount(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.compareTo(new BigDecimal("0.25")) == 0) {
            return "¼";
        }
        if (plain.compareTo(new BigDecimal("0.5")) == 0) {
            return "½";
        }
        if (plain.compareTo(new BigDecimal("0.75")) == 0) {
            return "¾";
        }
        return Marks.format(plain);
    }
}

package papersetter.marking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import papersetter.model.BadInputException;
import papersetter.model.NegativeMarking;
import papersetter.model.PaperItem;
import papersetter.model.QuestionType;
import papersetter.output.Manifest;

/**
 * How answers turn into marks. A wrong answer to an objective item (mcq, multi, truefalse, fill)
 * scores {@code penalty × the item's marks} (so {@code -0.25} takes a quarter of the item's marks);
 * a blank scores 0. An item never scores below its penalty, and a student's total never below 0.
 * Written items (short, long) carry the marker's marks and no penalty.
 *
 * @param partialMulti a multi item earns (right options ticked / right options) − (wrong options ticked
 *     / wrong options), at least 0; otherwise only the exact set of right options earns its marks
 * @param byItem the penalties a run's spec set, by set and printed number ("A:12"), used in place of
 *     {@code penalties} when not empty: the spec may set them per section
 * @param source where the penalties came from, as the summary says it: "--wrong", "the spec's
 *     'wrong: -0.25'", or empty when there are none
 */
record Scoring(boolean partialMulti, Map<QuestionType, BigDecimal> penalties, Map<String, BigDecimal> byItem,
        String source) {
    static final Scoring DEFAULT = new Scoring(false, Map.of());

    Scoring {
        penalties = Map.copyOf(penalties);
        byItem = Map.copyOf(byItem);
    }

    Scoring(boolean partialMulti, Map<QuestionType, BigDecimal> penalties) {
        this(partialMulti, penalties, Map.of(), penalties.isEmpty() ? "" : "--wrong");
    }

    boolean negative() {
        return !penalties.isEmpty() || !byItem.isEmpty();
    }

    BigDecimal penalty(QuestionType type) {
        return penalties.getOrDefault(type, BigDecimal.ZERO);
    }

    /** What a wrong answer to this item costs, as a share of its marks, on the paper of this set. */
    BigDecimal penalty(String set, PaperItem item) {
        if (byItem.isEmpty()) {
            return penalty(item.question().type());
        }
        return NegativeMarking.appliesTo(item.question().type())
                ? byItem.getOrDefault(set + ":" + item.number(), BigDecimal.ZERO) : BigDecimal.ZERO;
    }

    /**
     * The scoring asked for, with the negative marking the run's spec set (recorded in its manifest,
     * for the paper and per section) when no {@code --wrong} was given: an explicit {@code --wrong} wins.
     */
    static Scoring of(String multi, List<String> wrong, Manifest recorded) {
        Scoring given = of(multi, wrong);
        String top = recorded.request().wrong();
        Map<String, BigDecimal> byItem = new HashMap<>();
        List<String> said = new ArrayList<>();
        if (top != null) {
            said.add(top);
        }
        for (int s = 0; s < recorded.sets().size(); s++) {
            Manifest.SetEntry set = recorded.sets().get(s);
            for (Manifest.SectionEntry section : set.sections() == null ? List.<Manifest.SectionEntry>of()
                    : set.sections()) {
                String share = section.wrong() != null ? section.wrong() : top;
                if (s == 0 && section.wrong() != null) {
                    said.add("section '" + section.heading() + "' " + section.wrong());
                }
                if (share != null) {
                    for (int number = section.first(); number <= section.last(); number++) {
                        byItem.put(set.set() + ":" + number, new BigDecimal(share));
                    }
                }
            }
            if (set.sections() == null && top != null) {
                for (Manifest.Item item : set.questions()) {
                    byItem.put(set.set() + ":" + item.number(), new BigDecimal(top));
                }
            }
        }
        if (said.isEmpty()) {
            return given;
        }
        String spec = "the spec's 'wrong': " + String.join(", ", said);
        if (!wrong.isEmpty()) {
            return new Scoring(given.partialMulti, given.penalties, Map.of(), "--wrong, in place of " + spec);
        }
        if (byItem.values().stream().allMatch(share -> share.signum() == 0)) {
            return new Scoring(given.partialMulti, Map.of(), Map.of(), "");
        }
        return new Scoring(given.partialMulti, Map.of(), byItem, spec);
    }

    static Scoring of(String multi, List<String> wrong) {
        boolean partial = switch (multi.strip().toLowerCase(Locale.ROOT)) {
            case "all", "all-or-nothing" -> false;
            case "partial" -> true;
            default -> throw new BadInputException("--multi '" + multi + "': use 'all' (only the exact set of right"
                    + " options earns marks, the default) or 'partial' (credit per option).");
        };
        Map<QuestionType, BigDecimal> penalties = new EnumMap<>(QuestionType.class);
        for (String given : wrong) {
            for (String part : given.split(",")) {
                penalty(part.strip(), penalties);
            }
        }
        return new Scoring(partial, penalties);
    }

    private static void penalty(String part, Map<QuestionType, BigDecimal> penalties) {
        if (part.isEmpty()) {
            return;
        }
        int equals = part.indexOf('=');
        List<QuestionType> types;
        String value;
        if (equals < 0) {
            types = List.of(QuestionType.MCQ, QuestionType.MULTI, QuestionType.TRUEFALSE, QuestionType.FILL,
                    QuestionType.NUMERIC);
            value = part;
        } else {
            String name = part.substring(0, equals).strip();
            QuestionType type = QuestionType.parse(name).orElseThrow(() -> new BadInputException("--wrong " + part
                    + ": '" + name + "' is not a question type — use mcq, multi, truefalse, fill or numeric."));
            if (type.isWritten()) {
                throw new BadInputException("--wrong " + part + ": " + type + " items are marked by hand (the marks"
                        + " typed in are their score); negative marking applies to mcq, multi, truefalse, fill and numeric.");
            }
            types = List.of(type);
            value = part.substring(equals + 1).strip();
        }
        BigDecimal penalty;
        try {
            penalty = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new BadInputException("--wrong " + part + ": '" + value + "' is not a number — give the share of an"
                    + " item's marks a wrong answer costs, e.g. --wrong -0.25 or --wrong mcq=-0.25,truefalse=-0.5.");
        }
        if (penalty.signum() > 0) {
            penalty = penalty.negate(); // "--wrong 0.25" means the same to a trainer
        }
        if (penalty.compareTo(BigDecimal.ONE.negate()) < 0) {
            throw new BadInputException("--wrong " + part + ": a wrong answer may cost at most the item's marks"
                    + " (-1); " + value + " would cost more.");
        }
        BigDecimal cost = penalty;
        types.forEach(type -> penalties.put(type, cost));
    }
}

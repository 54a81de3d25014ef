package papersetter.marking;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import papersetter.model.BadInputException;
import papersetter.model.QuestionType;

/**
 * How answers turn into marks. A wrong answer to an objective item (mcq, multi, truefalse, fill)
 * scores {@code penalty × the item's marks} (so {@code -0.25} takes a quarter of the item's marks);
 * a blank scores 0. An item never scores below its penalty, and a student's total never below 0.
 * Written items (short, long) carry the marker's marks and no penalty.
 *
 * @param partialMulti a multi item earns (right options ticked / right options) − (wrong options ticked
 *     / wrong options), at least 0; otherwise only the exact set of right options earns its marks
 */
record Scoring(boolean partialMulti, Map<QuestionType, BigDecimal> penalties) {
    static final Scoring DEFAULT = new Scoring(false, Map.of());

    Scoring {
        penalties = Map.copyOf(penalties);
    }

    BigDecimal penalty(QuestionType type) {
        return penalties.getOrDefault(type, BigDecimal.ZERO);
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
            types = List.of(QuestionType.MCQ, QuestionType.MULTI, QuestionType.TRUEFALSE, QuestionType.FILL);
            value = part;
        } else {
            String name = part.substring(0, equals).strip();
            QuestionType type = QuestionType.parse(name).orElseThrow(() -> new BadInputException("--wrong " + part
                    + ": '" + name + "' is not a question type — use mcq, multi, truefalse or fill."));
            if (type.isWritten()) {
                throw new BadInputException("--wrong " + part + ": " + type + " items are marked by hand (the marks"
                        + " typed in are their score); negative marking applies to mcq, multi, truefalse and fill.");
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

package papersetter.marking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import papersetter.model.Answer;
import papersetter.model.Letters;
import papersetter.model.Marks;
import papersetter.model.OptionLabels;
import papersetter.model.PaperItem;
import papersetter.model.Question;

/**
 * Scores one typed answer to one printed question. What is right comes from the paper item
 * itself ({@link PaperItem#correctLetters()} and its option order), so marking agrees with the
 * printed key by construction. Marks are kept to two decimals (partial credit of a third).
 */
final class Scorer {
    private Scorer() {
    }

    /** A cell that cannot be scored: what is wrong with it and what to type instead. */
    static final class Unreadable extends Exception {
        final String fix;

        Unreadable(String message, String fix) {
            super(message, null, false, false);
            this.fix = fix;
        }
    }

    /**
     * One item's result.
     *
     * @param response what the student answered, in bank terms (bank letters for options), "" when blank
     * @param chosen the bank options chosen (empty for other types)
     * @param credit the share of the item's marks earned, 0 to 1 (a penalty counts as 0): for statistics
     */
    record Mark(String response, Set<Integer> chosen, BigDecimal marks, double credit, boolean answered) {
        boolean right() {
            return credit >= 1.0;
        }
    }

    static Mark blank() {
        return new Mark("", Set.of(), BigDecimal.ZERO, 0, false);
    }

    static Mark score(PaperItem item, String cell, Scoring scoring) throws Unreadable {
        return score("", item, cell, scoring);
    }

    /** @param set the set whose paper the item was printed on: a spec's penalty may differ by section */
    static Mark score(String set, PaperItem item, String cell, Scoring scoring) throws Unreadable {
        return score(set, item, cell, scoring, OptionLabels.UPPER);
    }

    /** @param labels how the run's papers labelled the options: the cell names them as printed */
    static Mark score(String set, PaperItem item, String cell, Scoring scoring, OptionLabels labels)
            throws Unreadable {
        if (cell == null || cell.isBlank()) {
            return blank();
        }
        Question question = item.question();
        BigDecimal full = question.marks();
        BigDecimal penalty = round(scoring.penalty(set, item).multiply(full));
        switch (question.type()) {
            case MCQ, MULTI -> {
                Set<Integer> chosen = chosen(item, cell, labels);
                Set<Integer> correct = ((Answer.Choice) question.answer()).correct();
                String response = bankLetters(chosen);
                if (question.type() == papersetter.model.QuestionType.MCQ && chosen.size() != 1) {
                    throw new Unreadable("'" + cell.strip() + "' but question " + item.number()
                            + " is multiple choice with one right option", "type one " + what(labels, false)
                                    + " (" + range(item, labels) + "), or leave it blank");
                }
                double credit;
                if (chosen.equals(correct)) {
                    credit = 1;
                } else if (question.type() == papersetter.model.QuestionType.MULTI && scoring.partialMulti()) {
                    int hits = (int) chosen.stream().filter(correct::contains).count();
                    int misses = chosen.size() - hits;
                    int distractors = question.options().size() - correct.size();
                    credit = (double) hits / correct.size() - (distractors == 0 ? 0 : (double) misses / distractors);
                    credit = Math.max(0, credit);
                    if (credit > 0) {
                        BigDecimal marks = partial(full, hits, correct.size(), misses, distractors);
                        return new Mark(response, chosen, marks, marks.doubleValue() / full.doubleValue(), true);
                    }
                } else {
                    credit = 0;
                }
                return new Mark(response, chosen, credit == 1 ? full : penalty, credit, true);
            }
            case TRUEFALSE -> {
                Boolean truth = Interpret.truth(cell);
                if (truth == null) {
                    throw new Unreadable("'" + cell.strip() + "' is not true or false",
                            "type T or F (True/False, yes/no also do), or leave it blank");
                }
                boolean right = truth == ((Answer.TrueFalse) question.answer()).value();
                return new Mark(truth ? "True" : "False", Set.of(), right ? full : penalty, right ? 1 : 0, true);
            }
            case FILL -> {
                Mark byHand = handMarked(cell, full, item);
                if (byHand != null) {
                    return byHand;
                }
                List<List<String>> accepted = ((Answer.Blanks) question.answer()).accepted();
                String[] parts = cell.split(";", -1);
                if (parts.length > accepted.size()) {
                    throw new Unreadable(parts.length + " answers but question " + item.number() + " has "
                            + accepted.size() + (accepted.size() == 1 ? " blank" : " blanks"),
                            "give one answer per blank, separated by ';' (a ';' inside an answer cannot be typed)");
                }
                int right = 0;
                for (int i = 0; i < parts.length; i++) {
                    String given = Interpret.words(parts[i]);
                    if (!given.isEmpty() && accepted.get(i).stream().map(Interpret::words).anyMatch(given::equals)) {
                        right++;
                    }
                }
                String response = cell.strip();
                if (right == 0) {
                    return new Mark(response, Set.of(), penalty, 0, true);
                }
                BigDecimal marks = round(full.multiply(BigDecimal.valueOf(right))
                        .divide(BigDecimal.valueOf(accepted.size()), 6, RoundingMode.HALF_UP));
                return new Mark(response, Set.of(), marks, (double) right / accepted.size(), true);
            }
            case NUMERIC -> {
                Mark byHand = handMarked(cell, full, item);
                if (byHand != null) {
                    return byHand;
                }
                Answer.Numeric numeric = (Answer.Numeric) question.answer();
                BigDecimal given = Interpret.number(cell, numeric.unit(), item.number());
                boolean right = numeric.accepts(given);
                return new Mark(papersetter.model.NumericAnswers.bank(given), Set.of(), right ? full : penalty, right ? 1 : 0, true);
            }
            default -> {
                BigDecimal given = Interpret.marks(cell);
                if (given == null || given.signum() < 0) {
                    throw new Unreadable("'" + cell.strip() + "' is not a number of marks",
                            "type the marks given, from 0 to " + Marks.format(full) + " (e.g. 1.5)");
                }
                if (given.compareTo(full) > 0) {
                    throw new Unreadable(Marks.format(given) + " marks but question " + item.number() + " is worth "
                            + Marks.withUnit(full), "give at most " + Marks.format(full));
                }
                return new Mark(Marks.format(given), Set.of(), given, given.doubleValue() / full.doubleValue(), true);
            }
        }
    }

    /** The bank options a cell of printed labels chose. */
    private static Set<Integer> chosen(PaperItem item, String cell, OptionLabels labels) throws Unreadable {
        List<Integer> printed = Interpret.options(cell, labels);
        int options = item.optionOrder().size();
        String range = range(item, labels);
        boolean multi = item.question().type() == papersetter.model.QuestionType.MULTI;
        if (printed == null || printed.isEmpty()) {
            throw new Unreadable("'" + cell.strip() + "' is not " + (labels == OptionLabels.NUMBERS
                    ? "an option number" : labels == OptionLabels.ROMAN ? "an option numeral" : "an option letter")
                    + (labels == OptionLabels.UPPER ? "" : " as this run's papers print them (" + examples(labels)
                            + ")"), "type the " + what(labels, multi) + " as printed (" + range + ")"
                                    + (multi && !labels.name(0).matches("[A-Za-z]") ? ", separated by ';'" : "")
                                    + ", or leave it blank");
        }
        List<String> beyond = new ArrayList<>();
        Set<Integer> bank = new TreeSet<>();
        for (int position : printed) {
            if (position >= options) {
                beyond.add(labels.name(position));
            } else {
                bank.add(item.optionOrder().get(position));
            }
        }
        if (!beyond.isEmpty()) {
            throw new Unreadable("'" + String.join(", ", beyond) + "' but question " + item.number() + " has options "
                    + range, "use one of " + range);
        }
        return bank;
    }

    /** "A to D", "1 to 4", "i to iv": the item's options as the paper names them. */
    private static String range(PaperItem item, OptionLabels labels) {
        return labels.name(0) + " to " + labels.name(item.optionOrder().size() - 1);
    }

    private static String what(OptionLabels labels, boolean several) {
        String one = labels == OptionLabels.NUMBERS ? "number" : labels == OptionLabels.ROMAN ? "numeral" : "letter";
        return several ? one + "s" : one;
    }

    /** How a cell may name the second option on a paper labelled so. */
    private static String examples(OptionLabels labels) {
        return switch (labels) {
            case NUMBERS -> "2, 2. or (2) for the second option";
            case ROMAN -> "ii, ii. or (ii) for the second option";
            default -> labels.name(1) + ", " + labels.printed(1) + " for the second option";
        };
    }

    static String bankLetters(Set<Integer> chosen) {
        return String.join(";", chosen.stream().map(Letters::of).toList());
    }

    /** (hits / right − misses / distractors) × marks, worked exactly before it is rounded once. */
    private static BigDecimal partial(BigDecimal full, int hits, int right, int misses, int distractors) {
        BigDecimal share = BigDecimal.valueOf(hits).divide(BigDecimal.valueOf(right), 12, RoundingMode.HALF_UP);
        if (distractors > 0) {
            share = share.subtract(BigDecimal.valueOf(misses).divide(BigDecimal.valueOf(distractors), 12,
                    RoundingMode.HALF_UP));
        }
        return round(full.multiply(share));
    }

    static BigDecimal round(BigDecimal marks) {
        return marks.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Marks a marker gave a fill or numeric item on a scanned sheet's marker boxes ({@code 1.5 marks}),
     * not the student's own words or number; null for a cell that is not written so.
     */
    private static Mark handMarked(String cell, BigDecimal full, PaperItem item) throws Unreadable {
        BigDecimal marked = Interpret.givenMarks(cell);
        if (marked == null) {
            return null;
        }
        if (marked.signum() < 0 || marked.compareTo(full) > 0) {
            throw new Unreadable(Marks.format(marked) + " marks but question " + item.number()
                    + " is worth " + Marks.withUnit(full), "give from 0 to " + Marks.format(full) + " marks");
        }
        return new Mark(Marks.format(marked) + " marks", Set.of(), marked, marked.doubleValue() / full.doubleValue(), true);
    }
}

package papersetter.bank;

import java.util.List;
import papersetter.model.BadInputException;

/**
 * A bank that cannot be used. It carries every problem found in the one pass over the bank, so
 * a trainer fixes them all at once instead of one per run; warnings are included because they
 * often explain an error (an unknown column 'awnser' next to a missing column 'answer').
 */
public class BankException extends BadInputException {
    private final transient List<BankProblem> problems;

    public BankException(List<BankProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors and warnings, in file order then line order. */
    public List<BankProblem> problems() {
        return problems;
    }

    static String describe(List<BankProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (String line : ProblemLines.capped(problems)) {
            text.append(line).append('\n');
        }
        long errors = problems.stream().filter(BankProblem::isError).count();
        long warnings = problems.size() - errors;
        text.append(count(errors, "error"));
        if (warnings > 0) {
            text.append(" and ").append(count(warnings, "warning"));
        }
        text.append(" in the bank — fix the ").append(errors == 1 ? "error" : "errors").append(" and run again");
        if (ProblemLines.capsAny(problems)) {
            text.append(" ('papersetter validate BANK --all-problems FILE' writes every one to FILE)");
        }
        return text.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

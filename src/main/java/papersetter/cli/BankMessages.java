package papersetter.cli;

import java.io.PrintWriter;
import java.util.List;
import papersetter.bank.BankProblem;
import papersetter.bank.ProblemLines;

/** How bank warnings reach the terminal. */
final class BankMessages {
    private BankMessages() {
    }

    static void printWarnings(List<BankProblem> warnings, PrintWriter err) {
        for (String line : ProblemLines.capped(warnings)) {
            err.println(line);
        }
        err.flush();
    }
}

package papersetter.cli;

import java.io.PrintWriter;
import java.util.List;
import papersetter.bank.BankProblem;

/** How bank warnings reach the terminal. */
final class BankMessages {
    private BankMessages() {
    }

    static void printWarnings(List<BankProblem> warnings, PrintWriter err) {
        for (BankProblem warning : warnings) {
            err.println(warning.format());
        }
        err.flush();
    }
}

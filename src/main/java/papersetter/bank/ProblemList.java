package papersetter.bank;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects problems as the reader goes, so that one run reports all of them (as jsoup collects parse errors). */
final class ProblemList {
    private final List<BankProblem> all = new ArrayList<>();

    void error(Path file, int line, String column, String message, String fix) {
        all.add(new BankProblem(file, line, column, message, fix, false));
    }

    /** Puts an error at {@code index} in the list, for one found after problems that it should precede. */
    void errorAt(int index, Path file, int line, String column, String message, String fix) {
        all.add(index, new BankProblem(file, line, column, message, fix, false));
    }

    /** How many problems there are so far: where {@link #errorAt} can put one found later. */
    int count() {
        return all.size();
    }

    void warning(Path file, int line, String column, String message, String fix) {
        all.add(new BankProblem(file, line, column, message, fix, true));
    }

    int errorCount() {
        return (int) all.stream().filter(BankProblem::isError).count();
    }

    boolean hasErrors() {
        return errorCount() > 0;
    }

    List<BankProblem> all() {
        return List.copyOf(all);
    }

    List<BankProblem> warnings() {
        return all.stream().filter(BankProblem::warning).toList();
    }
}

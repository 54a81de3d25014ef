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

    /** Renames the column of the problems from {@code index} on, as a mapping names the CSV's own columns. */
    void renameColumns(int index, java.util.function.UnaryOperator<String> rename) {
        for (int i = index; i < all.size(); i++) {
            BankProblem p = all.get(i);
            if (p.column() != null) {
                all.set(i, new BankProblem(p.file(), p.line(), rename.apply(p.column()), p.message(), p.fix(), p.warning()));
            }
        }
    }

    /** Takes back the warnings from {@code index} on, when a better word on them follows (a mapping suggested). */
    void dropWarningsFrom(int index) {
        List<BankProblem> kept = new ArrayList<>(all.subList(0, index));
        all.subList(index, all.size()).stream().filter(BankProblem::isError).forEach(kept::add);
        all.clear();
        all.addAll(kept);
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

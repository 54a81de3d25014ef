package papersetter.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import papersetter.bank.Bank;
import papersetter.bank.BankException;
import papersetter.bank.BankProblem;
import papersetter.bank.BankReader;
import papersetter.bank.BankReview;
import papersetter.render.FontCoverage;
import papersetter.render.FormulaCheck;
import papersetter.render.Layout;
import papersetter.render.Layouts;

/**
 * What {@code validate} checks, in one place below the command line: the bank is read and checked
 * row by row, every character must have a font in the layout, every formula must typeset, and then the whole bank is reviewed
 * (near-duplicates, a key-length "tell"), which only warns.
 *
 * @param warnings the bank's own warnings, then the review's
 */
public record Validation(Bank bank, List<BankProblem> warnings) {

    public Validation {
        warnings = List.copyOf(warnings);
    }

    /**
     * @param map a mapping file for another tool's CSV, or null for the one beside it (if any)
     * @param layout a layout name or file, or null for the default
     * @throws BankException with every error found (and the warnings before them) when the bank cannot be used
     */
    public static Validation of(Path bankPath, Path map, String layout) {
        Bank bank = BankReader.read(bankPath, map);
        Layout settings = Layouts.load(layout == null ? Layouts.DEFAULT : layout);
        List<BankProblem> unprintable = new ArrayList<>(FontCoverage.check(settings, bank.questions()));
        // Every formula is typeset before anything is drawn: a bad one is an error, a shrunk one a note.
        List<BankProblem> formulas = FormulaCheck.check(settings, bank.questions());
        formulas.stream().filter(BankProblem::isError).forEach(unprintable::add);
        if (!unprintable.isEmpty()) {
            List<BankProblem> all = new ArrayList<>(bank.warnings());
            all.addAll(unprintable);
            throw new BankException(all);
        }
        List<BankProblem> warnings = new ArrayList<>(bank.warnings());
        formulas.stream().filter(problem -> !problem.isError()).forEach(warnings::add);
        warnings.addAll(BankReview.review(bank));
        return new Validation(bank, warnings);
    }
}

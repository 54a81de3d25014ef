package papersetter.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import papersetter.bank.Bank;
import papersetter.bank.BankException;
import papersetter.bank.BankProblem;
import papersetter.bank.BankReader;
import papersetter.bank.BankReview;
import papersetter.model.Question;
import papersetter.render.FontCoverage;
import papersetter.render.FormulaCheck;
import papersetter.render.Layout;
import papersetter.render.Layouts;

/**
 * What {@code validate} checks, in one place below the command line: the bank is read and checked
 * row by row, every character must have a font in the layout, every formula must typeset, and then the whole bank is reviewed
 * (near-duplicates, a key-length "tell"), which only warns.
 *
 * <p>Reading is most of the work, and the other checks need little but the questions one by one:
 * so a second thread reads the layout and its fonts while the bank is read, and then takes the
 * questions in batches as they are read, checks their characters and their formulas and takes them
 * into the review. On two cores a validate takes little longer than the reading. What is reported,
 * and in which order, is as if all were done in turn: a bank that cannot be read is reported before
 * the layout is looked at, and characters without a font stop the run before the review's warnings.
 *
 * @param warnings the bank's own warnings, then the review's
 */
public record Validation(Bank bank, List<BankProblem> warnings) {
    /** Questions handed to the second thread at a time: few hand-overs, and little left to do once the reading ends. */
    private static final int BATCH = 500;

    public Validation {
        warnings = List.copyOf(warnings);
    }

    /**
     * @param map a mapping file for another tool's CSV, or null for the one beside it (if any)
     * @param layout a layout name or file, or null for the default
     * @throws BankException with every error found (and the warnings before them) when the bank cannot be used
     */
    public static Validation of(Path bankPath, Path map, String layout) {
        // One thread, so the batches are taken in the bank's order, after the fonts.
        ExecutorService beside = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "papersetter-validate-beside");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Layout> settings = beside.submit(() -> Layouts.load(layout == null ? Layouts.DEFAULT : layout));
            Future<FontCoverage> fonts = beside.submit(() -> FontCoverage.ready(Threads.get(settings)));
            BankReview review = new BankReview();
            List<Future<List<BankProblem>>> looked = new ArrayList<>();
            List<Question> batch = new ArrayList<>(BATCH);
            Bank bank = BankReader.read(bankPath, map, question -> {
                batch.add(question);
                if (batch.size() == BATCH) {
                    looked.add(beside.submit(lookAt(List.copyOf(batch), settings, fonts, review)));
                    batch.clear();
                }
            });
            looked.add(beside.submit(lookAt(List.copyOf(batch), settings, fonts, review)));
            FontCoverage coverage = Threads.get(fonts);
            // Every formula is typeset before anything is drawn: a bad one is an error, a shrunk one a note.
            List<BankProblem> formulas = new ArrayList<>();
            looked.forEach(work -> formulas.addAll(Threads.get(work)));
            List<BankProblem> unprintable = new ArrayList<>(coverage.problems());
            formulas.stream().filter(BankProblem::isError).forEach(unprintable::add);
            if (!unprintable.isEmpty()) {
                List<BankProblem> all = new ArrayList<>(bank.warnings());
                all.addAll(unprintable);
                throw new BankException(all);
            }
            List<BankProblem> warnings = new ArrayList<>(bank.warnings());
            formulas.stream().filter(problem -> !problem.isError()).forEach(warnings::add);
            warnings.addAll(review.warnings(bank));
            return new Validation(bank, warnings);
        } finally {
            beside.shutdownNow();
        }
    }

    /**
     * The work on a batch of questions just read: their characters, what the review takes from each,
     * and their formulas, whose problems it returns (the batches' in turn are the bank's, in order).
     */
    private static Callable<List<BankProblem>> lookAt(List<Question> questions, Future<Layout> settings,
            Future<FontCoverage> fonts, BankReview review) {
        return () -> {
            FontCoverage coverage = Threads.get(fonts); // done: it came first, after the layout
            for (Question question : questions) {
                coverage.lookAt(question);
                review.look(question);
            }
            return FormulaCheck.check(Threads.get(settings), questions);
        };
    }
}

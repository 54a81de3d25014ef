package papersetter.bank;

import java.nio.file.Path;
import java.util.List;
import papersetter.model.Question;

/**
 * A loaded and validated bank.
 *
 * @param questions every question, in file order then row order
 * @param warnings problems that do not stop a run (an unknown column, a repeated question text)
 * @param files the CSV files read, in the order read
 */
public record Bank(Path location, List<Question> questions, List<BankProblem> warnings, List<Path> files) {
    public Bank {
        questions = List.copyOf(questions);
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
    }
}

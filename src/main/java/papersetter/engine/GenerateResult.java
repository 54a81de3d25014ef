package papersetter.engine;

import java.nio.file.Path;
import java.util.List;
import papersetter.bank.BankProblem;
import papersetter.model.Paper;

/** What a run made and where, for the command line to report. */
public record GenerateResult(Path folder, long seed, List<Paper> papers, List<String> files, List<BankProblem> warnings) {
    public GenerateResult {
        papers = List.copyOf(papers);
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}

package papersetter.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import papersetter.bank.BankProblem;
import papersetter.model.Paper;
import papersetter.select.Overlap;

/**
 * What a run made and where, for the command line to report.
 *
 * @param overlap how far apart the sets are, as drawn; empty for a reprint, which draws nothing
 * @param unrecorded why the run, though written, could not be added to the record of runs
 */
public record GenerateResult(Path folder, long seed, List<Paper> papers, List<String> files, List<BankProblem> warnings,
        Optional<Overlap> overlap, Optional<String> unrecorded) {
    public GenerateResult {
        papers = List.copyOf(papers);
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public GenerateResult(Path folder, long seed, List<Paper> papers, List<String> files, List<BankProblem> warnings) {
        this(folder, seed, papers, files, warnings, Optional.empty(), Optional.empty());
    }

    GenerateResult withOverlap(Overlap drawn) {
        return new GenerateResult(folder, seed, papers, files, warnings, Optional.of(drawn), unrecorded);
    }

    GenerateResult withUnrecorded(Optional<String> problem) {
        return new GenerateResult(folder, seed, papers, files, warnings, overlap, problem);
    }
}

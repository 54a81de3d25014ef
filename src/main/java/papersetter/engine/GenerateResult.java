package papersetter.engine;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import papersetter.bank.BankProblem;
import papersetter.model.Paper;
import papersetter.select.Overlap;

/**
 * What a run made and where, for the command line to report.
 *
 * @param overlap how far apart the sets are, as drawn; empty for a reprint, which draws nothing
 * @param unrecorded why the run, though written, could not be added to the record of runs
 * @param exportLosses by the title of each exported format, what it could not hold of set A's questions
 * @param manifestDigest the SHA-256 of manifest.json as written, for the record of runs (which would
 *     otherwise read the file back); empty when not known
 */
public record GenerateResult(Path folder, long seed, List<Paper> papers, List<String> files, List<BankProblem> warnings,
        Optional<Overlap> overlap, Optional<String> unrecorded, Map<String, List<String>> exportLosses,
        Optional<String> manifestDigest) {
    public GenerateResult {
        papers = List.copyOf(papers);
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        exportLosses = Collections.unmodifiableMap(new LinkedHashMap<>(exportLosses));
    }

    public GenerateResult(Path folder, long seed, List<Paper> papers, List<String> files, List<BankProblem> warnings) {
        this(folder, seed, papers, files, warnings, Optional.empty(), Optional.empty(), Map.of(), Optional.empty());
    }

    GenerateResult withOverlap(Overlap drawn) {
        return new GenerateResult(folder, seed, papers, files, warnings, Optional.of(drawn), unrecorded, exportLosses,
                manifestDigest);
    }

    GenerateResult withUnrecorded(Optional<String> problem) {
        return new GenerateResult(folder, seed, papers, files, warnings, overlap, problem, exportLosses, manifestDigest);
    }

    GenerateResult withExportLosses(Map<String, List<String>> losses) {
        return new GenerateResult(folder, seed, papers, files, warnings, overlap, unrecorded, losses, manifestDigest);
    }

    GenerateResult withManifestDigest(String digest) {
        return new GenerateResult(folder, seed, papers, files, warnings, overlap, unrecorded, exportLosses,
                Optional.of(digest));
    }
}

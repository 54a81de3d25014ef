package papersetter.engine;

import java.util.List;
import papersetter.bank.BankProblem;
import papersetter.model.Paper;
import papersetter.output.Manifest;
import papersetter.render.Layout;
import papersetter.render.PaperInfo;

/**
 * A run ready to be written, drawn or read back from a manifest: its papers, how they look, and
 * what its manifest records.
 *
 * @param drawing how the sets came out, as recorded; null when the manifest did not say
 * @param warnings the bank's warnings, for the command line to show
 */
record RunPlan(long seed, List<Paper> papers, PaperInfo info, Layout layout, Manifest.Options options,
        List<Manifest.BankFile> bankFiles, Manifest.Drawing drawing, List<BankProblem> warnings) {
    RunPlan {
        papers = List.copyOf(papers);
        bankFiles = List.copyOf(bankFiles);
        warnings = List.copyOf(warnings);
    }

    static String paperFile(Paper paper) {
        return "paper-" + paper.set() + ".pdf";
    }

    static String keyFile(Paper paper) {
        return "key-" + paper.set() + ".pdf";
    }
}

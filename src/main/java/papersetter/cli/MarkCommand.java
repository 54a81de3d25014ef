package papersetter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import papersetter.marking.MarkRequest;
import papersetter.marking.MarkResult;
import papersetter.marking.Marking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "mark",
        mixinStandardHelpOptions = true,
        description = {"Marks a run from its scanned answer sheets or from typed responses and writes RUN/marks/:",
            "results.csv (a row per student), items.csv (facility, discrimination, option shares and flags per",
            "question), report.pdf (charts, the item table and the class list), summary.txt and responses.csv",
            "(the answers marked). Scans with doubtful marks are not marked: RUN/marks/ gets responses.csv",
            "(doubtful answers blank, named in its 'review' column) and review.pdf (each doubt cut out of the",
            "scan); correct responses.csv, then mark it with --responses."},
        footer = {"", "The responses file: one row per student with columns roll, name, set and the printed question",
            "numbers (1, 2, … or Q1, Q2, …); other columns (Timestamp, Email) are left out. mcq: the option as printed",
            "(B; 2 or ii where options are numbered);",
            "multi: letters in any order (A;C, AC, A, C); truefalse: T/F, True/False, yes/no; fill: the words,",
            "one answer per blank separated by ';'; short/long: the marks given. A blank cell is no answer.",
            "", "Scans: a PDF, PNG, JPEG or TIFF file, or a folder of them (read in name order); 200 dpi greyscale,",
            "pages in any order and either way up.",
            "", "Examples:",
            "  papersetter mark output/RUN --scans scans/class-7.pdf",
            "  papersetter mark output/RUN --responses output/RUN/marks/responses.csv",
            "  papersetter mark output/RUN --responses class.csv",
            "  papersetter mark output/RUN --responses class.csv --wrong -0.25 --multi partial",
            "  papersetter mark output/RUN --responses class.csv --wrong mcq=-0.25,truefalse=-0.5",
            "  papersetter mark output/RUN --responses class.csv --rekey DJ-ORM-014=B --rekey A:12=C"})
final class MarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run folder to mark (it holds manifest.json).")
    Path run;

    @Option(names = "--responses", paramLabel = "FILE",
            description = "The typed responses: CSV from a spreadsheet or a Google Forms export, or the"
                    + " responses.csv a scan marking wrote, corrected.")
    Path responses;

    @Option(names = "--scans", paramLabel = "FILE_OR_FOLDER",
            description = "The scanned answer sheets: a PDF, a PNG, JPEG or TIFF picture, or a folder of them.")
    Path scans;

    @Option(names = "--multi", paramLabel = "all|partial", defaultValue = "all",
            description = "multi items: 'all' (only the exact right options earn marks, the default) or 'partial'"
                    + " (right ticked / right − wrong ticked / wrong, at least 0).")
    String multi;

    @Option(names = "--wrong", paramLabel = "SHARE", split = ",",
            description = "Negative marking: the share of an item's marks a wrong answer costs, e.g. -0.25, or per"
                    + " type, mcq=-0.25,truefalse=-0.5. An item scores no less than this; a total no less than 0."
                    + " Without it, the run's spec's 'wrong' (if it set one) is used.")
    List<String> wrong;

    @Option(names = "--rekey", paramLabel = "ID=ANSWER",
            description = "A key corrected after the test: DJ-ORM-014=B (bank id, bank letters) or A:12=B (set A's"
                    + " question 12, option as printed: 2 or ii where options are numbered). Repeat for more. The"
                    + " papers are not changed.")
    List<String> rekeys;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        MarkResult result = Marking.mark(new MarkRequest(run, responses, multi, wrong, rekeys, scans),
                TerminalProgress.forScans());
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.summary());
        out.flush();
        if (result.unrecorded() != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(result.unrecorded());
            err.flush();
        }
        return ErrorReporter.OK;
    }
}

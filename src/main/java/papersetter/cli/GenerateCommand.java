package papersetter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import papersetter.bank.ShippedBank;
import papersetter.engine.GenerateOptions;
import papersetter.engine.GenerateRequest;
import papersetter.engine.ReprintRequest;
import papersetter.engine.GenerateResult;
import papersetter.engine.Pipeline;
import papersetter.model.Paper;
import papersetter.select.Equivalence;
import papersetter.select.Overlap;
import papersetter.select.Vary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Picks questions from a bank, shuffles them into sets A, B, C, … and writes each set's",
            "question paper and answer key as PDFs, one merged print file and a manifest into a new",
            "folder under --out. The same bank, options and seed always give the same files."},
        footer = {"", "Examples:",
            "  papersetter generate",
            "      two sets of 20 questions from bank/django into output/",
            "  papersetter generate --level fresher --topic orm,views --count 15 --sets 4",
            "  papersetter generate --type mcq,truefalse --count 30 --seed 4821 --title \"Unit test 3\"",
            "  papersetter generate --bank my-bank.csv --out papers --duration \"1 hour\" --date 2026-12-01",
            "  papersetter generate --spec bank/django/specs/fresher-50.yaml --sets 3 --vary questions --max-overlap 2",
            "  papersetter generate --spec bank/django/specs/fresher-50.yaml --avoid-recent 2",
            "  papersetter generate --from output/django-20261124-150311-seed2026/manifest.json",
            "  papersetter generate --from output/django-20261124-150311-seed2026/manifest.json --layout large-print --only B",
            "      set B of that run, the same questions in the same order, in large print",
            "  papersetter generate --level fresher --type mcq --count all --layout revision --sets 1"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-b", "--bank"}, paramLabel = "PATH",
            description = "A bank: one CSV file or a folder of CSV files (default: " + ShippedBank.DEFAULT + ").")
    Path bank;

    @Option(names = {"-l", "--level"}, split = ",", paramLabel = "LEVEL",
            description = "Only these levels, comma-separated (e.g. fresher). Default: all.")
    List<String> levels = new ArrayList<>();

    @Option(names = {"-t", "--topic"}, split = ",", paramLabel = "TOPIC",
            description = "Only these topics, comma-separated (e.g. orm,views). Default: all.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Only these types, comma-separated: mcq, multi, truefalse, fill, short, long. Default: all.")
    List<String> types = new ArrayList<>();

    @Option(names = {"-n", "--count"}, paramLabel = "N|all",
            description = "How many questions each paper has, or 'all' for every matching question (default: "
                    + GenerateOptions.DEFAULT_COUNT + ").")
    String count;

    @Option(names = {"-s", "--sets"}, paramLabel = "N",
            description = "How many versions to make, lettered A, B, C, … (default: " + GenerateOptions.DEFAULT_SETS
                    + ", at most " + GenerateRequest.MAX_SETS + ").")
    Integer sets;

    @Option(names = "--seed", paramLabel = "NUMBER",
            description = "Makes the run repeatable. Without it a seed is chosen and printed.")
    Long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder that receives a new folder for this run (default: " + GenerateOptions.DEFAULT_OUT
                    + ").")
    Path out;

    @Option(names = "--layout", paramLabel = "NAME|FILE",
            description = "How the papers look: a shipped layout (exam, worksheet, revision, large-print, compact) or a layout file (default: the spec's, or exam).")
    String layout;

    @Option(names = "--spec", paramLabel = "FILE",
            description = "A paper spec (YAML): title, sections, rules, quotas and total marks. See bank/django/specs/.")
    Path specFile;

    @Option(names = "--vary", paramLabel = "order|questions",
            description = "How sets differ: 'order' (same questions, shuffled) or 'questions' (each set draws"
                    + " equivalent questions: same sections, topics, types and marks). Default: order.")
    Vary vary;

    @Option(names = "--max-overlap", paramLabel = "N",
            description = "With --vary questions: the most questions any two sets may share (default: as few as the bank allows).")
    Integer maxOverlap;

    @Option(names = "--equivalent", paramLabel = "topic|type",
            description = "With --vary questions: what another set's item must share with set A's: 'topic' (and type"
                    + " and marks; the default) or 'type' (type and marks; the same topic where the bank allows).")
    Equivalence equivalent;

    @Option(names = "--avoid-recent", paramLabel = "N",
            description = "Leave out questions used in the last N runs recorded in the output folder's history.")
    Integer avoidRecent;

    @Option(names = "--from", paramLabel = "MANIFEST",
            description = "Reprint an earlier run from its manifest.json: the same questions, order and options."
                    + " --layout and the header options print it another way, --only some of its sets.")
    Path from;

    @Option(names = "--export", paramLabel = "LIST", split = ",", description = {"Also write each set's questions,"
            + " as drawn, for an online quiz: moodle-xml, gift, qti (comma-separated)."})
    List<String> export = new ArrayList<>();

    @Option(names = "--pdfa", description = "Write the PDFs as PDF/A-2b, for archiving (as the layout setting pdf-a: true).")
    boolean pdfA;

    @Option(names = "--only", split = ",", paramLabel = "SET",
            description = "With --from: print only these sets, comma-separated (e.g. B,D).")
    List<String> only = new ArrayList<>();

    @Option(names = "--answer-sheets", arity = "0..1", fallbackValue = "files", paramLabel = "files|print",
            description = "Also write a machine-readable answer sheet per set (sheet-A.pdf, …); 'print' puts each"
                    + " set's sheet in the print file too, after its paper. As the layout setting answer-sheet: true.")
    String answerSheets;

    @Option(names = "--students", paramLabel = "CSV",
            description = "A class list (columns roll, name, and optionally set): personalised answer sheets, sets"
                    + " dealt in turn down the list unless its set column says; the manifest records who sits which set.")
    Path students;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title printed on every paper (default: from the bank's name).")
    String title;

    @Option(names = "--course", paramLabel = "TEXT", description = "Course or class, printed under the title.")
    String course;

    @Option(names = "--institution", paramLabel = "TEXT", description = "School or institution, printed above the title.")
    String institution;

    @Option(names = "--duration", paramLabel = "TEXT",
            description = "Time allowed, as printed (e.g. \"45 minutes\"). Default: estimated from the marks.")
    String duration;

    @Option(names = "--date", paramLabel = "TEXT", description = "Date printed in the header (default: none).")
    String date;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        GenerateOptions options = new GenerateOptions(bank, levels, topics, types, count, sets, seed, out, layout,
                specFile, vary, maxOverlap, equivalent, avoidRecent, export, pdfA, from, only, title, course, institution, duration, date,
                answerSheets, students);
        if (options.isReprint()) {
            return reprint(options.reprintRequest());
        }
        GenerateRequest request = options.request();
        report(Pipeline.generate(request, TerminalProgress.forThisTerminal()), request.vary(), seed == null);
        return ErrorReporter.OK;
    }

    private int reprint(ReprintRequest request) {
        GenerateResult result = Pipeline.reprint(request);
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Reprinted the run of " + from + " (seed " + result.seed() + ")"
                + request.layout().map(name -> " in the " + name + " layout").orElse("")
                + (request.only().isEmpty() ? "" : ", " + (request.only().size() == 1 ? "set " : "sets ")
                        + String.join(", ", request.only()) + ",")
                + " to " + result.folder());
        result.files().forEach(file -> printer.println("  " + file));
        printer.println("The questions are those the manifest records; the history was neither read nor changed.");
        printer.flush();
        return ErrorReporter.OK;
    }

    private void report(GenerateResult result, Vary vary, boolean seedChosen) {
        PrintWriter out = spec.commandLine().getOut();
        BankMessages.printWarnings(result.warnings(), spec.commandLine().getErr());
        result.unrecorded().ifPresent(spec.commandLine().getErr()::println);
        Paper first = result.papers().get(0);
        String marks = Pipeline.totalMarks(first);
        out.printf("Wrote %d %s of %d %s (%s %s each) to %s%n", result.papers().size(),
                result.papers().size() == 1 ? "set" : "sets", first.items().size(),
                first.items().size() == 1 ? "question" : "questions", marks, marks.equals("1") ? "mark" : "marks",
                result.folder());
        for (String file : result.files()) {
            out.println("  " + file);
        }
        if (vary == Vary.QUESTIONS && result.papers().size() > 1) {
            result.overlap().ifPresent(overlap -> out.println(overlap(overlap)));
        }
        result.exportLosses().forEach((format, losses) -> {
            out.println("Not carried over to " + format + " (set " + first.set() + "):");
            losses.forEach(loss -> out.println("  " + loss));
        });
        out.println(seedChosen
                ? "Seed " + result.seed() + " was chosen for this run; add --seed " + result.seed() + " to repeat it."
                : "Seed " + result.seed() + ".");
        out.flush();
    }

    /** Every pair while they fit on a line or two, else the closest two; the manifest has each set's closest. */
    static String overlap(Overlap overlap) {
        String most = "Sets share at most " + overlap.max() + " questions (";
        if (overlap.keepsEveryPair()) {
            return most + overlap.everyPair().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", ")) + ").";
        }
        return most + "sets " + overlap.maxPair().orElseThrow().replace("-", " and ")
                + "; each set's closest set is in manifest.json under drawing.closest).";
    }
}

package papersetter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import papersetter.engine.GenerateRequest;
import papersetter.engine.GenerateResult;
import papersetter.engine.Pipeline;
import papersetter.model.BadInputException;
import papersetter.model.Paper;
import papersetter.model.QuestionType;
import papersetter.render.Layout;
import papersetter.render.Layouts;
import papersetter.render.PaperInfo;
import papersetter.select.Filter;
import papersetter.select.Overlap;
import papersetter.select.PaperSpec;
import papersetter.select.SpecReader;
import papersetter.select.Vary;
import java.util.OptionalInt;
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
            "  papersetter generate --from output/django-20261124-150311-seed2026/manifest.json"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-b", "--bank"}, paramLabel = "PATH",
            description = "A bank: one CSV file or a folder of CSV files (default: " + BankOption.DEFAULT + ").")
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

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "20",
            description = "How many questions each paper has (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = {"-s", "--sets"}, paramLabel = "N", defaultValue = "2",
            description = "How many versions to make, lettered A, B, C, … (default: ${DEFAULT-VALUE}).")
    int sets;

    @Option(names = "--seed", paramLabel = "NUMBER",
            description = "Makes the run repeatable. Without it a seed is chosen and printed.")
    Long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder that receives a new folder for this run (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--layout", paramLabel = "NAME|FILE",
            description = "How the papers look: a shipped layout (exam, worksheet, revision, large-print, compact) or a layout file (default: the spec's, or exam).")
    String layout;

    @Option(names = "--spec", paramLabel = "FILE",
            description = "A paper spec (YAML): title, sections, rules, quotas and total marks. See bank/django/specs/.")
    Path specFile;

    @Option(names = "--vary", paramLabel = "order|questions", defaultValue = "order",
            description = "How sets differ: 'order' (same questions, shuffled) or 'questions' (each set draws"
                    + " equivalent questions: same sections, topics, types and marks). Default: ${DEFAULT-VALUE}.")
    Vary vary;

    @Option(names = "--max-overlap", paramLabel = "N",
            description = "With --vary questions: the most questions any two sets may share (default: as few as the bank allows).")
    Integer maxOverlap;

    @Option(names = "--avoid-recent", paramLabel = "N", defaultValue = "0",
            description = "Leave out questions used in the last N runs recorded in the output folder's history.")
    int avoidRecent;

    @Option(names = "--from", paramLabel = "MANIFEST",
            description = "Reprint an earlier run byte for byte from its manifest.json (only --out may be given with it).")
    Path from;

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

    @Option(names = "--pdfa", description = "Write the PDFs as PDF/A-2b, for archiving (as the layout setting pdf-a: true).")
    boolean pdfA;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        if (from != null) {
            return reproduce();
        }
        if (maxOverlap != null && (vary != Vary.QUESTIONS || maxOverlap < 0)) {
            throw new BadInputException(maxOverlap < 0 ? "--max-overlap must be 0 or more (it was " + maxOverlap + ")."
                    : "--max-overlap only applies with --vary questions; with --vary order every set has the same questions.");
        }
        if (avoidRecent < 0) {
            throw new BadInputException("--avoid-recent must be 0 or more (it was " + avoidRecent + ").");
        }
        if (specFile != null) {
            return generateFromSpec();
        }
        if (sets < 1 || sets > 5000) {
            throw new BadInputException("--sets must be between 1 and 5000 (it was " + sets + ").");
        }
        Path bankPath = BankOption.resolve(bank);
        Filter filter = new Filter(Set.copyOf(levels), Set.copyOf(topics), parseTypes(types));
        String paperTitle = title != null ? title : defaultTitle(bankPath);
        String courseLine = course != null ? course : defaultCourse(levels);
        GenerateRequest request = new GenerateRequest(bankPath, filter, count, sets,
                seed == null ? OptionalLong.empty() : OptionalLong.of(seed), out,
                new PaperInfo(paperTitle, courseLine, institution, duration, date),
                layout(layout == null ? Layouts.DEFAULT : layout), PaperSpec.simple(filter, count), vary,
                maxOverlap == null ? OptionalInt.empty() : OptionalInt.of(maxOverlap), avoidRecent, layout);
        GenerateResult result = Pipeline.generate(request, TerminalProgress.forThisTerminal());
        report(result, seed == null);
        return ErrorReporter.OK;
    }

    /** The spec gives the paper's sections and header; options given on the command line win over it. */
    private int generateFromSpec() {
        for (String option : List.of("--level", "--topic", "--type", "--count")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new BadInputException(option + " cannot be used with --spec: the spec's sections say what to draw."
                        + " Change the spec, or leave out --spec.");
            }
        }
        Path bankPath = BankOption.resolve(bank);
        PaperSpec paperSpec = SpecReader.read(specFile);
        String layoutName = layout != null ? layout : paperSpec.layout().orElse(Layouts.DEFAULT);
        PaperInfo info = new PaperInfo(
                title != null ? title : paperSpec.title().orElse(defaultTitle(bankPath)),
                course != null ? course : paperSpec.course().orElse(""),
                institution != null ? institution : paperSpec.institution().orElse(null),
                duration != null ? duration : paperSpec.duration().orElse(null),
                date != null ? date : paperSpec.date().orElse(null));
        GenerateRequest request = new GenerateRequest(bankPath, Filter.ANY, 0, sets,
                seed == null ? OptionalLong.empty() : OptionalLong.of(seed), out, info, layout(layoutName),
                paperSpec, vary, maxOverlap == null ? OptionalInt.empty() : OptionalInt.of(maxOverlap), avoidRecent,
                layoutName);
        report(Pipeline.generate(request, TerminalProgress.forThisTerminal()), seed == null);
        return ErrorReporter.OK;
    }

    private Layout layout(String name) {
        Layout loaded = Layouts.load(name);
        return pdfA ? loaded.withPdfA(true) : loaded;
    }

    private int reproduce() {
        for (picocli.CommandLine.Model.OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
            if (!List.of("--from", "--out", "--debug").contains(option.longestName())) {
                throw new BadInputException(option.longestName() + " cannot be used with --from: a reproduction"
                        + " prints the run exactly as its manifest records it (only --out may be given).");
            }
        }
        GenerateResult result = Pipeline.reproduce(from, out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Reprinted the run of " + from + " (seed " + result.seed() + ") to " + result.folder());
        result.files().forEach(file -> printer.println("  " + file));
        printer.println("The questions are those the manifest records; the history was neither read nor changed.");
        printer.flush();
        return ErrorReporter.OK;
    }

    private void report(GenerateResult result, boolean seedChosen) {
        PrintWriter out = spec.commandLine().getOut();
        BankMessages.printWarnings(result.warnings(), spec.commandLine().getErr());
        Paper first = result.papers().get(0);
        out.printf("Wrote %d %s of %d questions (%s marks each) to %s%n", result.papers().size(),
                result.papers().size() == 1 ? "set" : "sets", first.items().size(), Pipeline.totalMarks(first),
                result.folder());
        for (String file : result.files()) {
            out.println("  " + file);
        }
        if (vary == Vary.QUESTIONS && result.papers().size() > 1) {
            result.overlap().ifPresent(overlap -> out.println(overlap(overlap)));
        }
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

    static Set<QuestionType> parseTypes(List<String> words) {
        Set<QuestionType> types = new LinkedHashSet<>();
        for (String word : words) {
            if (word.isBlank()) {
                continue;
            }
            types.add(QuestionType.parse(word).orElseThrow(() -> new BadInputException(
                    "Unknown question type '" + word.trim() + "' in --type. Use any of: mcq, multi, truefalse, fill, short, long.")));
        }
        return types;
    }

    static String defaultTitle(Path bank) {
        String name = Pipeline.bankNameForTitle(bank);
        return name + " test";
    }

    static String defaultCourse(List<String> levels) {
        Set<String> distinct = new LinkedHashSet<>();
        levels.forEach(level -> distinct.add(level.trim().toLowerCase(Locale.ROOT)));
        distinct.remove("");
        if (distinct.isEmpty()) {
            return "";
        }
        String joined = String.join(" and ", distinct);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + " level";
    }
}

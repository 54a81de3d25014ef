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
import papersetter.render.Layouts;
import papersetter.render.PaperInfo;
import papersetter.select.Filter;
import picocli.CommandLine.Command;
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
            "  papersetter generate --bank my-bank.csv --out papers --duration \"1 hour\" --date 2026-12-01"})
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

    @Option(names = "--layout", paramLabel = "NAME|FILE", defaultValue = "exam",
            description = "How the papers look: a shipped layout (exam) or a layout file (default: ${DEFAULT-VALUE}).")
    String layout;

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

    @Option(names = "--debug", description = "Print a stack trace when something goes wrong.")
    boolean debug;

    @Override
    public Integer call() {
        if (sets < 1 || sets > 52) {
            throw new BadInputException("--sets must be between 1 and 52 (it was " + sets + ").");
        }
        Path bankPath = BankOption.resolve(bank);
        Filter filter = new Filter(Set.copyOf(levels), Set.copyOf(topics), parseTypes(types));
        String paperTitle = title != null ? title : defaultTitle(bankPath);
        String courseLine = course != null ? course : defaultCourse(levels);
        GenerateRequest request = new GenerateRequest(bankPath, filter, count, sets,
                seed == null ? OptionalLong.empty() : OptionalLong.of(seed), out,
                new PaperInfo(paperTitle, courseLine, institution, duration, date), Layouts.load(layout));
        GenerateResult result = Pipeline.generate(request);
        report(result, seed == null);
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
        out.println(seedChosen
                ? "Seed " + result.seed() + " was chosen for this run; add --seed " + result.seed() + " to repeat it."
                : "Seed " + result.seed() + ".");
        out.flush();
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

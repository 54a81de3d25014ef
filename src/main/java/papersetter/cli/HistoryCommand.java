package papersetter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import papersetter.history.History;
import papersetter.model.BadInputException;
import papersetter.history.HistoryEntry;
import papersetter.history.MarkingEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history",
        mixinStandardHelpOptions = true,
        description = {"Shows which runs were made into an output folder and how often each question was used:",
            "what 'generate --avoid-recent N' leaves out and what drawing prefers (the least-used)."},
        footer = {"", "Examples:",
            "  papersetter history                 the runs in output/ and the most-used questions",
            "  papersetter history --out papers --last 5 --all",
            "  papersetter history --item DJ-ORM-014        how a question did in each marked run"})
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "The output folder whose history to show (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--last", paramLabel = "N", defaultValue = "10",
            description = "How many of the latest runs to list (default: ${DEFAULT-VALUE}).")
    int last;

    @Option(names = "--all", description = "List every question used, with its count, instead of the ten most used.")
    boolean all;

    @Option(names = "--item", paramLabel = "ID",
            description = "How one question did in every marked run: students, facility, discrimination, flags.")
    String item;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        if (last < 1) {
            throw new BadInputException("--last must be 1 or more (it was " + last + "); --all lists every question.");
        }
        PrintWriter printer = spec.commandLine().getOut();
        if (item != null) {
            return item(printer, item.strip());
        }
        History.Summary summary = History.summary(out, last);
        if (summary.runs() == 0) {
            printer.println("No runs recorded in " + History.file(out) + " yet.");
            printer.flush();
            return ErrorReporter.OK;
        }
        List<HistoryEntry> entries = summary.latest();
        printer.printf("%d %s recorded in %s; %d questions used.%n", summary.runs(),
                summary.runs() == 1 ? "run" : "runs", History.file(out), summary.uses().size());
        printer.println("Latest runs (newest last; --avoid-recent N leaves out the questions of the last N):");
        for (int i = 0; i < entries.size(); i++) {
            HistoryEntry entry = entries.get(i);
            int back = entries.size() - i;
            printer.printf("  %3d  %-19s  %-44s %d %s, %d questions, seed %d%s%n", back, entry.time().replace('T', ' '),
                    entry.run(), entry.sets().size(), entry.sets().size() == 1 ? "set" : "sets", entry.ids().size(),
                    entry.seed(), entry.spec().isEmpty() ? "" : ", spec " + entry.spec());
        }
        List<Map.Entry<String, Integer>> byUse = summary.uses().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        printer.println(all ? "Questions used (runs):" : "Most used questions (runs):");
        byUse.stream().limit(all ? byUse.size() : 10)
                .forEach(e -> printer.printf("  %-20s %d%n", e.getKey(), e.getValue()));
        printer.flush();
        return ErrorReporter.OK;
    }

    private int item(PrintWriter printer, String id) {
        List<MarkingEntry.ItemHistory> rows = History.itemHistory(out, id);
        if (rows.isEmpty()) {
            printer.println("No marked run in " + out + " had question " + id + " (papersetter mark records them).");
            printer.flush();
            return ErrorReporter.OK;
        }
        printer.printf("%s in %d marked %s (facility: share right; discrimination: point-biserial, upper-lower):%n", id,
                rows.size(), rows.size() == 1 ? "run" : "runs");
        for (MarkingEntry.ItemHistory row : rows) {
            printer.printf("  %-19s  %-44s %4d students  facility %.2f  discrimination %s / %s%s%n",
                    row.time().replace('T', ' '), row.run(), row.students(), row.facility(), two(row.pointBiserial()),
                    two(row.upperLower()), row.flags().isEmpty() ? "" : "  " + row.flags());
        }
        printer.flush();
        return ErrorReporter.OK;
    }

    private static String two(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}

package papersetter.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import papersetter.bank.Bank;
import papersetter.bank.BankException;
import papersetter.bank.BankProblem;
import papersetter.bank.ProblemLines;
import papersetter.engine.Validation;
import papersetter.model.BadInputException;
import papersetter.model.QuestionType;
import papersetter.model.RunFailure;
import picocli.CommandLine.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Checks a bank and reports every problem at once, each with its file, line, column",
            "and what to do. Exits with 0 when the bank is usable and 2 when it is not."},
        footer = {"", "Examples:",
            "  papersetter validate                   check the shipped bank",
            "  papersetter validate my-questions.csv",
            "  papersetter validate banks/chemistry   a folder: every bank file in it is checked",
            "  papersetter validate quiz.gift         GIFT, Aiken (.txt), Moodle XML and .xlsx are read too",
            "  papersetter validate trivia.csv --map trivia.map.yaml   another tool's CSV, mapped",
            "  papersetter validate big.csv --all-problems problems.txt",
            "  papersetter validate hindi.csv --layout my-layout.yaml   with that layout's fonts"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BankParameter bank;

    @Option(names = "--all-problems", paramLabel = "FILE",
            description = "Also write every problem, one per line, to FILE (the terminal shows the first "
                    + ProblemLines.SHOWN_PER_KIND + " of each kind and counts the rest).")
    Path allProblems;

    @picocli.CommandLine.Option(names = "--map", paramLabel = "FILE", description = {"How the CSV's columns map onto"
            + " papersetter's, for a bank from another tool (default: NAME.map.yaml beside NAME.csv, if there is one)."})
    Path map;

    @Option(names = "--layout", paramLabel = "NAME|FILE", description = "The layout whose fonts must print every"
            + " character (default: exam).")
    String layout;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        Validation validation;
        try {
            validation = Validation.of(bank.path(), map, layout);
        } catch (BankException e) {
            if (allProblems == null) {
                throw e;
            }
            writeAll(e.problems());
            throw new BadInputException(e.getMessage() + "\nAll " + e.problems().size() + " problems are listed in "
                    + allProblems + ".", e);
        }
        Bank loaded = validation.bank();
        List<BankProblem> all = validation.warnings();
        if (allProblems != null) {
            writeAll(all);
        }
        PrintWriter out = spec.commandLine().getOut();
        BankMessages.printWarnings(all, spec.commandLine().getErr());
        // Counted by type in one pass without a collector (cheaper on a big bank), then named.
        long[] counts = new long[QuestionType.values().length];
        loaded.questions().forEach(q -> counts[q.type().ordinal()]++);
        Map<String, Long> byType = new TreeMap<>();
        for (QuestionType type : QuestionType.values()) {
            if (counts[type.ordinal()] > 0) {
                byType.merge(type.label(), counts[type.ordinal()], Long::sum);
            }
        }
        int questions = loaded.questions().size();
        int warnings = all.size();
        out.printf("%s: %d %s in %d %s, no problems%s.%n", loaded.location(), questions,
                questions == 1 ? "question" : "questions", loaded.files().size(),
                loaded.files().size() == 1 ? "file" : "files",
                warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning" : " warnings") + " above)");
        out.println("  " + byType.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        out.flush();
        return ErrorReporter.OK;
    }

    private void writeAll(List<BankProblem> problems) {
        try {
            Files.write(allProblems, ProblemLines.all(problems), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RunFailure("Cannot write the list of problems to " + allProblems + " (" + e.getMessage()
                    + "); give another file with --all-problems.", e);
        }
    }
}

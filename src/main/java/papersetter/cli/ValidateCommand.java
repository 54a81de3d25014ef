package papersetter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import papersetter.bank.Bank;
import papersetter.bank.BankReader;
import papersetter.model.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
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
            "  papersetter validate trivia.csv --map trivia.map.yaml   another tool's CSV, mapped"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "BANK", description = "A CSV file or a folder of CSV files (default: "
            + BankOption.DEFAULT + ").")
    Path bank;

    @picocli.CommandLine.Option(names = "--map", paramLabel = "FILE", description = {"How the CSV's columns map onto"
            + " papersetter's, for a bank from another tool (default: NAME.map.yaml beside NAME.csv, if there is one)."})
    Path map;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        Bank loaded = BankReader.read(BankOption.resolve(bank), map);
        PrintWriter out = spec.commandLine().getOut();
        BankMessages.printWarnings(loaded.warnings(), spec.commandLine().getErr());
        Map<String, Long> byType = new TreeMap<>(loaded.questions().stream()
                .collect(Collectors.groupingBy(q -> q.type().label(), Collectors.counting())));
        int questions = loaded.questions().size();
        int warnings = loaded.warnings().size();
        out.printf("%s: %d %s in %d %s, no problems%s.%n", loaded.location(), questions,
                questions == 1 ? "question" : "questions", loaded.files().size(),
                loaded.files().size() == 1 ? "file" : "files",
                warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning" : " warnings") + " above)");
        out.println("  " + byType.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        out.flush();
        return ErrorReporter.OK;
    }

    static long count(Bank bank, java.util.function.Predicate<Question> which) {
        return bank.questions().stream().filter(which).count();
    }
}

package papersetter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.List;
import papersetter.bank.Bank;
import papersetter.bank.BankException;
import papersetter.bank.BankProblem;
import papersetter.bank.BankReader;
import papersetter.model.Question;
import papersetter.render.FontCoverage;
import papersetter.render.Layouts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
            "  papersetter validate banks/chemistry   a folder: every CSV in it is checked",
            "  papersetter validate hindi.csv --layout my-layout.yaml   with that layout's fonts"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "BANK", description = "A CSV file or a folder of CSV files (default: "
            + BankOption.DEFAULT + ").")
    Path bank;

    @Option(names = "--layout", paramLabel = "NAME|FILE", description = "The layout whose fonts must print every"
            + " character (default: exam).")
    String layout;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        Bank loaded = BankReader.read(BankOption.resolve(bank));
        List<BankProblem> unprintable = FontCoverage.check(Layouts.load(layout == null ? Layouts.DEFAULT : layout),
                loaded.questions());
        if (!unprintable.isEmpty()) {
            List<BankProblem> all = new ArrayList<>(loaded.warnings());
            all.addAll(unprintable);
            throw new BankException(all);
        }
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

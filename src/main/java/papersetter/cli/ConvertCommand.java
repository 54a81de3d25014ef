package papersetter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import papersetter.bank.Bank;
import papersetter.bank.BankReader;
import papersetter.formats.Converter;
import papersetter.formats.Format;
import papersetter.model.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "convert",
        mixinStandardHelpOptions = true,
        description = {"Converts questions between papersetter CSV, Excel (.xlsx), Moodle GIFT, Aiken, Moodle XML and",
            "QTI 2.1 (a content package for Canvas, Moodle and other LMSs). The bank is checked first, as by",
            "validate; what the target format cannot hold is said, once for each kind."},
        footer = {"", "Examples:",
            "  papersetter convert bank/django --to moodle-xml -o django.xml",
            "  papersetter convert quiz.gift --to csv              writes quiz.csv beside quiz.gift",
            "  papersetter convert questions.xlsx --to qti         writes questions-qti.zip",
            "  papersetter convert trivia.csv --map trivia.map.yaml --to xlsx"})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", description = "A bank: a file in any format papersetter reads, or a folder.")
    Path in;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "csv, xlsx, gift, aiken, moodle-xml or qti.")
    String to;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to write (default: beside IN, named after it). An existing file is never overwritten.")
    Path out;

    @Option(names = "--map", paramLabel = "FILE", description = "How IN's columns map onto papersetter's, for another"
            + " tool's CSV (default: IN's NAME.map.yaml, if there is one).")
    Path map;

    @Option(names = "--title", paramLabel = "TEXT", description = "The test's title in a QTI package (default: IN's name).")
    String title;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        Format format = Format.byLabel(to).orElseThrow(() -> new BadInputException("--to " + to
                + " is not a format papersetter writes; use one of " + Arrays.stream(Format.values())
                        .map(Format::label).collect(Collectors.joining(", "))));
        Bank bank = BankReader.read(in, map);
        BankMessages.printWarnings(bank.warnings(), spec.commandLine().getErr());
        Path target = out != null ? out : Converter.defaultOutput(in, format);
        String name = in.toAbsolutePath().normalize().getFileName().toString();
        Converter.Result result = Converter.write(bank.questions(), format, target,
                title != null ? title : name.replaceFirst("\\.[^.]+$", ""));
        PrintWriter printed = spec.commandLine().getOut();
        printed.printf("Wrote %d %s to %s (%s).%n", result.questions(), result.questions() == 1 ? "question" : "questions",
                target, format.title());
        if (result.pictures() != null) {
            printed.println("Pictures copied into " + result.pictures() + ".");
        }
        if (!result.losses().isEmpty()) {
            printed.println("Not carried over:");
            result.losses().forEach(loss -> printed.println("  " + loss));
        }
        printed.flush();
        return ErrorReporter.OK;
    }
}

package papersetter.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import papersetter.engine.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "papersetter",
        mixinStandardHelpOptions = true,
        versionProvider = PapersetterCommand.Version.class,
        description = {
            "Sets printable exam papers from a CSV question bank: shuffled versions (sets A, B, C, …),",
            "each with its own answer key, as PDFs ready to print."},
        footer = {"", "Examples:",
            "  papersetter generate                         two sets of 20 questions from bank/django",
            "  papersetter generate --level fresher --topic orm,views --count 15 --sets 3 --seed 42",
            "  papersetter validate bank/django             check a bank and list every problem",
            "  papersetter list                             levels, topics and types with counts",
            "  papersetter generate --spec bank/django/specs/fresher-50.yaml --sets 3 --vary questions",
            "  papersetter generate --layout large-print --seed 42   large print of the seed-42 sets",
            "  papersetter preview output/RUN/paper-A.pdf   page images to check a paper",
            "  papersetter convert quiz.gift --to csv       questions from Moodle, Aiken or Excel, and back",
            "  papersetter history                          past runs and the most-used questions",
            "", "Exit codes: 0 done, 2 bad input or usage, 1 anything else."})
final class PapersetterCommand implements Runnable {
    /**
     * The subcommands, in the order help lists them. They are added by {@link Main}, not named in
     * the annotation, so that a run builds only the one it needs (see {@link #subcommandsFor}).
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("generate", GenerateCommand::new);
        all.put("validate", ValidateCommand::new);
        all.put("list", ListCommand::new);
        all.put("convert", ConvertCommand::new);
        all.put("preview", PreviewCommand::new);
        all.put("history", HistoryCommand::new);
        return all;
    }

    /**
     * The subcommands a command line needs: the one it names, or every one when it names none
     * (help lists them all, and a mistyped name is answered with the nearest). picocli reads each
     * command's options by reflection, which is a good part of a short command's start.
     */
    static Map<String, Supplier<Object>> subcommandsFor(String[] args) {
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0])) {
            return Map.of(args[0], SUBCOMMANDS.get(args[0]));
        }
        return SUBCOMMANDS;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"papersetter " + Pipeline.VERSION};
        }
    }
}

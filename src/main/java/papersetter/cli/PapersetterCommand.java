package papersetter.cli;

import papersetter.engine.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "papersetter",
        mixinStandardHelpOptions = true,
        versionProvider = PapersetterCommand.Version.class,
        description = {
            "Sets printable exam papers from a CSV question bank: shuffled versions (sets A, B, C, …),",
            "each with its own answer key, as PDFs ready to print."},
        subcommands = {GenerateCommand.class, ValidateCommand.class, ListCommand.class, PreviewCommand.class,
            HistoryCommand.class},
        footer = {"", "Examples:",
            "  papersetter generate                         two sets of 20 questions from bank/django",
            "  papersetter generate --level fresher --topic orm,views --count 15 --sets 3 --seed 42",
            "  papersetter validate bank/django             check a bank and list every problem",
            "  papersetter list                             levels, topics and types with counts",
            "  papersetter generate --spec bank/django/specs/fresher-50.yaml --sets 3 --vary questions",
            "  papersetter generate --layout large-print --seed 42   large print of the seed-42 sets",
            "  papersetter preview output/RUN/paper-A.pdf   page images to check a paper",
            "  papersetter history                          past runs and the most-used questions",
            "", "Exit codes: 0 done, 2 bad input or usage, 1 anything else."})
final class PapersetterCommand implements Runnable {
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

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
            "  papersetter mark output/RUN --responses class.csv   scores and item statistics",
            "  papersetter history                          past runs and the most-used questions",
            "  papersetter manual                           every command's help in one text",
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
        all.put("mark", MarkCommand::new);
        all.put("history", HistoryCommand::new);
        all.put("completion", CompletionCommand::new);
        all.put("manual", ManualCommand::new);
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
            String build = build();
            return new String[] {"papersetter " + Pipeline.VERSION + (build == null ? "" : " (build " + build + ")")};
        }

        /** The commit the jar was built from, as its manifest records it (see buildnumber-maven-plugin in the pom). */
        private static String build() {
            try {
                var code = Version.class.getProtectionDomain().getCodeSource();
                java.nio.file.Path jar = java.nio.file.Path.of(code.getLocation().toURI());
                if (!java.nio.file.Files.isRegularFile(jar)) {
                    return null;
                }
                try (var file = new java.util.jar.JarFile(jar.toFile())) {
                    var manifest = file.getManifest();
                    String build = manifest == null ? null : manifest.getMainAttributes().getValue("Implementation-Build");
                    return build == null || build.isBlank() || build.equals("unknown") ? null : build;
                }
            } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
                return null;
            }
        }
    }
}

package papersetter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import papersetter.model.RunFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The manual: every command's help page in one text, or man pages in AsciiDoc made by picocli's
 * ManPageGenerator. Both come from the same model as --help and the completion script, so the three
 * cannot say different things (ShellConventionsTest checks every command and option is in each).
 */
@Command(name = "manual",
        mixinStandardHelpOptions = true,
        description = {"Prints the manual: the help of papersetter and of every command, in one text. With --adoc,",
            "writes a man page for each command in AsciiDoc instead, for asciidoctor to turn into man pages",
            "(asciidoctor -b manpage) or web pages."},
        footer = {"", "Examples:",
            "  papersetter manual > papersetter-manual.txt",
            "  papersetter manual --adoc man && asciidoctor -b manpage man/*.adoc && man ./papersetter.1"})
final class ManualCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--adoc", paramLabel = "DIR",
            description = "Write papersetter.adoc, papersetter-generate.adoc, … into this folder (made if missing).")
    Path adoc;

    @Override
    public Integer call() {
        CommandLine full = Main.commandLine(PapersetterCommand.SUBCOMMANDS);
        PrintWriter out = spec.commandLine().getOut();
        if (adoc == null) {
            out.print(text(full));
        } else {
            try {
                Files.createDirectories(adoc);
                ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true, full.getCommandSpec());
            } catch (IOException e) {
                throw new RunFailure("Cannot write the man pages into " + adoc + ": " + e.getMessage()
                        + ". Choose a folder you may write to.", e);
            }
            out.println("Wrote the man pages of papersetter and its " + (full.getSubcommands().size())
                    + " commands to " + adoc + " (AsciiDoc).");
        }
        out.flush();
        return ErrorReporter.OK;
    }

    /** The main help, then each command's, in the order the main help lists them. */
    static String text(CommandLine full) {
        StringBuilder manual = new StringBuilder();
        manual.append(full.getUsageMessage());
        for (Map.Entry<String, CommandLine> command : full.getSubcommands().entrySet()) {
            String title = "papersetter " + command.getKey();
            manual.append("\n\n").append(title).append('\n').append("=".repeat(title.length())).append("\n\n")
                    .append(command.getValue().getUsageMessage());
        }
        return manual.toString();
    }
}

package papersetter.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Prints the bash and zsh completion script, made by picocli from the same model as the help, so
 * completion offers exactly the commands and options that exist.
 */
@Command(name = "completion",
        mixinStandardHelpOptions = true,
        description = {"Prints a completion script for bash and zsh: Tab then completes papersetter's commands",
            "and options, and file names where an option takes a file or folder."},
        footer = {"", "Examples:",
            "  source <(papersetter completion)                       in this shell only",
            "  papersetter completion > ~/.local/share/bash-completion/completions/papersetter",
            "                                                         bash, from the next shell on",
            "  autoload -U +X compinit && compinit; autoload -U +X bashcompinit && bashcompinit",
            "  source <(papersetter completion)                       zsh (in ~/.zshrc)"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(script());
        out.flush();
        return ErrorReporter.OK;
    }

    static String script() {
        return AutoComplete.bash("papersetter", Main.commandLine(PapersetterCommand.SUBCOMMANDS));
    }
}

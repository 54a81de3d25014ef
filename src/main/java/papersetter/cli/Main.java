package papersetter.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The entry point: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String unshipped = ShippedFiles.useAsHomeIfUnset();
        if (unshipped != null) {
            System.err.println(unshipped);
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command with the given streams; tests call this in-process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(PapersetterCommand.subcommandsFor(args));
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("papersetter ran out of memory. Ask for fewer sets at a time, or give Java more memory"
                    + " (for example JAVA_TOOL_OPTIONS=-Xmx2g).");
            err.flush();
            return ErrorReporter.FAILED;
        } catch (Error e) {
            // picocli hands only exceptions to the error reporter; a JVM error still gets a plain message.
            err.println("papersetter stopped because of an internal error: " + e
                    + "\nReport it with the command you ran.");
            err.flush();
            return ErrorReporter.FAILED;
        }
    }

    /**
     * The command line with the given subcommands, set up as every run sees it; the completion
     * script and the manual are made from it with every subcommand, so they describe what runs.
     */
    static CommandLine commandLine(java.util.Map<String, java.util.function.Supplier<Object>> subcommands) {
        CommandLine commandLine = new CommandLine(new PapersetterCommand());
        subcommands.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // The examples in the help are wider than 80 columns; wrapping them would make them unreadable.
        commandLine.setUsageHelpWidth(110);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(ErrorReporter::usage);
        return commandLine;
    }
}

package papersetter.cli;

import java.io.PrintWriter;
import papersetter.model.BadInputException;
import papersetter.model.RunFailure;
import picocli.CommandLine;

/**
 * The only place that turns exceptions into messages and exit codes: 2 for a mistake in what the
 * user gave (bank, options, layout), 1 for anything else. A stack trace only with --debug.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean debug = parseResult.hasMatchedOption("--debug")
                || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug"));
        int code;
        if (e instanceof BadInputException) {
            err.println(e.getMessage());
            code = BAD_INPUT;
        } else if (e instanceof RunFailure) {
            err.println(e.getMessage());
            code = FAILED;
        } else {
            err.println("papersetter stopped because of an internal error: " + e
                    + "\nRun again with --debug for details, and report it with the command you ran.");
            code = FAILED;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' to see the options.");
        err.flush();
        return BAD_INPUT;
    }
}

package papersetter.cli;

import picocli.CommandLine.Option;

/**
 * The --debug switch every command takes. Nothing reads the field: the error reporter asks the
 * parse result whether --debug was given, so the switch works even when a command fails early.
 */
final class DebugOption {
    @Option(names = "--debug", description = "Print a stack trace when something goes wrong.")
    boolean debug;
}

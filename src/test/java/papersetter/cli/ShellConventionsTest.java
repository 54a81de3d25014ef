package papersetter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help, completion and manual are made from one picocli model, so they name the same commands and
 * options: every command and every option of the model is checked in each of them.
 */
class ShellConventionsTest {
    @TempDir
    Path temp;

    private final CommandLine model = Main.commandLine(PapersetterCommand.SUBCOMMANDS);

    @Test
    void everyCommandAndOptionIsInTheHelpTheCompletionAndTheManual() throws IOException {
        Cli completion = Cli.run("completion");
        Cli manual = Cli.run("manual");
        Cli adoc = Cli.run("manual", "--adoc", temp.toString());
        assertThat(completion.exitCode()).as(completion.toString()).isZero();
        assertThat(manual.exitCode()).as(manual.toString()).isZero();
        assertThat(adoc.exitCode()).as(adoc.toString()).isZero();
        String mainHelp = Cli.run("--help").out();
        String mainPage = Files.readString(temp.resolve("papersetter.adoc"));

        assertThat(model.getSubcommands()).containsKeys("generate", "validate", "list", "preview", "history",
                "completion", "manual");
        for (Map.Entry<String, CommandLine> command : model.getSubcommands().entrySet()) {
            String name = command.getKey();
            assertThat(mainHelp).as("main help").contains("  " + name + " ");
            assertThat(completion.out()).as("completion").contains("_picocli_papersetter_" + name + "()");
            assertThat(manual.out()).as("manual").contains("papersetter " + name + "\n");
            assertThat(mainPage).as("papersetter.adoc").contains(name);
            String help = Cli.run(name, "--help").out();
            String page = Files.readString(temp.resolve("papersetter-" + name + ".adoc"));
            for (String option : optionNames(command.getValue())) {
                String what = name + " " + option;
                assertThat(help).as("help of " + what).contains(option);
                assertThat(functionOf(completion.out(), name)).as("completion of " + what).contains("'" + option + "'");
                assertThat(section(manual.out(), name)).as("manual of " + what).contains(option);
                assertThat(page).as("man page of " + what).contains("*" + option + "*");
            }
        }
    }

    @Test
    void theCompletionScriptCompletesCommandsAndOptionsInBash() throws Exception {
        Path script = temp.resolve("papersetter.bash");
        Files.writeString(script, Cli.run("completion").out());
        String probe = "source '" + script + "'\n"
                + "complete_words() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\";"
                + " COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_papersetter 2>/dev/null;"
                + " echo \"${COMPREPLY[*]}\"; }\n"
                + "complete_words papersetter gen\n"
                + "complete_words papersetter generate --se\n"
                + "complete_words papersetter generate --vary Q\n";
        Process bash = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out.lines().toList()).containsExactly("generate", "--sets --seed", "QUESTIONS");
    }

    @Test
    void theSameScriptCompletesInZsh() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")), "zsh is not installed");
        Path script = temp.resolve("papersetter.bash");
        Files.writeString(script, Cli.run("completion").out());
        // As the completion's help says for zsh; bashcompinit calls the function with ksharrays set.
        String probe = "autoload -U +X compinit && compinit -u; autoload -U +X bashcompinit && bashcompinit\n"
                + "source '" + script + "'\n"
                + "setopt ksharrays\n"
                + "COMP_WORDS=(papersetter generate --se); COMP_CWORD=2; COMP_LINE='papersetter generate --se';"
                + " COMP_POINT=${#COMP_LINE}; _complete_papersetter 2>/dev/null; print -l -- \"${COMPREPLY[@]}\"\n";
        Process zsh = new ProcessBuilder("/usr/bin/zsh", "-f", "-c", probe).redirectErrorStream(true).start();
        String out = new String(zsh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(zsh.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // zsh matches the typed prefix itself, so the function offers every option of generate.
        assertThat(out.lines().toList()).as(out).contains("--sets", "--seed", "--layout").doesNotContain("validate");
    }

    private static List<String> optionNames(CommandLine command) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (!option.hidden()) {
                names.addAll(List.of(option.names()));
            }
        }
        assertThat(names).contains("--help");
        return names;
    }

    /** The completion script's function for one command. */
    private static String functionOf(String script, String command) {
        int start = script.indexOf("function _picocli_papersetter_" + command + "()");
        assertThat(start).as("completion function of " + command).isNotNegative();
        int end = script.indexOf("\nfunction ", start + 1);
        return script.substring(start, end < 0 ? script.length() : end);
    }

    /** The manual's section for one command. */
    private static String section(String manual, String command) {
        int start = manual.indexOf("\npapersetter " + command + "\n");
        int end = manual.indexOf("\n\npapersetter ", start + 1);
        return manual.substring(start, end < 0 ? manual.length() : end);
    }
}

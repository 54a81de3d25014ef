package papersetter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Windows launcher (papersetter.cmd) does what the bash one (./papersetter) does. cmd.exe does
 * not run here, so this reads both scripts, works out every Java command each one runs (variables
 * by name, paths with forward slashes, the user's arguments as ARGS) and checks they are the same
 * commands with the same JVM settings (from launcher/jvm.options) and the same arguments.
 */
class LauncherTest {
    private static final Path BASH = Path.of("papersetter");
    private static final Path CMD = Path.of("papersetter.cmd");
    private static final Path OPTIONS = Path.of("launcher/jvm.options");

    @Test
    void bothLaunchersRunTheSameJavaCommands() throws IOException {
        List<String> bash = bashJavaCommands();
        List<String> cmd = cmdJavaCommands();

        assertThat(bash).hasSize(3);
        String training = bash.get(0);
        String dump = bash.get(1);
        String run = bash.get(2);
        assertThat(training).isEqualTo("JAVA @HERE/launcher/jvm.options -XX:DumpLoadedClassList=TRAINING/classes.lst"
                + " -jar JAR generate --bank HERE/bank --count 40 --sets 2 --seed 1 --out TRAINING/out");
        assertThat(dump).isEqualTo("JAVA -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile=TRAINING/classes.lst"
                + " -XX:SharedArchiveFile=ARCHIVE -cp JAR");
        assertThat(run).isEqualTo("JAVA @HERE/launcher/jvm.options -jar JAR ARGS");
        // The bash launcher adds the archive to its options when there is one; cmd has a line for each case.
        String runShared = run.replace("jvm.options", "jvm.options -XX:SharedArchiveFile=ARCHIVE");
        assertThat(cmd).containsExactly(training, dump, run, runShared);
    }

    @Test
    void bothBuildTheSameWayAndSayWhereTheShippedFilesAre() throws IOException {
        String bash = Files.readString(BASH);
        String cmd = Files.readString(CMD);
        assertThat(bash).contains("mvn -q -DskipTests package");
        assertThat(cmd).contains("call mvn -q -DskipTests package");
        assertThat(bash).contains("\"-Dpapersetter.home=$here\"");
        // cmd hands the folder over in the environment, which Java reads in full Unicode on Windows.
        assertThat(cmd).contains("set \"PAPERSETTER_HOME=%%~fI\"");
        assertThat(ShippedFiles.HOME_VARIABLE).isEqualTo("PAPERSETTER_HOME");
    }

    @Test
    void theWindowsLauncherPassesArgumentsAndExitCodesThrough() throws IOException {
        byte[] bytes = Files.readAllBytes(CMD);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        // cmd misreads labels and goto in a file with bare LF line ends; .gitattributes keeps CRLF.
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(text); // plain ASCII: no code page trouble
        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertThat(lines).anyMatch(l -> l.startsWith("setlocal") && l.contains("DisableDelayedExpansion"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("%*")) {
                // At the start of a line, never inside ( … ): a ')' in an argument cannot end a block.
                assertThat(line).as("line %d", i + 1).startsWith("\"%java%\"").endsWith(" %*");
                assertThat(lines.get(i + 1)).as("line %d", i + 2).isEqualTo("exit /b %ERRORLEVEL%");
            }
        }
        assertThat(lines).filteredOn(l -> l.contains("%*")).hasSize(2);
        // cmd expands % even in a comment, and a stray %~ there stops the script.
        assertThat(lines).filteredOn(l -> l.startsWith("rem ")).noneMatch(l -> l.matches(".*[%&|<>^!].*"));
    }

    @Test
    void theOptionsFileHoldsOnlyOptionsJavaAccepts() throws Exception {
        List<String> options = options();
        assertThat(options).isNotEmpty().allMatch(o -> o.startsWith("-X") || o.startsWith("-D"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "@" + OPTIONS.toAbsolutePath(), "-XX:+PrintCommandLineFlags",
                "-version").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").doesNotContain("Unrecognized");
    }

    @Test
    void theAppImagesStartWithTheSameOptions() throws IOException {
        List<String> words = argumentFile(Path.of("launcher/jpackage/image.args"));
        List<String> javaOptions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("--java-options")) {
                javaOptions.add(words.get(++i));
            }
        }
        assertThat(javaOptions).containsExactlyElementsOf(options());
    }

    /** The options in launcher/jvm.options, as Java reads an argument file (# starts a comment). */
    static List<String> options() throws IOException {
        List<String> options = argumentFile(OPTIONS);
        assertThat(options).isNotEmpty();
        return options;
    }

    /** The words of an argument file, comments (# to the end of the line) left out; quotes are not undone. */
    private static List<String> argumentFile(Path file) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String code = line.replaceFirst("#.*", "").strip();
            if (!code.isEmpty()) {
                options.addAll(Arrays.asList(code.split("\\s+")));
            }
        }
        return options;
    }

    private static List<String> bashJavaCommands() throws IOException {
        String script = Files.readString(BASH).replace("\\\n", " ");
        Matcher array = Pattern.compile("(?m)^options=\\((.*)\\)$").matcher(script);
        assertThat(array.find()).as("the options array in %s", BASH).isTrue();
        List<String> options = new ArrayList<>(words(array.group(1)));
        assertThat(options).contains("-Dpapersetter.home=HERE");
        options.remove("-Dpapersetter.home=HERE"); // cmd says the same through PAPERSETTER_HOME (see above)
        List<String> commands = new ArrayList<>();
        for (String line : script.split("\n")) {
            String code = line.strip().replaceFirst("^exec ", "");
            if (code.startsWith("\"$java\"")) {
                commands.add(String.join(" ", words(code)).replace("OPTIONS[@]", String.join(" ", options)));
            }
        }
        return commands;
    }

    private static List<String> cmdJavaCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        for (String line : Files.readString(CMD).split("\r\n")) {
            if (line.startsWith("\"%java%\"")) {
                commands.add(String.join(" ", words(line)).replace("@OPTIONS", "@HERE/launcher/jvm.options"));
            }
        }
        return commands;
    }

    /**
     * A command line's words with quotes taken off, up to its first redirection or {@code ||}; a
     * variable becomes its name in capitals (bash $here and ${here}, cmd %here%), the user's
     * arguments ("$@", %*) become ARGS and backslashes become slashes.
     */
    private static List<String> words(String line) {
        String text = line.replace("\"$@\"", "ARGS").replace("%*", "ARGS").replace("\"", "").replace('\\', '/');
        Matcher variable = Pattern.compile("\\$\\{(\\w+)(\\[@])?}|\\$(\\w+)|%(\\w+)%").matcher(text);
        StringBuilder named = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1) != null ? variable.group(1) + (variable.group(2) != null ? "[@]" : "")
                    : variable.group(3) != null ? variable.group(3) : variable.group(4);
            variable.appendReplacement(named, Matcher.quoteReplacement(name.toUpperCase(java.util.Locale.ROOT)));
        }
        variable.appendTail(named);
        List<String> words = new ArrayList<>();
        for (String word : named.toString().strip().split("\\s+")) {
            if (word.startsWith(">") || word.startsWith("2>") || word.equals("||")) {
                break;
            }
            words.add(word);
        }
        return words;
    }
}

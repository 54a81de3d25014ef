package papersetter.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.testing.Cli;

/**
 * A responses file or a run folder that cannot be marked: the message names the file, the line and
 * the column and says what to do, the exit code is 2, and nothing is written into the run folder
 * (an earlier marking stays as it was).
 */
class MarkBadInputTest {
    @TempDir
    static Path out;
    static Path run;
    static Manifest.SetEntry setA;

    @BeforeAll
    static void generate() throws IOException {
        Cli generate = Cli.run("generate", "--count", "40", "--sets", "2", "--seed", "11", "--out", out.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        try (Stream<Path> folders = Files.list(out)) {
            run = folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
        setA = ManifestReader.read(run.resolve("manifest.json")).sets().get(0);
    }

    /** The number of set A's first question of the type. */
    private static int first(String type) {
        return setA.questions().stream().filter(q -> q.type().equals(type)).findFirst().orElseThrow().number();
    }

    private static String header() {
        return "roll,name,set," + Stream.iterate(1, i -> i + 1).limit(40).map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    /** A row of set A with answers only where given (question number → cell). */
    private static String row(String roll, String set, Object... cells) {
        String[] answers = new String[40];
        java.util.Arrays.fill(answers, "");
        for (int i = 0; i < cells.length; i += 2) {
            answers[(Integer) cells[i] - 1] = (String) cells[i + 1];
        }
        return roll + ",Name " + roll + "," + set + "," + String.join(",", answers);
    }

    private static Cli mark(String... lines) throws IOException {
        Path responses = out.resolve("responses.csv");
        Files.writeString(responses, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return Cli.run("mark", run.toString(), "--responses", responses.toString());
    }

    private static void assertRefused(Cli mark, String... words) throws IOException {
        assertThat(mark.exitCode()).as(mark.toString()).isEqualTo(2);
        assertThat(mark.err()).contains(words).doesNotContain("Exception").doesNotContain("\tat ");
        try (Stream<Path> files = Files.list(run)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("nothing written")
                    .noneMatch(name -> name.startsWith(".marks"));
        }
        assertThat(run.resolve("marks/results.csv")).doesNotExist();
    }

    @Test
    void unknownSet() throws IOException {
        assertRefused(mark(header(), row("1", "A"), row("2", "Q")),
                "responses.csv:3: column 'set' (C): set 'Q', but the run has sets A, B", "type the set letter");
    }

    @Test
    void repeatedRoll() throws IOException {
        assertRefused(mark(header(), row("7", "A"), row("8", "B"), row("7", "B")),
                "responses.csv:4: column 'roll' (A): roll 7 again (first on line 2)");
    }

    @Test
    void letterBeyondTheOptions() throws IOException {
        int mcq = first("mcq");
        int options = setA.questions().get(mcq - 1).options().size();
        String beyond = String.valueOf((char) ('A' + options));
        assertRefused(mark(header(), row("1", "A", mcq, beyond)), "responses.csv:2: column '" + mcq + "'",
                "'" + beyond + "' but question " + mcq + " has options A to " + (char) ('A' + options - 1),
                "use one of");
    }

    @Test
    void twoLettersForAnMcqAndWordsForATrueFalse() throws IOException {
        int mcq = first("mcq");
        int tf = first("truefalse");
        assertRefused(mark(header(), row("1", "A", mcq, "AB", tf, "maybe")), "one right option",
                "'maybe' is not true or false");
    }

    @Test
    void questionPastThePaper() throws IOException {
        assertRefused(mark(header() + ",41", row("1", "A") + ",B"),
                "responses.csv:1: column '41' (AR): question 41 but the papers have 40 questions");
    }

    @Test
    void marksAboveTheItemsMarks() throws IOException {
        int written = first("long");
        String marks = setA.questions().get(written - 1).marks();
        assertRefused(mark(header(), row("1", "A", written, "99")), "99 marks but question " + written
                + " is worth " + marks, "give at most " + marks);
    }

    @Test
    void manyProblemsAreCapped() throws IOException {
        String[] lines = new String[13];
        lines[0] = header();
        for (int i = 1; i < lines.length; i++) {
            lines[i] = row(String.valueOf(i), "Z");
        }
        Cli mark = mark(lines);
        assertRefused(mark, "12 problems in the responses", "… and 7 more like this");
    }

    @Test
    void noRollColumn() throws IOException {
        assertRefused(mark("student,set,1,2", "x,A,B,C"), "responses.csv:1: no 'roll' column");
    }

    @Test
    void noSetColumnForARunOfTwoSets() throws IOException {
        assertRefused(mark("roll,1,2", "1,A,B", "2,B,C"), "responses.csv:1: no 'set' column, but the run has sets A, B");
    }

    @Test
    void notUtf8() throws IOException {
        Path responses = out.resolve("latin1.csv");
        Files.write(responses, "roll,name,set,1\n1,Jos\u00e9,A,B\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(Cli.run("mark", run.toString(), "--responses", responses.toString()), "is not UTF-8",
                "CSV UTF-8");
    }

    @Test
    void badOptions() throws IOException {
        Path responses = out.resolve("ok.csv");
        Files.writeString(responses, header() + "\n" + row("1", "A") + "\n");
        assertRefused(Cli.run("mark", run.toString(), "--responses", responses.toString(), "--wrong", "abc"),
                "--wrong abc: 'abc' is not a number");
        assertRefused(Cli.run("mark", run.toString(), "--responses", responses.toString(), "--wrong", "long=-1"),
                "marked by hand");
        assertRefused(Cli.run("mark", run.toString(), "--responses", responses.toString(), "--rekey", "NOPE-1=B"),
                "--rekey NOPE-1=B: no question NOPE-1 is on this run's papers");
        assertRefused(Cli.run("mark", run.toString(), "--responses", responses.toString(), "--rekey", "A:99=B"),
                "set A has questions 1 to 40");
        assertRefused(Cli.run("mark", run.toString(), "--responses", responses.toString(), "--multi", "some"),
                "--multi 'some'");
    }

    @Test
    void folderWithoutAManifest() throws IOException {
        Path empty = Files.createDirectories(out.resolve("not-a-run"));
        Cli mark = Cli.run("mark", empty.toString(), "--responses", out.resolve("x.csv").toString());
        assertThat(mark.exitCode()).as(mark.toString()).isEqualTo(2);
        assertThat(mark.err()).contains("not-a-run: no manifest.json in this folder");
        assertThat(empty.resolve("marks")).doesNotExist();
    }

    @Test
    void runFromABankThatChanged(@TempDir Path elsewhere) throws IOException {
        Path bank = elsewhere.resolve("bank.csv");
        Files.writeString(bank, "id,level,topic,type,question,option_a,option_b,option_c,answer\n"
                + "Q1,l,t,mcq,One?,a,b,c,A\nQ2,l,t,mcq,Two?,a,b,c,B\nQ3,l,t,truefalse,Three?,,,,true\n");
        Path output = elsewhere.resolve("output");
        Cli generate = Cli.run("generate", "--bank", bank.toString(), "--count", "3", "--seed", "3", "--out",
                output.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        Path changedRun;
        try (Stream<Path> folders = Files.list(output)) {
            changedRun = folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
        Files.writeString(bank, Files.readString(bank) + "\n");
        Path responses = elsewhere.resolve("r.csv");
        Files.writeString(responses, "roll,set,1\n1,A,B\n");
        Cli mark = Cli.run("mark", changedRun.toString(), "--responses", responses.toString());
        assertThat(mark.exitCode()).as(mark.toString()).isEqualTo(2);
        assertThat(mark.err()).contains("Cannot mark " + changedRun, "bank.csv has changed", "Restore");
        assertThat(changedRun.resolve("marks")).doesNotExist();
    }

    @Test
    void anEarlierMarkingStaysWhenTheNextIsRefused() throws IOException {
        Path earlier = out.resolve("earlier");
        Cli good = mark(header(), row("1", "A", 1, "A"));
        assertThat(good.exitCode()).as(good.toString()).isZero();
        try {
            byte[] before = Files.readAllBytes(run.resolve("marks/results.csv"));
            Cli bad = mark(header(), row("1", "Q"));
            assertThat(bad.exitCode()).isEqualTo(2);
            assertThat(Files.readAllBytes(run.resolve("marks/results.csv"))).isEqualTo(before);
            try (Stream<Path> files = Files.list(run)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".marks"));
            }
        } finally {
            // the other tests assert that the run has no marks
            Files.move(run.resolve("marks"), earlier);
        }
        assertThat(List.of(earlier.resolve("items.csv"), earlier.resolve("summary.txt"))).allMatch(Files::exists);
    }
}

package papersetter.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.testing.Cli;

/**
 * A key corrected after the test: by bank id in bank letters, or by set and number in printed
 * letters, the same correction marks the same; a fill item takes new words; the papers are untouched.
 */
class RekeyTest {
    @TempDir
    Path out;

    @Test
    void byBankIdOrByPrintedLetterMarksTheSame() throws IOException {
        Path bank = out.resolve("bank.csv");
        Files.writeString(bank, "id,level,topic,type,question,option_a,option_b,option_c,option_d,answer\n"
                + "M1,l,t,mcq,One?,a,b,c,d,A\n"
                + "M2,l,t,mcq,Two?,a,b,c,d,B\n"
                + "F1,l,t,fill,Capital of France: ___,,,,,Paris\n");
        Cli generate = Cli.run("generate", "--bank", bank.toString(), "--count", "all", "--sets", "2", "--seed", "9",
                "--out", out.resolve("output").toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        Path run;
        try (Stream<Path> folders = Files.list(out.resolve("output"))) {
            run = folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
        byte[] paperBefore = Files.readAllBytes(run.resolve("paper-A.pdf"));
        Manifest manifest = ManifestReader.read(run.resolve("manifest.json"));
        Manifest.SetEntry a = manifest.sets().get(0);
        Manifest.SetEntry b = manifest.sets().get(1);
        Manifest.Item m1 = a.questions().stream().filter(q -> q.id().equals("M1")).findFirst().orElseThrow();
        Manifest.Item fillA = a.questions().stream().filter(q -> q.id().equals("F1")).findFirst().orElseThrow();
        Manifest.Item fillB = b.questions().stream().filter(q -> q.id().equals("F1")).findFirst().orElseThrow();
        // M1's key becomes the bank's C: printed on set A as the letter at C's place in its option order.
        String printedC = String.valueOf((char) ('A' + m1.options().indexOf("C")));
        Manifest.Item m1b = b.questions().stream().filter(q -> q.id().equals("M1")).findFirst().orElseThrow();
        String printedCb = String.valueOf((char) ('A' + m1b.options().indexOf("C")));

        String[] row1 = new String[4];
        String[] row2 = new String[4];
        row1[m1.number()] = printedC;
        row1[fillA.number()] = "lutetia";
        row2[m1b.number()] = printedCb;
        row2[fillB.number()] = "Paris";
        Path responses = out.resolve("class.csv");
        Files.writeString(responses, "roll,set,1,2,3\n1,A," + cells(row1) + "\n2,B," + cells(row2) + "\n",
                StandardCharsets.UTF_8);

        Cli byId = Cli.run("mark", run.toString(), "--responses", responses.toString(), "--rekey", "M1=C",
                "--rekey", "F1=Paris|Lutetia");
        assertThat(byId.exitCode()).as(byId.toString()).isZero();
        byte[] first = Files.readAllBytes(run.resolve("marks/results.csv"));
        List<CSVRecord> rows = MarkTypedResponsesTest.readCsv(run.resolve("marks/results.csv"));
        assertThat(rows.get(0).get("M1 marks")).isEqualTo("1");
        assertThat(rows.get(0).get("F1 marks")).isEqualTo("1");
        assertThat(rows.get(1).get("M1 marks")).isEqualTo("1");
        assertThat(rows.get(1).get("M1 answer")).isEqualTo("C");

        Cli byPrinted = Cli.run("mark", run.toString(), "--responses", responses.toString(), "--rekey",
                "A:" + m1.number() + "=" + printedC, "--rekey", "F1=paris | lutetia");
        assertThat(byPrinted.exitCode()).as(byPrinted.toString()).isZero();
        assertThat(Files.readAllBytes(run.resolve("marks/results.csv"))).isEqualTo(first);

        Cli without = Cli.run("mark", run.toString(), "--responses", responses.toString());
        assertThat(MarkTypedResponsesTest.readCsv(run.resolve("marks/results.csv")).get(0).get("score")).isEqualTo("0");
        assertThat(without.exitCode()).isZero();
        assertThat(Files.readAllBytes(run.resolve("paper-A.pdf"))).isEqualTo(paperBefore);

        Cli wrongBlanks = Cli.run("mark", run.toString(), "--responses", responses.toString(), "--rekey",
                "F1=Paris;Lyon");
        assertThat(wrongBlanks.exitCode()).isEqualTo(2);
        assertThat(wrongBlanks.err()).contains("F1 has 1 blank but 2 answers are given");
    }

    @Test
    void anEditedManifestKeyIsRefused() throws IOException {
        Cli generate = Cli.run("generate", "--count", "6", "--type", "mcq", "--seed", "4", "--out", out.toString());
        assertThat(generate.exitCode()).as(generate.toString()).isZero();
        Path run;
        try (Stream<Path> folders = Files.list(out)) {
            run = folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
        Path manifest = run.resolve("manifest.json");
        String text = Files.readString(manifest);
        String answer = ManifestReader.read(manifest).sets().get(0).questions().get(0).answer();
        String other = answer.equals("A") ? "B" : "A";
        int at = text.indexOf("\"answer\" : \"" + answer + "\"");
        assertThat(at).as(text.substring(0, Math.min(600, text.length()))).isPositive();
        Files.writeString(manifest, text.substring(0, at) + "\"answer\" : \"" + other + "\""
                + text.substring(at + ("\"answer\" : \"" + answer + "\"").length()));
        Path responses = out.resolve("r.csv");
        Files.writeString(responses, "roll,set,1\n1,A,A\n");
        Cli mark = Cli.run("mark", run.toString(), "--responses", responses.toString());
        assertThat(mark.exitCode()).as(mark.toString()).isEqualTo(2);
        assertThat(mark.err()).contains("set A question 1: the manifest records " + other, "the manifest was edited");
        assertThat(run.resolve("marks")).doesNotExist();
    }

    private static String cells(String[] row) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < row.length; i++) {
            text.append(i > 1 ? "," : "").append(row[i] == null ? "" : row[i]);
        }
        return text.toString();
    }
}

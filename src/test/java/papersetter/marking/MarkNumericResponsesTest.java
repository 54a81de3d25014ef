package papersetter.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.testing.Cli;
import papersetter.testing.PdfText;

/**
 * Numeric items from the bank to the marks: the key, keys.csv and the manifest show the range
 * accepted, and typed answers are marked against it (a decimal comma and the item's unit typed
 * after the number read, negative marking as for the other objective types, a corrected key with
 * --rekey); another unit or a comma that may separate thousands is refused with what to type.
 */
class MarkNumericResponsesTest {
    @TempDir
    Path dir;
    Path run;
    /** The printed number of each bank item. */
    final Map<String, Integer> number = new HashMap<>();

    @BeforeEach
    void generate() throws IOException {
        Path bank = dir.resolve("physics.csv");
        Files.writeString(bank, "id,level,topic,type,question,answer,unit,marks\n"
                + "G,l,t,numeric,How fast does a dropped stone speed up?,9.81 ±0.05,m/s²,2\n"
                + "R,l,t,numeric,Give g to within a tenth.,9.76..9.86,,1\n"
                + "S,l,t,numeric,How far does it fall in 2 s?,19.6 (3 s.f.),m,1\n");
        Path out = dir.resolve("out");
        Cli cli = Cli.run("generate", "--bank", bank.toString(), "--count", "all", "--sets", "1", "--seed", "5",
                "--out", out.toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        try (Stream<Path> runs = Files.list(out)) {
            run = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        for (Manifest.Item item : ManifestReader.read(run.resolve("manifest.json")).sets().get(0).questions()) {
            number.put(item.id(), item.number());
        }
    }

    @Test
    void theKeysShowTheRangeAccepted() throws IOException {
        String key = PdfText.compact(PdfText.text(run.resolve("key-A.pdf")));
        assertThat(key).contains(PdfText.compact("9.81 ±0.05 · accept 9.76 to 9.86 m/s²"),
                PdfText.compact("19.6 (3 s.f.) · accept 19.55 to under 19.65 m"));
        String csv = Files.readString(run.resolve("keys.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains(",G,numeric,9.81 ±0.05 · accept 9.76 to 9.86 m/s²,2",
                ",S,numeric,19.6 (3 s.f.) · accept 19.55 to under 19.65 m,1");
        Map<String, String> recorded = new HashMap<>();
        ManifestReader.read(run.resolve("manifest.json")).sets().get(0).questions()
                .forEach(item -> recorded.put(item.id(), item.answer()));
        assertThat(recorded).containsEntry("R", "accept 9.76 to 9.86");
    }

    @Test
    void typedNumbersAreMarkedAgainstTheRange() throws IOException {
        Path responses = responses(
                row("1", "Asha", "9.8 m/s²", "9,80", "19.64"),
                row("2", "Ben", "9.9", "9.86", "19.65"),
                row("3", "Chen", "9.76m/s^2", "", "1.96e1"));
        Cli mark = Cli.run("mark", run.toString(), "--responses", responses.toString(), "--wrong", "-0.5");
        assertThat(mark.exitCode()).as(mark.toString()).isZero();
        Map<String, CSVRecord> results = results();
        assertThat(new java.math.BigDecimal(results.get("1").get("score"))).isEqualByComparingTo("4.00");
        assertThat(results.get("1").get("R answer")).isEqualTo("9.80");
        assertThat(new java.math.BigDecimal(results.get("2").get("G marks"))).isEqualByComparingTo("-1.00");
        assertThat(new java.math.BigDecimal(results.get("2").get("R marks"))).isEqualByComparingTo("1.00");
        assertThat(new java.math.BigDecimal(results.get("2").get("S marks"))).isEqualByComparingTo("-0.50");
        assertThat(new java.math.BigDecimal(results.get("2").get("score"))).as("a total is never below 0").isEqualByComparingTo("0.00");
        assertThat(new java.math.BigDecimal(results.get("3").get("G marks"))).isEqualByComparingTo("2.00");
        assertThat(new java.math.BigDecimal(results.get("3").get("R marks"))).as("blank: no answer, no penalty").isEqualByComparingTo("0.00");
        assertThat(results.get("3").get("S answer")).isEqualTo("19.6");
        assertThat(new java.math.BigDecimal(results.get("3").get("score"))).isEqualByComparingTo("3.00");

        Cli rekeyed = Cli.run("mark", run.toString(), "--responses", responses.toString(), "--rekey", "G=9.9 ±0.1");
        assertThat(rekeyed.exitCode()).as(rekeyed.toString()).isZero();
        assertThat(new java.math.BigDecimal(results().get("2").get("G marks"))).isEqualByComparingTo("2.00");
        assertThat(new java.math.BigDecimal(results().get("1").get("G marks"))).isEqualByComparingTo("2.00");
        assertThat(new java.math.BigDecimal(results().get("3").get("G marks"))).as("9.76 is outside 9.8 to 10").isEqualByComparingTo("0.00");
    }

    /**
     * A numeric item on an answer sheet gets marker boxes: a scan records the box the marker ticked
     * as "2 marks", which is the marks given, never the student's number 2.
     */
    @Test
    void marksAMarkerGaveANumericItemAreMarksNotTheAnswer() throws IOException {
        Path responses = responses(row("1", "Asha", "2 marks", "1 mark", "0 marks"));
        Cli mark = Cli.run("mark", run.toString(), "--responses", responses.toString(), "--wrong", "-0.5");
        assertThat(mark.exitCode()).as(mark.toString()).isZero();
        Map<String, CSVRecord> results = results();
        assertThat(new java.math.BigDecimal(results.get("1").get("G marks"))).isEqualByComparingTo("2.00");
        assertThat(new java.math.BigDecimal(results.get("1").get("R marks"))).isEqualByComparingTo("1.00");
        assertThat(new java.math.BigDecimal(results.get("1").get("S marks"))).as("marked 0 by hand: no penalty")
                .isEqualByComparingTo("0.00");

        Path tooMany = responses(row("2", "Ben", "3 marks", "", ""));
        Cli refused = Cli.run("mark", run.toString(), "--responses", tooMany.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("3 marks but question " + number.get("G") + " is worth 2 marks");
    }

    @Test
    void anotherUnitOrAThousandsCommaIsRefusedWithWhatToType() throws IOException {
        Path responses = responses(row("1", "Asha", "981 cm/s²", "1,500", "19.6 km"));
        Cli mark = Cli.run("mark", run.toString(), "--responses", responses.toString());
        assertThat(mark.exitCode()).isEqualTo(2);
        assertThat(mark.err()).contains("'cm/s²' is not question " + number.get("G") + "'s unit (m/s²)",
                "type the number only, in m/s²", "'1,500' may be 1.500 or 1500", "write 1.500 or 1500",
                "'km' is not question " + number.get("S") + "'s unit (m)");
        assertThat(run.resolve("marks")).doesNotExist();
    }

    private String row(String roll, String name, String g, String r, String s) {
        String[] cells = new String[3];
        cells[number.get("G") - 1] = g;
        cells[number.get("R") - 1] = r;
        cells[number.get("S") - 1] = s;
        return roll + ";" + name + ";A;" + String.join(";", cells);
    }

    private Path responses(String... rows) throws IOException {
        Path file = dir.resolve("class.csv");
        Files.writeString(file, "roll;name;set;Q1;Q2;Q3\n" + String.join("\n", rows) + "\n");
        return file;
    }

    private Map<String, CSVRecord> results() throws IOException {
        String text = Files.readString(run.resolve("marks/results.csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        Map<String, CSVRecord> byRoll = new HashMap<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(text))) {
            byRoll.put(record.get("roll"), record);
        }
        return byRoll;
    }

}

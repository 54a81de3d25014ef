package papersetter.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;

/**
 * keys.csv, the answer keys as one sheet for marking: it follows each set's shuffled paper (the
 * manifest says where each right option went) and no cell can run as a formula in Excel.
 */
class KeysCsvTest {
    static final Path BANK = Path.of("src/test/resources/robustness/formula-answers.csv");

    @TempDir
    Path out;

    @Test
    void keysCsvFollowsEverySetsPaperAndNoCellIsAFormula() throws IOException {
        Cli run = Cli.run("generate", "--bank", BANK.toString(), "--count", "7", "--sets", "3", "--seed", "11",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("  keys.csv\n");
        Path folder;
        try (var list = Files.list(out)) {
            folder = list.filter(Files::isDirectory).findFirst().orElseThrow();
        }

        byte[] bytes = Files.readAllBytes(folder.resolve("keys.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF); // so Excel reads it as UTF-8
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(rows.get(0).toList()).containsExactly("set", "number", "id", "type", "answer", "marks");
        List<CSVRecord> body = rows.subList(1, rows.size());

        Map<String, Object> manifest = JSON.std.mapFrom(Files.readString(folder.resolve("manifest.json")));
        assertThat(manifest.get("keysFile")).isEqualTo("keys.csv");
        List<List<String>> expected = new ArrayList<>();
        for (Object setObject : (List<?>) manifest.get("sets")) {
            Map<?, ?> set = (Map<?, ?>) setObject;
            for (Object itemObject : (List<?>) set.get("questions")) {
                Map<?, ?> item = (Map<?, ?>) itemObject;
                expected.add(List.of(set.get("set").toString(), item.get("number").toString(), item.get("id").toString(),
                        item.get("type").toString(), item.get("marks").toString()));
                if (item.containsKey("answer")) { // a choice item: the letters as printed on this set's paper
                    CSVRecord row = body.get(expected.size() - 1);
                    assertThat(row.get(4)).isEqualTo(item.get("answer").toString().replace(";", ", "));
                }
            }
        }
        assertThat(body).extracting(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(5)))
                .containsExactlyElementsOf(expected);
        assertThat(body).hasSize(21);

        for (CSVRecord row : body) {
            for (String cell : row) {
                assertThat(cell).as("a cell of " + row).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@");
            }
        }
        assertThat(body).extracting(r -> r.get(2) + " " + r.get(4)).contains(
                "F-001 '=HYPERLINK(\"http://evil.example\",\"Click me\")", "F-002 '+1 and more", "F-003 '-5",
                "F-004 '@SUM(A1:A9)", "F-007 True");
    }
}

package papersetter.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvReader} reads every text as Commons CSV's RFC 4180 format with empty lines ignored
 * reads it, which is how banks were read before it: the same rows, the same cells, the same
 * line for each row, and a break at the same row. Seeded, so a failure repeats on every machine.
 */
class CsvReaderTest {
    private static final String[] PIECES = {
        "a", "bc", "é", "Ω", "\uD83D\uDE00", ",", ",", ";", "\t", "\"", "\"", "\"\"", "x\"y", "\n", "\n", "\r\n", "\r",
        " ", "\u000B", "\f", "\u00A0", "\u2028", "\u3000", "\u1680", "\u001C", "\uFFFE", "sep=;"};
    private static final String[] SEP_LINES = {"", "", "", "sep=;\n", "SEP=\t \r\n", "sep=,", "sep=\"\n", "sep= \n", "sep=x\r", "sep=é\r\n", "sep=\uD83D\uDE00\n", "sep=;\u2028", "sep=\u00A0"};

    @Test
    void readsAsCommonsCsvReads() {
        Random random = new Random(20_250_601);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder(SEP_LINES[random.nextInt(SEP_LINES.length)]);
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String csv = text.toString();
            List<String> expected = readWithCommonsCsv(csv);
            String shown = csv.replace("\r", "\\r").replace("\n", "\\n");
            assertThat(read(new CsvText.Chars(csv))).as("rows of %s as a String", shown).isEqualTo(expected);
            assertThat(read(utf8(csv))).as("rows of %s as UTF-8 bytes", shown).isEqualTo(expected);
        }
    }

    @Test
    void countsLinesInsideQuotedCellsAndAfterEmptyLines() {
        assertThat(read(utf8("a,\"b\r\nc\rd\ne\"\r\n\n\r\n\rx,y"))).isEqualTo(List.of("1 [a, b\r\nc\rd\ne]", "8 [x, y]"));
    }

    @Test
    void endsAtTheRowWhoseQuotingIsBroken() {
        CsvReader csv = new CsvReader(utf8("id,question\n1,\"fine\"\n2,\"broken\" here\n3,later\n"));
        assertThat(csv.next().line()).isEqualTo(1);
        assertThat(csv.next().line()).isEqualTo(2);
        assertThat(csv.next()).isNull();
        assertThat(csv.broken()).contains(new CsvReader.Broken(3, 1, 3));
    }

    /**
     * The fault is noted by the walk that reads the cells: a second walk, which took only space and
     * tab as white space after a closing quote, would put the fault on line 2 (where an em space, white
     * space to the reader as to Commons CSV, follows a closing quote) rather than on the cell that
     * opens on line 3 and whose closing quote, on line 4, has text after it.
     */
    @Test
    void theQuotingFaultIsWhereReadingStopped() {
        CsvReader csv = new CsvReader(utf8("id,question\n1,\"fine\"\u2003\n2,\"two\nlines\" here\n"));
        while (csv.next() != null) {
            continue;
        }
        assertThat(csv.broken()).contains(new CsvReader.Broken(3, 1, 4));
        CsvReader unterminated = new CsvReader(utf8("id,question\n1,\"open\n2,x\n"));
        while (unterminated.next() != null) {
            continue;
        }
        assertThat(unterminated.broken()).contains(new CsvReader.Broken(2, 1, 0));
    }

    @Test
    void readsADelimiterBeyondAsciiFromBytes() {
        assertThat(read(utf8("sep=é\nid\u00E9question\n1é\"Où ?\"\u2003\n"))).containsExactly("2 [id, question]", "3 [1, Où ?]");
    }

    private static CsvText utf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        return new CsvText.Utf8(withBom, 3); // after a byte-order mark, so positions are counted from the text's start
    }

    /** Each row as "line [cells]", then "broken" when the reading stopped at a fault. */
    private static List<String> read(CsvText text) {
        List<String> rows = new ArrayList<>();
        CsvReader csv;
        try {
            csv = new CsvReader(text);
        } catch (IllegalArgumentException e) {
            return List.of("refused: " + e.getMessage());
        }
        for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
            rows.add(row.line() + " " + row.cells());
            for (int i = 0; i < row.cells().size(); i++) {
                boolean hasLineBreak = row.cells().get(i).indexOf('\n') >= 0 || row.cells().get(i).indexOf('\r') >= 0;
                assertThat(row.spansLines(i)).as("line breaks in cell %d of %s", i, row).isEqualTo(hasLineBreak || i >= 64);
            }
        }
        csv.broken().ifPresent(broken -> rows.add("broken"));
        return rows;
    }

    /** How banks were read before {@link CsvReader}, with the line of each row found the same way. */
    private static List<String> readWithCommonsCsv(String text) {
        List<String> rows = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        java.util.regex.Matcher sep = java.util.regex.Pattern.compile("(?i)sep=(.)[ \\t]*(\\r\\n|\\r|\\n|$)").matcher(text);
        int start = sep.lookingAt() ? sep.end() : 0;
        char delimiter = start > 0 ? sep.group(1).charAt(0) : CsvReader.detectDelimiter(firstLine(text));
        CSVFormat format;
        try {
            format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        } catch (IllegalArgumentException e) {
            return List.of("refused: " + e.getMessage());
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(start)), format)) {
            for (CSVRecord record : parser) {
                int at = start + (int) record.getCharacterPosition();
                while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
                    at++;
                }
                rows.add(lines.lineOf(at) + " " + record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            rows.add("broken");
        }
        return rows;
    }

    private static String firstLine(String text) {
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }
}

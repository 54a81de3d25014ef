package papersetter.bank;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of one CSV text, each with the physical line where it starts. The first row is the
 * header. When the quoting is broken, the rows before the break are kept and {@link #broken()}
 * says where the break is, so the other rows can still be checked in the same pass.
 */
record CsvTable(char delimiter, List<Row> rows, Optional<Broken> broken) {

    /** One record: its cells as read, and the line it starts on. */
    record Row(int line, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * Where the quoting goes wrong: the line of the opening quote at fault, the spreadsheet column
     * (0-based, -1 when unknown) of its cell, and the line of the quote that seemed to close it (0 when none did).
     */
    record Broken(int line, int field, int closedAt) {
        boolean unterminated() {
            return closedAt == 0;
        }
    }

    private static final char[] DELIMITERS = {',', ';', '\t'};
    // Excel writes and reads a first line "sep=;" to say which delimiter the file uses.
    private static final Pattern SEP_LINE = Pattern.compile("(?i)sep=(.)[ \\t]*(\\r\\n|\\r|\\n|$)");

    static CsvTable parse(String text) {
        LineIndex lines = new LineIndex(text);
        int start = 0;
        char delimiter;
        Matcher sep = SEP_LINE.matcher(text);
        if (sep.lookingAt()) {
            delimiter = sep.group(1).charAt(0);
            start = sep.end();
        } else {
            delimiter = detectDelimiter(firstLine(text));
        }
        String body = text.substring(start);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int at = start + (int) record.getCharacterPosition();
                // The parser's position is before any empty lines it skipped; the row starts after them.
                while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
                    at++;
                }
                rows.add(new Row(lines.lineOf(at), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV's own message ("EOF reached before encapsulated token finished") is for
            // programmers; find the quote at fault ourselves and say it in a trainer's words.
            Broken broken = findBrokenQuote(text, start, delimiter, lines)
                    .orElse(new Broken(rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line(), -1, 0));
            return new CsvTable(delimiter, rows, Optional.of(broken));
        }
        return new CsvTable(delimiter, rows, Optional.empty());
    }

    /** The first line with something on it; only that far is read (a bank may be many megabytes). */
    private static String firstLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                return line;
            }
            start = end + 1;
        }
        return "";
    }

    /** The delimiter that splits the header into the most known column names; a comma when none does. */
    static char detectDelimiter(String header) {
        char best = ',';
        int bestKnown = 0;
        for (char delimiter : DELIMITERS) {
            int known = 0;
            for (String name : header.split(Pattern.quote(String.valueOf(delimiter)), -1)) {
                String unquoted = name.strip().replaceAll("^\"|\"$", "");
                if (Column.byHeader(unquoted).isPresent()) {
                    known++;
                }
            }
            if (known > bestKnown) {
                best = delimiter;
                bestKnown = known;
            }
        }
        return best;
    }

    /**
     * Walks the text with the same quoting rules as the parser (a quote opens a quoted cell only
     * at the start of a cell; "" inside it is a quote) and returns the first quote at fault.
     */
    static Optional<Broken> findBrokenQuote(String text, int from, char delimiter, LineIndex lines) {
        int field = 0;
        boolean cellStart = true;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (cellStart && c == '"') {
                int open = i++;
                while (true) {
                    if (i >= text.length()) {
                        return Optional.of(new Broken(lines.lineOf(open), field, 0));
                    }
                    if (text.charAt(i) == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t') && text.charAt(i) != delimiter) {
                    i++;
                }
                if (i < text.length() && text.charAt(i) != delimiter && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    return Optional.of(new Broken(lines.lineOf(open), field, lines.lineOf(i)));
                }
                cellStart = false;
                continue;
            }
            if (c == delimiter) {
                field++;
                cellStart = true;
            } else if (c == '\r' || c == '\n') {
                field = 0;
                cellStart = true;
            } else {
                cellStart = false;
            }
            i++;
        }
        return Optional.empty();
    }
}

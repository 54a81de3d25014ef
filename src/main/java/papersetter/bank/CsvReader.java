package papersetter.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of one CSV text one at a time, each with the physical line where it starts; the
 * first row is the header. Rows are handed out as they are read, so a big bank is never held as a
 * table of cells beside its questions. When the quoting is broken, {@link #next()} ends at the row
 * at fault and {@link #broken()} says where the fault is, so the rows before it can still be
 * checked in the same pass.
 *
 * <p>Each row is read as Commons CSV reads {@code RFC4180} with empty lines ignored, which the bank
 * was read with before, and it adds two things Commons CSV leaves to its caller: the delimiter is
 * found from the header (the one of {@code ,}, {@code ;} and tab that splits it into the most known
 * column names) unless a first line {@code sep=;}, as Excel writes it, names it. The rules: a quote opens a quoted cell only as the cell's first character, {@code ""}
 * inside one is a quote, only white space may follow its closing quote, and a delimiter at the end
 * of the text ends in one more, empty, cell. {@code CsvReaderTest} holds it to that. Commons CSV
 * goes through a reader a character at a time, and on a bank of a hundred thousand questions that
 * was most of the load time; searching the file's own bytes (see {@link CsvText}) for the few
 * characters that end a cell is many times faster.
 */
final class CsvReader {
    /**
     * One record: its cells as read, and the line it starts on.
     *
     * @param lineBreaks bit i is set when cell i holds a line break; cells from the 64th on are not told apart
     */
    record Row(int line, List<String> cells, long lineBreaks) {
        /** Whether cell {@code index} may hold a line break, so that tidying it needs more than stripping its ends. */
        boolean spansLines(int index) {
            return index >= Long.SIZE || index >= 0 && (lineBreaks & 1L << index) != 0;
        }

        boolean blank() {
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    return false;
                }
            }
            return true;
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

    private final CsvText text;
    private final int start;
    private final char delimiter;
    private int at;
    private int line;
    private boolean broken;
    private Broken fault;
    private int width = 8;
    private long lineBreaks;
    /** The one list every row's cells are read into, once {@link #reuseCells} is called; null until then. */
    private List<String> reused;

    CsvReader(CsvText text) {
        String head = text.cell(0, endOfFirstLine(text)); // the pattern cannot reach past the first line's end
        Matcher sep = SEP_LINE.matcher(head);
        if (sep.lookingAt()) {
            delimiter = sep.group(1).charAt(0);
            if (delimiter == '"') {
                // Commons CSV, which read banks before, refused this with these words; they are kept unchanged.
                throw new IllegalArgumentException("The quoteChar character and the delimiter cannot be the same ('\"')");
            }
            // No single byte can match a delimiter beyond ASCII (or half of a surrogate pair), but a char can.
            this.text = delimiter < 0x80 ? text : new CsvText.Chars(text.string());
            start = this.text.positionsOf(head.substring(0, sep.end()));
            line = sep.group(2).isEmpty() ? 1 : 2;
        } else {
            this.text = text;
            delimiter = detectDelimiter(firstLine(text));
            start = 0;
            line = 1;
        }
        at = start;
    }

    char delimiter() {
        return delimiter;
    }

    /**
     * From now on every row's cells are read into one list, emptied for each row: for a caller done
     * with a row before it asks for the next, it spares a list for each row of a big bank.
     */
    void reuseCells() {
        reused = new ArrayList<>(width);
    }

    /** The next row that holds more than white space, or null at the end of the rows. */
    Row nextFilled() {
        Row row = next();
        while (row != null && row.blank()) {
            row = next();
        }
        return row;
    }

    /** The next row, or null at the end of the text or at a row whose quoting is broken. */
    Row next() {
        if (broken) {
            return null;
        }
        while (at < text.length() && skipLineEnd()) {
            // empty lines are no rows
        }
        if (at >= text.length()) {
            return null;
        }
        int rowLine = line;
        lineBreaks = 0;
        List<String> cells = reused == null ? new ArrayList<>(width) : reused;
        cells.clear();
        while (readCell(cells)) {
            // each cell ended at a delimiter
        }
        if (broken) {
            return null;
        }
        width = cells.size(); // the next row most likely has as many
        return new Row(rowLine, cells, lineBreaks);
    }

    /**
     * Where the quoting goes wrong, once {@link #next()} has ended at it: noted by the one walk that
     * reads the cells, so the place reported is where the reading stopped.
     */
    Optional<Broken> broken() {
        return Optional.ofNullable(fault);
    }

    /** Reads the cell at {@link #at}; true when a delimiter follows it, so the row goes on. */
    private boolean readCell(List<String> cells) {
        int length = text.length();
        if (at == length) {
            cells.add(""); // the text ends with a delimiter
            return false;
        }
        if (text.at(at) == '"') {
            return readQuotedCell(cells);
        }
        int end = text.plainCellEnd(at, delimiter);
        cells.add(text.cell(at, end));
        at = end;
        if (at == length) {
            return false;
        }
        if (text.at(at) == delimiter) {
            at++;
            return true;
        }
        skipLineEnd();
        return false;
    }

    private boolean readQuotedCell(List<String> cells) {
        int length = text.length();
        int openLine = line;
        int field = cells.size();
        int close = at + 1;
        boolean doubledQuotes = false;
        while (true) {
            close = text.quoteOrLineEnd(close);
            if (close == length) {
                broken = true; // the closing quote is missing
                fault = new Broken(openLine, field, 0);
                return false;
            }
            int c = text.at(close);
            if (c == '"') {
                if (close + 1 < length && text.at(close + 1) == '"') {
                    doubledQuotes = true; // "" is a quote inside the cell
                    close += 2;
                    continue;
                }
                break;
            }
            if (c == '\n' || close + 1 == length || text.at(close + 1) != '\n') {
                line++; // an LF, a lone CR, or a CRLF counted at its LF
            }
            lineBreaks |= cells.size() < Long.SIZE ? 1L << cells.size() : 0;
            close++;
        }
        String cell = text.cell(at + 1, close);
        cells.add(doubledQuotes ? cell.replace("\"\"", "\"") : cell);
        at = close + 1;
        while (at < length) {
            int c = text.at(at);
            if (c == delimiter) {
                at++;
                return true;
            }
            if (c == '\n' || c == '\r') {
                skipLineEnd();
                return false;
            }
            int space = text.whiteSpaceAt(at);
            if (space == 0) {
                broken = true; // text after the closing quote
                fault = new Broken(openLine, field, line);
                return false;
            }
            at += space;
        }
        return false;
    }

    /** Steps over a line end (LF, CRLF or a lone CR) at {@link #at}; false when there is none. */
    private boolean skipLineEnd() {
        int c = text.at(at);
        if (c == '\n') {
            at++;
        } else if (c == '\r') {
            at += at + 1 < text.length() && text.at(at + 1) == '\n' ? 2 : 1;
        } else {
            return false;
        }
        line++;
        return true;
    }

    /** The first line with something on it; only that far is read (a bank may be many megabytes). */
    private static String firstLine(CsvText text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.lineEnd(start);
            String line = text.cell(start, end);
            if (!line.isBlank()) {
                return line;
            }
            start = end + 1;
        }
        return "";
    }

    /** Where the first line's end (LF, CR or CRLF) ends, or the text's length when it has none. */
    private static int endOfFirstLine(CsvText text) {
        int end = text.lineEnd(0);
        if (end == text.length()) {
            return end;
        }
        return text.at(end) == '\r' && end + 1 < text.length() && text.at(end + 1) == '\n' ? end + 2 : end + 1;
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
}

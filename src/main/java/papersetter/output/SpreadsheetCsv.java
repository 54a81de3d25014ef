package papersetter.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV meant to be opened in a spreadsheet. Every cell is text that came from a bank somebody
 * else may have written, and Excel, LibreOffice and Google Sheets run a cell that starts with
 * {@code = + - @} (or a tab or carriage return before one) as a formula: {@code =HYPERLINK(…)}
 * in a model answer would become a live link in the marker's sheet. Such cells get a leading
 * apostrophe, as OWASP advises for CSV injection, so they open as the text they are.
 *
 * <p>UTF-8 with a byte-order mark (without one, Excel reads UTF-8 as the locale's code page and
 * prints mojibake) and CRLF row ends, as RFC 4180 and Excel expect.
 */
public final class SpreadsheetCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringWriter text = new StringWriter();
    private final CSVPrinter printer;

    public SpreadsheetCsv(String... header) {
        try {
            printer = new CSVPrinter(text, CSVFormat.RFC4180);
            row(List.of(header));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
    }

    /**
     * A row. A {@link java.math.BigDecimal} cell is written as the number it is, unguarded, so that a
     * negative mark stays a number the spreadsheet can add up; every other cell is text and guarded.
     */
    public SpreadsheetCsv row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(cell -> cell instanceof java.math.BigDecimal number
                    ? number.stripTrailingZeros().toPlainString() : neutralise(cell == null ? null : cell.toString()))
                    .toList());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    /**
     * The cell as text a spreadsheet will not evaluate. Leading white space is looked past because
     * some spreadsheets trim it before deciding whether a cell is a formula.
     */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n' || triggers(first)) {
            return "'" + cell;
        }
        String trimmed = cell.stripLeading();
        if (!trimmed.isEmpty() && triggers(trimmed.charAt(0))) {
            return "'" + cell;
        }
        return cell;
    }

    private static boolean triggers(char c) {
        // The full-width forms are read as formula signs by some spreadsheets in East Asian locales.
        return c == '=' || c == '+' || c == '-' || c == '@'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }
}

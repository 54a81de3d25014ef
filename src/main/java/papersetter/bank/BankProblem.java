package papersetter.bank;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a bank, placed where a trainer can find it in their spreadsheet.
 *
 * @param file the CSV file, as the user named it (relative if they gave a relative path)
 * @param line the physical line where the row starts, 1-based; 0 when the problem is about the file as a whole
 * @param column the bank column it is about, or null when it is not about one column
 * @param message what is wrong, in the trainer's terms
 * @param fix what to do about it, or null when the message says it all
 * @param warning true when the bank can still be used (the problem is reported, the run goes on)
 */
public record BankProblem(Path file, int line, String column, String message, String fix, boolean warning) {

    public BankProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return !warning;
    }

    /** {@code bank/orm.csv:14: column 'answer': 'E' but the item has options A–D — use one of A, B, C, D}. */
    public String format() {
        StringBuilder text = new StringBuilder(file.toString());
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (warning) {
            text.append("warning: ");
        }
        if (column != null) {
            text.append("column '").append(column).append("': ");
        }
        text.append(message);
        if (fix != null && !fix.isBlank()) {
            text.append(" — ").append(fix);
        }
        return text.toString();
    }
}

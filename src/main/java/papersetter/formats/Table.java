package papersetter.formats;

import java.util.List;

/**
 * A bank file of another format, read into the rows a papersetter CSV would hold: the header names
 * papersetter's own columns, each row holds the cells of one question and the line it starts on, so
 * that the bank's validator checks it as it checks a CSV row and its messages point at the right place.
 *
 * @param part the part of the file it comes from (a workbook's sheet), or null for the whole file
 * @param notes what the reader found wrong or could not keep, each at its line (0: the whole file)
 */
public record Table(String part, List<String> header, List<Row> rows, List<Note> notes) {
    public Table(List<String> header, List<Row> rows, List<Note> notes) {
        this(null, header, rows, notes);
    }

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** One question as the cells of a bank row, under {@link Table#header()}. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One thing the reader found.
     *
     * @param warning true when the rest of the file can still be used (a question skipped and said so)
     */
    public record Note(int line, String message, String fix, boolean warning) {
    }

    public boolean hasErrors() {
        return notes.stream().anyMatch(note -> !note.warning());
    }
}

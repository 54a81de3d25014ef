package papersetter.scan;

import java.util.List;

/**
 * One row read off a scan.
 *
 * @param value the answer in the typed-responses format (a letter, letters A;C, T/F, a mark, a
 *     digit), empty for no answer; when doubtful, the reading it would take (for the review)
 * @param doubt why the row is doubtful, in a trainer's words, or null when it is certain
 */
record RowReading(SheetRow row, String value, String doubt, List<Mark> marks) {
    RowReading {
        marks = List.copyOf(marks);
    }

    boolean doubtful() {
        return doubt != null;
    }
}

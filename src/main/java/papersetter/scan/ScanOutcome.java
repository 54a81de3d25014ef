package papersetter.scan;

import java.util.List;

/**
 * What reading a class's scans gave.
 *
 * @param responses {@code responses.csv} in the typed-responses format: a row per student, doubtful
 *     answers left blank and named in its {@code review} column
 * @param review {@code review.pdf}, or null when nothing needs a person's eyes
 * @param pages the scanned pages read
 * @param students the rows of responses
 * @param doubts how many answers (and roll numbers) were doubtful
 * @param problems pages not read or not placed (another run, unreadable, twice, missing), each said
 *     in full
 */
public record ScanOutcome(byte[] responses, byte[] review, int pages, int students, int doubts,
        List<String> problems, List<String> notes) {
    public ScanOutcome {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** Whether every answer was read without doubt, so the class can be marked now. */
    public boolean complete() {
        return doubts == 0 && problems.isEmpty();
    }
}

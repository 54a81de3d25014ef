package papersetter.marking;

import java.nio.file.Path;
import java.util.List;

/**
 * What a marking wrote and what to tell the trainer.
 *
 * @param notes things worth knowing that did not stop the marking (columns left out, questions without a column)
 * @param summary the one-page text summary (also written as {@code marks/summary.txt})
 * @param unrecorded why the marking could not be added to the record of runs, or null
 */
public record MarkResult(Path folder, int students, List<String> notes, String summary, String unrecorded) {
    public MarkResult {
        notes = List.copyOf(notes);
    }
}

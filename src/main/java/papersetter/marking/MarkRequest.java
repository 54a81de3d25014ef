package papersetter.marking;

import java.nio.file.Path;
import java.util.List;
import papersetter.model.BadInputException;

/**
 * What {@code papersetter mark} was asked: a run folder, the typed responses, and how to score.
 * The scoring options are kept as given; {@link Scoring} and {@link Rekeys} read them, so the
 * rules and their messages live in one place.
 *
 * @param multi {@code all} (all-or-nothing, the default) or {@code partial} (per-option credit)
 * @param wrong negative marking as given to {@code --wrong}: {@code -0.25} for every objective type,
 *     or {@code mcq=-0.25,truefalse=-0.5}; each value is a share of the item's marks
 * @param rekeys keys corrected after the test: {@code DJ-ORM-014=B} in bank letters, or {@code A:12=B}
 *     in the letters printed on set A's paper
 * @param scans the scanned answer sheets (a PDF, a picture, or a folder of them), or null when the
 *     responses are typed
 */
public record MarkRequest(Path run, Path responses, String multi, List<String> wrong, List<String> rekeys,
        Path scans) {
    public MarkRequest {
        if (run == null) {
            throw new BadInputException("Name the run folder to mark, e.g. papersetter mark output/RUN --responses responses.csv");
        }
        if (responses == null && scans == null) {
            throw new BadInputException("Give the scanned answer sheets with --scans FILE_OR_FOLDER, or the typed"
                    + " responses with --responses FILE.csv (one row per student: roll, name, set, then the answer to"
                    + " each question).");
        }
        if (responses != null && scans != null) {
            throw new BadInputException("Give --scans or --responses, not both: mark the scans, correct the"
                    + " responses.csv they give, then mark with --responses.");
        }
        multi = multi == null ? "all" : multi;
        wrong = wrong == null ? List.of() : List.copyOf(wrong);
        rekeys = rekeys == null ? List.of() : List.copyOf(rekeys);
    }

    public MarkRequest(Path run, Path responses, String multi, List<String> wrong, List<String> rekeys) {
        this(run, responses, multi, wrong, rekeys, null);
    }

    public MarkRequest(Path run, Path responses) {
        this(run, responses, "all", List.of(), List.of());
    }

    /** The same request, as though its responses had been typed into this file (for what the marking records). */
    MarkRequest typedFrom(Path file) {
        return new MarkRequest(run, file, multi, wrong, rekeys, null);
    }
}

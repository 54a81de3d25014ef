package papersetter.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import papersetter.formats.Format;
import papersetter.model.BadInputException;
import papersetter.render.Layout;
import papersetter.render.PaperInfo;
import papersetter.select.Equivalence;
import papersetter.select.Filter;
import papersetter.select.PaperSpec;
import papersetter.select.Vary;

/**
 * Everything a run needs, as the command line (or a test) gave it.
 *
 * @param count questions per paper, or {@link #ALL}; 0 with a spec file, whose sections say
 * @param seed the seed to use; empty to have one chosen (and reported) for this run
 * @param spec the paper's blueprint: a spec file's, or {@link PaperSpec#simple} from filter and count
 * @param maxOverlap with {@link Vary#QUESTIONS}, the most questions two sets may share
 * @param avoidRecent leave out questions used in this many of the latest runs in the history
 * @param layoutSource the layout as given (a shipped name or a file's path), for reproducing the run
 * @param equivalent with {@link Vary#QUESTIONS}, what another set's item must share with set A's
 * @param exports formats each set's questions are also written in, as drawn (generate --export)
 * @param students a class list for personalised answer sheets (generate --students), or null
 */
public record GenerateRequest(
        Path bank,
        Filter filter,
        int count,
        int sets,
        OptionalLong seed,
        Path outDir,
        PaperInfo info,
        Layout layout,
        PaperSpec spec,
        Vary vary,
        OptionalInt maxOverlap,
        int avoidRecent,
        String layoutSource,
        Equivalence equivalent,
        List<Format> exports,
        Path students) {

    /** The most sets a run makes (A … GJH); a class never needs more, and each set is a paper and a key. */
    public static final int MAX_SETS = 5000;
    /** The most questions a paper draws; {@link #ALL} draws every matching question. */
    public static final int MAX_COUNT = 10_000;
    /** The most runs {@code avoidRecent} may reach back over. */
    public static final int MAX_AVOID_RECENT = 10_000;
    /** {@code count} for "every question that matches the filter" ({@code --count all}). */
    public static final int ALL = -1;

    /** Every limit, whichever front door the request came through. */
    public GenerateRequest {
        layoutSource = layoutSource == null ? layout.name() : layoutSource;
        equivalent = equivalent == null ? Equivalence.TOPIC : equivalent;
        exports = exports == null ? List.of() : List.copyOf(exports);
        if (sets < 1 || sets > MAX_SETS) {
            throw new BadInputException("--sets must be between 1 and " + MAX_SETS + " (it was " + sets + ").");
        }
        if (spec.isSimple() && count != ALL && (count < 1 || count > MAX_COUNT)) {
            throw new BadInputException("--count must be between 1 and " + MAX_COUNT
                    + ", or 'all' for every matching question (it was " + count + ").");
        }
        if (maxOverlap.isPresent() && maxOverlap.getAsInt() < 0) {
            throw new BadInputException("--max-overlap must be 0 or more (it was " + maxOverlap.getAsInt() + ").");
        }
        if (maxOverlap.isPresent() && vary != Vary.QUESTIONS) {
            throw new BadInputException("--max-overlap only applies with --vary questions; with --vary order every"
                    + " set has the same questions.");
        }
        if (avoidRecent < 0 || avoidRecent > MAX_AVOID_RECENT) {
            throw new BadInputException("--avoid-recent must be between 0 and " + MAX_AVOID_RECENT + " runs (it was "
                    + avoidRecent + ").");
        }
    }

    /** The blueprint to draw from, once the bank is read: {@code --count all} becomes the number that match. */
    PaperSpec specFor(java.util.List<papersetter.model.Question> questions, java.util.Set<String> avoided) {
        if (count != ALL) {
            return spec;
        }
        int matching = (int) questions.stream().filter(filter::matches).filter(q -> !avoided.contains(q.id())).count();
        return PaperSpec.simple(filter, Math.max(1, matching));
    }

    /** Equivalents share set A's topic. */
    public GenerateRequest(Path bank, Filter filter, int count, int sets, OptionalLong seed, Path outDir, PaperInfo info,
            Layout layout, PaperSpec spec, Vary vary, OptionalInt maxOverlap, int avoidRecent, String layoutSource) {
        this(bank, filter, count, sets, seed, outDir, info, layout, spec, vary, maxOverlap, avoidRecent, layoutSource,
                Equivalence.TOPIC, List.of(), null);
    }

    /** The simple case: {@code count} questions matching the filter, the same questions in every set. */
    public GenerateRequest(Path bank, Filter filter, int count, int sets, OptionalLong seed, Path outDir, PaperInfo info,
            Layout layout) {
        this(bank, filter, count, sets, seed, outDir, info, layout, PaperSpec.simple(filter, count), Vary.ORDER,
                OptionalInt.empty(), 0, null);
    }
}

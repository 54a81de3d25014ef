package papersetter.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import papersetter.formats.Format;
import papersetter.render.Layout;
import papersetter.render.PaperInfo;
import papersetter.select.Filter;
import papersetter.select.PaperSpec;
import papersetter.select.Vary;

/**
 * Everything a run needs, as the command line (or a test) gave it.
 *
 * @param seed the seed to use; empty to have one chosen (and reported) for this run
 * @param spec the paper's blueprint: a spec file's, or {@link PaperSpec#simple} from filter and count
 * @param maxOverlap with {@link Vary#QUESTIONS}, the most questions two sets may share
 * @param avoidRecent leave out questions used in this many of the latest runs in the history
 * @param layoutSource the layout as given (a shipped name or a file's path), for reproducing the run
 * @param exports formats each set's questions are also written in, as drawn (generate --export)
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
        List<Format> exports) {

    public GenerateRequest {
        layoutSource = layoutSource == null ? layout.name() : layoutSource;
        exports = exports == null ? List.of() : List.copyOf(exports);
    }

    /** A run without exports. */
    public GenerateRequest(Path bank, Filter filter, int count, int sets, OptionalLong seed, Path outDir, PaperInfo info,
            Layout layout, PaperSpec spec, Vary vary, OptionalInt maxOverlap, int avoidRecent, String layoutSource) {
        this(bank, filter, count, sets, seed, outDir, info, layout, spec, vary, maxOverlap, avoidRecent, layoutSource,
                List.of());
    }

    /** The simple case: {@code count} questions matching the filter, the same questions in every set. */
    public GenerateRequest(Path bank, Filter filter, int count, int sets, OptionalLong seed, Path outDir, PaperInfo info,
            Layout layout) {
        this(bank, filter, count, sets, seed, outDir, info, layout, PaperSpec.simple(filter, count), Vary.ORDER,
                OptionalInt.empty(), 0, null);
    }
}

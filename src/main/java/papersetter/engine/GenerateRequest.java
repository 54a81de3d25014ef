package papersetter.engine;

import java.nio.file.Path;
import java.util.OptionalLong;
import papersetter.render.Layout;
import papersetter.render.PaperInfo;
import papersetter.select.Filter;

/**
 * Everything a run needs, as the command line (or a test) gave it.
 *
 * @param seed the seed to use; empty to have one chosen (and reported) for this run
 */
public record GenerateRequest(
        Path bank,
        Filter filter,
        int count,
        int sets,
        OptionalLong seed,
        Path outDir,
        PaperInfo info,
        Layout layout) {
}

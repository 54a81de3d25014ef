package papersetter.bank;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shipped bank, a shipped spec (as the README names it, {@code bank/django/specs/…}), or a
 * bank a manifest names by a relative path, is found.
 */
public final class ShippedBank {
    /** The bank used when none is named. */
    public static final String DEFAULT = "bank/django";

    private ShippedBank() {
    }

    /** The bank given, or the shipped one. */
    public static Path orDefault(Path given) {
        return given != null ? given : find(Path.of(DEFAULT));
    }

    /**
     * A relative path is looked up from the current folder first (where a run is usually made),
     * then from the folder papersetter is installed in (the launcher sets {@code papersetter.home}),
     * so the shipped bank is found wherever papersetter is started from.
     */
    public static Path find(Path path) {
        String home = System.getProperty("papersetter.home");
        if (path == null || path.isAbsolute() || Files.exists(path) || home == null) {
            return path;
        }
        // Only a file inside the shipped folder: "../x" must not reach beside it.
        Path shipped = Path.of(home).resolve(path).normalize();
        return shipped.startsWith(Path.of(home).normalize()) && Files.exists(shipped) ? shipped : path;
    }
}

package papersetter.bank;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shipped bank, or a bank a manifest names by a relative path, is found. */
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
        if (path.isAbsolute() || Files.exists(path) || home == null || !Files.exists(Path.of(home).resolve(path))) {
            return path;
        }
        return Path.of(home).resolve(path);
    }
}

package papersetter.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the shipped bank is when the user names none. */
final class BankOption {
    static final String DEFAULT = "bank/django";

    private BankOption() {
    }

    /**
     * A relative default is looked up from the current folder first, then from the folder the
     * launcher lives in, so the shipped bank is found wherever papersetter is started from.
     */
    static Path resolve(Path given) {
        if (given != null) {
            return given;
        }
        Path here = Paths.get(DEFAULT);
        String home = System.getProperty("papersetter.home");
        if (!Files.exists(here) && home != null && Files.exists(Paths.get(home, DEFAULT))) {
            return Paths.get(home, DEFAULT);
        }
        return here;
    }
}

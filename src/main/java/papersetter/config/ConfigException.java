package papersetter.config;

import java.util.List;
import papersetter.model.BadInputException;

/**
 * One or more problems in a layout or spec file, each already placed ("layouts/x.yaml: line 7: …").
 * The message shows the first {@value #SHOWN} and counts the rest: a file of ten thousand
 * unknown keys is one mistake repeated, not ten thousand lines to read.
 */
public class ConfigException extends BadInputException {
    static final int SHOWN = 25;

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, including those the message leaves out. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        String shown = String.join("\n", problems.subList(0, Math.min(SHOWN, problems.size())));
        if (problems.size() > SHOWN) {
            shown += "\n… and " + (problems.size() - SHOWN) + " more like these";
        }
        return shown + (problems.size() > 1 ? "\n" + problems.size() + " problems — fix them and run again" : "");
    }
}

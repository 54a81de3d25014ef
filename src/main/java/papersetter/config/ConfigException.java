package papersetter.config;

import java.util.List;
import papersetter.model.BadInputException;

/** One or more problems in a layout or spec file, each already placed ("layouts/x.yaml: line 7: …"). */
public class ConfigException extends BadInputException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems)
                + (problems.size() > 1 ? "\n" + problems.size() + " problems — fix them and run again" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

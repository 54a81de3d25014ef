package papersetter.render;

import java.util.List;
import java.util.Map;
import papersetter.model.BadInputException;

/** Finds a layout by name (a shipped one) or by path (a trainer's own file). */
public final class Layouts {
    private static final Map<String, Layout> BUILT_IN = Map.of("exam", Layout.EXAM);

    private Layouts() {
    }

    public static Layout load(String nameOrPath) {
        Layout layout = BUILT_IN.get(nameOrPath);
        if (layout == null) {
            throw new BadInputException("Unknown layout '" + nameOrPath + "'. Use one of: "
                    + String.join(", ", List.copyOf(new java.util.TreeSet<>(BUILT_IN.keySet()))) + ".");
        }
        return layout;
    }
}

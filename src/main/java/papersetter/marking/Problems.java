package papersetter.marking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papersetter.model.BadInputException;

/** Problems found in one pass, shown the first few of each kind with a count of the rest. */
final class Problems {
    static final int SHOWN_PER_KIND = 5;

    private final Map<String, List<String>> byKind = new LinkedHashMap<>();

    void add(String kind, String message) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(message);
    }

    void throwIfAny() {
        if (byKind.isEmpty()) {
            return;
        }
        int total = byKind.values().stream().mapToInt(List::size).sum();
        List<String> lines = new ArrayList<>();
        lines.add((total == 1 ? "1 problem" : total + " problems") + " in the responses; nothing was marked:");
        for (List<String> kind : byKind.values()) {
            kind.stream().limit(SHOWN_PER_KIND).forEach(message -> lines.add("  " + message));
            if (kind.size() > SHOWN_PER_KIND) {
                lines.add("  … and " + (kind.size() - SHOWN_PER_KIND) + " more like this");
            }
        }
        throw new BadInputException(String.join("\n", lines));
    }
}

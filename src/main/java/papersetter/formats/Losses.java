package papersetter.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a conversion could not carry into the target format, said once per kind with how many
 * questions it touches and the first of their ids, so that a round trip never loses anything unsaid.
 */
final class Losses {
    private static final int IDS_SHOWN = 3;

    private final String format;
    private final Map<String, List<String>> kinds = new LinkedHashMap<>();

    Losses(String format) {
        this.format = format;
    }

    private int leftOut;

    /** A question the format cannot hold at all; it is not written. */
    void leaveOut(String what, String id) {
        leftOut++;
        add(what, id);
    }

    int leftOut() {
        return leftOut;
    }

    void add(String what, String id) {
        kinds.computeIfAbsent(what, k -> new ArrayList<>()).add(id);
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        kinds.forEach((what, ids) -> {
            String shown = String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())))
                    + (ids.size() > IDS_SHOWN ? " and " + (ids.size() - IDS_SHOWN) + " more" : "");
            lines.add(format + " cannot hold " + what + ": " + ids.size() + (ids.size() == 1 ? " question" : " questions")
                    + " (" + shown + ")");
        });
        return lines;
    }
}

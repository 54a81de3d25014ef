package papersetter.select;

import java.util.Map;
import java.util.Set;

/**
 * What earlier runs used: drawing prefers the least-used items and leaves out the avoided ones.
 *
 * @param uses how many earlier runs used each id
 * @param avoided ids that must not be drawn (used in the last runs, with --avoid-recent)
 * @param avoidedBecause how messages explain the avoided ids, e.g. "used in the last 2 runs (--avoid-recent 2)"
 */
public record Usage(Map<String, Integer> uses, Set<String> avoided, String avoidedBecause) {
    public static final Usage NONE = new Usage(Map.of(), Set.of(), "");

    public Usage {
        uses = Map.copyOf(uses);
        avoided = Set.copyOf(avoided);
    }

    int uses(String id) {
        return uses.getOrDefault(id, 0);
    }
}

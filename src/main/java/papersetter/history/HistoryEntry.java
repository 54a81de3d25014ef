package papersetter.history;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run as the history remembers it.
 *
 * @param run the run's folder name
 * @param time when it was made, ISO-8601 local time (the history is the one place with a clock)
 * @param sets each set letter's question ids in printed order
 */
public record HistoryEntry(String run, String time, String bank, long seed, String spec, Map<String, List<String>> sets) {
    public HistoryEntry {
        spec = spec == null ? "" : spec;
        sets = Map.copyOf(sets);
    }

    /** Every id the run printed, in any set. */
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        sets.values().forEach(ids::addAll);
        return ids;
    }
}

package papersetter.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One line of the history.jsonl that papersetter kept before the database, read once to take it in. */
final class OldHistoryLine {
    private OldHistoryLine() {
    }

    /** @throws IllegalArgumentException saying what is missing or of the wrong kind */
    static HistoryEntry parse(Map<String, Object> map) {
        if (map == null) {
            throw new IllegalArgumentException("not a record");
        }
        if (!(map.get("sets") instanceof Map<?, ?> setMap)) {
            throw new IllegalArgumentException("it has no 'sets'");
        }
        Map<String, List<String>> sets = new LinkedHashMap<>();
        for (Map.Entry<?, ?> set : setMap.entrySet()) {
            if (!(set.getValue() instanceof List<?> ids) || !ids.stream().allMatch(id -> id instanceof String)) {
                String held = String.valueOf(set.getValue());
                throw new IllegalArgumentException("set " + set.getKey() + " holds "
                        + (held.length() > 40 ? held.substring(0, 39) + "…" : held) + " where a list of question ids should be");
            }
            sets.put(String.valueOf(set.getKey()), ids.stream().map(String.class::cast).toList());
        }
        Object seed = map.getOrDefault("seed", 0);
        if (!(seed instanceof Number number)) {
            throw new IllegalArgumentException("its seed is " + seed + ", not a number");
        }
        Object run = map.get("run");
        if (!(run instanceof String folder) || folder.isBlank()) {
            throw new IllegalArgumentException("it names no run");
        }
        return new HistoryEntry(folder, text(map, "time"), text(map, "bank"), number.longValue(), text(map, "spec"), sets);
    }

    /** What was wrong with a line, in words: the parser's own message is about JSON, not about the history. */
    static String why(Exception e) {
        if (e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return "it is not JSON";
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }
}

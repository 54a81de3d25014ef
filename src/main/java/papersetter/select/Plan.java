package papersetter.select;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many of set A's units each profile (topic, type and marks) may take so that the other sets
 * can each have their own equivalents. Set A used to be drawn first and the others made to match
 * it: with 6 items on acids, 4 on units and 2 on cells, a set A of 3 acids left the other two sets
 * 3 acids to share, although 2 acids and 1 unit per set keeps three sets apart.
 *
 * <p>A profile with c units, in a run of s sets, can give n units to each set while n·s ≤ c·R, where
 * R is how many sets each unit must serve. The plan is the least R for which the profiles' caps
 * ⌊R·c/s⌋ hold the count; R = 1 means every set can be drawn with no question in common.
 */
final class Plan {
    private Plan() {
    }

    /** Each profile's cap, for the least reuse that fills {@code count} items; null when the pool cannot. */
    static Map<List<String>, Integer> caps(List<Unit> all, List<Integer> pool, int count, int sets) {
        Map<List<String>, Integer> have = have(all, pool);
        for (int reuse = 1; reuse <= sets; reuse++) {
            Map<List<String>, Integer> caps = new HashMap<>();
            long room = 0;
            for (Map.Entry<List<String>, Integer> profile : have.entrySet()) {
                int cap = (int) ((long) reuse * profile.getValue() / sets);
                caps.put(profile.getKey(), cap);
                room += (long) cap * profile.getKey().size();
            }
            if (room >= count) {
                return caps;
            }
        }
        return null;
    }

    /** How many sets the busiest unit must serve when set A holds {@code chosen}: 1 when the sets need share nothing. */
    static int reuse(List<Unit> all, List<Integer> pool, List<Integer> chosen, int sets) {
        Map<List<String>, Integer> taken = new HashMap<>();
        chosen.forEach(u -> taken.merge(all.get(u).profile(), 1, Integer::sum));
        return reuse(all, pool, taken, sets);
    }

    /** The same for a set A holding {@code taken} units of each profile. */
    static int reuse(List<Unit> all, List<Integer> pool, Map<List<String>, Integer> taken, int sets) {
        Map<List<String>, Integer> have = have(all, pool);
        int worst = 0;
        for (Map.Entry<List<String>, Integer> profile : taken.entrySet()) {
            int c = have.getOrDefault(profile.getKey(), 0);
            long needed = (long) profile.getValue() * sets;
            worst = (int) Math.max(worst, c == 0 ? sets : (needed + c - 1) / c);
        }
        return worst;
    }

    private static Map<List<String>, Integer> have(List<Unit> all, List<Integer> pool) {
        Map<List<String>, Integer> have = new HashMap<>();
        pool.forEach(u -> have.merge(all.get(u).profile(), 1, Integer::sum));
        return have;
    }
}

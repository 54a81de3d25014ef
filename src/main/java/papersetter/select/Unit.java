package papersetter.select;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import papersetter.model.Question;

/**
 * One item, or the items of one group (a shared stem, a case study) in bank order: what is drawn,
 * and printed, as a whole.
 *
 * @param index position in bank order, which is also the order of the units
 * @param marks the items' marks in units of 1/10^scale (see {@link #scaled})
 * @param profile what another set's equivalent must match: topic, type and marks of each item
 */
record Unit(int index, List<Question> items, long marks, List<String> profile) {
    Unit {
        items = List.copyOf(items);
        profile = List.copyOf(profile);
    }

    int size() {
        return items.size();
    }

    // Loops, not streams: these are asked of every unit of the bank, and a stream is a few objects each time.
    boolean matches(Rule rule) {
        for (Question q : items) {
            if (!rule.matches(q)) {
                return false;
            }
        }
        return true;
    }

    boolean usesAny(java.util.Set<String> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        for (Question q : items) {
            if (ids.contains(q.id())) {
                return true;
            }
        }
        return false;
    }

    double difficulty() {
        return items.stream().mapToInt(Question::difficulty).average().orElse(0);
    }

    /** "DJ-ORM-011", or "group CASE-1 (DJ-X-1, DJ-X-2)". */
    String name() {
        if (items.size() == 1) {
            return items.get(0).id();
        }
        return "group " + items.get(0).group() + " (" + items.stream().map(Question::id).collect(Collectors.joining(", "))
                + ")";
    }

    /** The bank as units: every group's items are gathered, in bank order, at the place of its first item. */
    static List<Unit> of(List<Question> bank, int scale) {
        return of(bank, scale, Equivalence.TOPIC);
    }

    /** The same, with profiles that name the topic only when equivalents must share it ("*" otherwise). */
    static List<Unit> of(List<Question> bank, int scale, Equivalence equivalence) {
        Map<String, List<Question>> byKey = new LinkedHashMap<>();
        for (Question question : bank) {
            String key = question.group().isEmpty() ? "\u0000" + question.id()
                    : question.group().toLowerCase(Locale.ROOT);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(question);
        }
        List<Unit> units = new ArrayList<>();
        for (List<Question> items : byKey.values()) {
            long marks = 0;
            String[] profile = new String[items.size()];
            for (int i = 0; i < profile.length; i++) {
                Question q = items.get(i);
                marks += scaled(q.marks(), scale);
                profile[i] = (equivalence == Equivalence.TOPIC ? q.topic().toLowerCase(Locale.ROOT) : "*") + "/"
                        + q.type().label() + "/" + q.marks().stripTrailingZeros();
            }
            units.add(new Unit(units.size(), items, marks, List.of(profile)));
        }
        return units;
    }

    static long scaled(java.math.BigDecimal marks, int scale) {
        return marks.movePointRight(scale).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    /** Decimal places needed to hold every mark exactly (at most 3: 0.125 of a mark is the finest). */
    static int scale(List<Question> bank, PaperSpec spec) {
        int scale = 0;
        for (Question q : bank) {
            scale = Math.max(scale, q.marks().stripTrailingZeros().scale());
        }
        for (Rule rule : spec.rules()) {
            scale = Math.max(scale, rule.marks().map(m -> m.stripTrailingZeros().scale()).orElse(0));
        }
        scale = Math.max(scale, spec.total().map(m -> m.stripTrailingZeros().scale()).orElse(0));
        return Math.min(3, Math.max(0, scale));
    }
}

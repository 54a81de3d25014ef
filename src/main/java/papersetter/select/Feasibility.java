package papersetter.select;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import papersetter.model.Marks;
import papersetter.model.Question;
import papersetter.text.Suggestion;

/**
 * Checks a spec against the bank before anything is drawn, and explains every shortfall: a rule
 * with too few items, a quota the bank cannot meet, marks that cannot add up, sections that need
 * more of the same items than there are. The checks are exact for each rule on its own; what they
 * cannot see (every rule at once) the drawing reports if it fails.
 */
final class Feasibility {
    private static final int IDS_SHOWN = 12;

    private final PaperSpec spec;
    private final List<Unit> all;
    private final List<Unit> available;
    private final Usage usage;
    private final int scale;
    private final Conflicts conflicts;
    private final List<String> problems = new ArrayList<>();

    private Feasibility(PaperSpec spec, List<Unit> all, List<Unit> available, Usage usage, int scale, Conflicts conflicts) {
        this.conflicts = conflicts;
        this.spec = spec;
        this.all = all;
        this.available = available;
        this.usage = usage;
        this.scale = scale;
    }

    /** @throws SelectionException with every problem found, one per line */
    static void check(PaperSpec spec, List<Question> bank, List<Unit> all, List<Unit> available, Usage usage, int scale,
            Conflicts conflicts) {
        Feasibility check = new Feasibility(spec, all, available, usage, scale, conflicts);
        check.labels(bank);
        if (check.problems.isEmpty()) {
            check.rules();
        }
        if (!check.problems.isEmpty()) {
            String text = String.join("\n", check.problems);
            if (check.problems.size() > 1) {
                text += "\n" + check.problems.size() + " problems: nothing was written.";
            }
            throw new SelectionException(text + "\n'papersetter list' shows what the bank holds.");
        }
    }

    /** A misspelt topic would otherwise read as "the bank has 0", which hides the real mistake. */
    private void labels(List<Question> bank) {
        Set<String> levels = known(bank, Question::level);
        Set<String> topics = known(bank, Question::topic);
        Set<String> tags = bank.stream().flatMap(q -> q.tags().stream()).map(t -> t.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        for (Rule rule : spec.rules()) {
            unknown(rule, "level", rule.levels(), levels);
            unknown(rule, "topic", rule.topics(), topics);
            unknown(rule, "tag", rule.tags(), tags);
            for (Quota quota : rule.quotas()) {
                unknown(rule, "topic", new LinkedHashSet<>(quota.topics()), topics);
            }
        }
    }

    private void unknown(Rule rule, String what, Collection<String> wanted, Set<String> known) {
        for (String label : new TreeSet<>(wanted)) {
            if (!known.contains(label)) {
                String hint = Suggestion.nearest(label, known).map(s -> " — did you mean '" + s + "'?")
                        .orElse(known.size() <= 30 ? " — its " + what + "s are: " + String.join(", ", known) : "");
                String message = rule.where() + ": the bank has no " + what + " '" + label + "'" + hint;
                if (!problems.contains(message)) {
                    problems.add(message);
                }
            }
        }
    }

    private static Set<String> known(List<Question> bank, Function<Question, String> label) {
        return bank.stream().map(q -> label.apply(q).toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }

    private void rules() {
        List<Rule> rules = spec.rules();
        List<boolean[]> marksPerRule = new ArrayList<>();
        List<Integer> needs = new ArrayList<>();
        List<List<Unit>> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            List<Unit> fits = available.stream().filter(u -> u.matches(rule)).toList();
            candidates.add(fits);
            int before = problems.size();
            count(rule, fits);
            quotas(rule, fits);
            if (problems.size() > before) {
                marksPerRule.add(null);
                needs.add(rule.count().orElse(1));
                continue;
            }
            Need need = marks(rule, fits);
            marksPerRule.add(need == null ? null : need.marks());
            needs.add(need == null ? rule.count().orElse(1) : need.count());
        }
        if (!marksPerRule.contains(null)) {
            total(marksPerRule);
        }
        shared(rules, candidates, needs);
    }

    private void count(Rule rule, List<Unit> fits) {
        if (rule.count().isEmpty()) {
            if (fits.isEmpty()) {
                problems.add(rule.where() + " needs " + rule.describeAmount() + " of " + rule.describeItems()
                        + "; the bank has none" + avoidedNote(rule) + ".");
            }
            return;
        }
        int n = rule.count().getAsInt();
        List<Unit> distinct = conflicts.distinct(fits);
        int have = items(distinct);
        if (have < n) {
            int alike = items(fits) - have;
            problems.add(rule.where() + " needs " + n + " " + rule.describeItems() + "; the bank has "
                    + (have == 0 ? "none" : have + ": " + ids(distinct)) + avoidedNote(rule)
                    + (alike == 0 ? "" : " (" + alike + " more repeat" + (alike == 1 ? "s" : "") + " one of these or"
                            + " test" + (alike == 1 ? "s" : "") + " the same fact, and a paper holds only one of those)")
                    + ".");
        }
    }

    private void quotas(Rule rule, List<Unit> fits) {
        Map<String, Integer> byTopic = byTopic(fits);
        int leastSum = 0;
        Map<String, Integer> least = new TreeMap<>();
        for (Quota quota : rule.quotas()) {
            for (String topic : quota.topics()) {
                least.merge(topic, quota.atLeast(), Math::max);
                int have = byTopic.getOrDefault(topic, 0);
                if (have < quota.atLeast()) {
                    List<Unit> ofTopic = fits.stream().filter(u -> topicOf(u).equals(topic)).toList();
                    problems.add(rule.where() + ": the quota (line " + quota.line() + ") needs at least " + quota.atLeast()
                            + " of the section's " + rule.describeItems() + " on " + topic + "; the bank has "
                            + (have == 0 ? "none" : have + ": " + ids(ofTopic)) + avoidedNote(rule) + ".");
                }
            }
        }
        leastSum = least.values().stream().mapToInt(Integer::intValue).sum();
        if (rule.count().isPresent() && leastSum > rule.count().getAsInt()) {
            problems.add(rule.where() + ": its quotas ask for at least " + leastSum + " items ("
                    + least.entrySet().stream().map(e -> e.getValue() + " on " + e.getKey()).collect(Collectors.joining(", "))
                    + ") but the section has " + rule.count().getAsInt() + " — lower the quotas or raise the count.");
        }
        if (rule.count().isPresent()) {
            int capacity = 0;
            for (Map.Entry<String, Integer> topic : byTopic.entrySet()) {
                capacity += Math.min(topic.getValue(), mostFor(rule, topic.getKey()));
            }
            if (capacity < rule.count().getAsInt() && capacity < items(fits)) {
                problems.add(rule.where() + ": with its quotas the bank can give at most " + capacity + " of the "
                        + rule.count().getAsInt() + " items (" + byTopic.entrySet().stream()
                                .map(e -> e.getKey() + " " + Math.min(e.getValue(), mostFor(rule, e.getKey())))
                                .collect(Collectors.joining(", "))
                        + ") — raise 'at-most', or widen the section's topics.");
            }
        }
    }

    private static int mostFor(Rule rule, String topic) {
        int most = Integer.MAX_VALUE;
        for (Quota quota : rule.quotas()) {
            if (quota.everyTopic() || quota.topics().contains(topic)) {
                most = Math.min(most, quota.atMost());
            }
        }
        return most;
    }

    record Need(int count, boolean[] marks) {
    }

    /** Whether the rule's count and marks can both hold; returns the marks its items can total. */
    private Need marks(Rule rule, List<Unit> fits) {
        long totalMarks = fits.stream().mapToLong(Unit::marks).sum();
        String worth = worth(fits);
        if (rule.count().isPresent()) {
            int n = rule.count().getAsInt();
            long cap = rule.marks().map(m -> Unit.scaled(m, scale))
                    .orElse(fits.stream().map(Unit::marks).sorted(Comparator.reverseOrder()).limit(n).mapToLong(Long::longValue).sum());
            Reach reach = Reach.of(fits, n, cap);
            if (rule.marks().isEmpty()) {
                return new Need(n, reach.marksFor(n));
            }
            long m = Unit.scaled(rule.marks().get(), scale);
            if (!reach.can(n, m)) {
                Reach free = Reach.of(fits, n, fits.stream().map(Unit::marks).sorted(Comparator.reverseOrder()).limit(n)
                        .mapToLong(Long::longValue).sum());
                long low = free.least(n);
                long high = free.most(n);
                String made = low < 0 ? "" : low == high ? ", so " + n + " of them make " + mark(low)
                        : ", so " + n + " of them make " + markNumber(low) + " to " + mark(high)
                                + (low <= m && m <= high ? " but never exactly " + mark(m) : "");
                problems.add(rule.where() + " needs " + rule.describeAmount() + "; its " + items(fits) + " candidates ("
                        + rule.describeItems() + ") are worth " + worth + made
                        + " — change the count or the marks, or use 'marks-each' to pick items of one value.");
                return null;
            }
            boolean[] one = new boolean[(int) m + 1];
            one[(int) m] = true;
            return new Need(n, one);
        }
        long m = Unit.scaled(rule.marks().orElseThrow(), scale);
        int most = items(fits);
        Reach reach = Reach.of(fits, most, m);
        var count = reach.countFor(m);
        if (count.isEmpty()) {
            problems.add(rule.where() + " needs " + rule.describeAmount() + "; its candidates (" + rule.describeItems()
                    + ") are worth " + worth + ", " + mark(totalMarks) + " in all, and no combination of them makes exactly "
                    + mark(m) + ".");
            return null;
        }
        boolean[] one = new boolean[(int) m + 1];
        one[(int) m] = true;
        return new Need(count.getAsInt(), one);
    }

    /** Whether the sections' marks can add up to the spec's total. */
    private void total(List<boolean[]> perRule) {
        if (spec.total().isEmpty()) {
            return;
        }
        long total = Unit.scaled(spec.total().get(), scale);
        boolean[] sums = new boolean[(int) total + 1];
        sums[0] = true;
        long low = 0;
        long high = 0;
        for (boolean[] marks : perRule) {
            boolean[] next = new boolean[sums.length];
            for (int s = 0; s < sums.length; s++) {
                if (!sums[s]) {
                    continue;
                }
                for (int m = 0; m < marks.length && s + m < next.length; m++) {
                    if (marks[m]) {
                        next[s + m] = true;
                    }
                }
            }
            sums = next;
            low += first(marks);
            high += last(marks);
        }
        if (!sums[(int) total]) {
            List<String> parts = new ArrayList<>();
            int r = 0;
            for (SectionSpec section : spec.sections()) {
                long sLow = 0;
                long sHigh = 0;
                for (int k = 0; k < section.rules().size(); k++, r++) {
                    sLow += first(perRule.get(r));
                    sHigh += last(perRule.get(r));
                }
                parts.add("'" + section.heading() + "' " + (sLow == sHigh ? mark(sLow) : markNumber(sLow) + " to " + mark(sHigh)));
            }
            String range = low == high ? mark(low) : low <= total && total <= high
                    ? "between " + markNumber(low) + " and " + mark(high) + " but never exactly " + mark(total)
                    : markNumber(low) + " to " + mark(high);
            problems.add(spec.totalWhere() + ": total is " + mark(total) + " but the sections make " + range + " ("
                    + String.join(", ", parts) + ") — change the total, or the sections' counts or marks.");
        }
    }

    /** Items that fit two rules are drawn once, so rules that share candidates must have enough between them. */
    private void shared(List<Rule> rules, List<List<Unit>> candidates, List<Integer> needs) {
        int n = rules.size();
        if (n < 2) {
            return;
        }
        List<Integer> reported = new ArrayList<>();
        int limit = n <= 12 ? 1 << n : 0;
        List<Integer> masks = new ArrayList<>();
        if (limit == 0) {
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    masks.add(1 << a | 1 << b);
                }
            }
        } else {
            for (int mask = 1; mask < limit; mask++) {
                if (Integer.bitCount(mask) >= 2) {
                    masks.add(mask);
                }
            }
            masks.sort(Comparator.comparingInt(Integer::bitCount));
        }
        for (int mask : masks) {
            if (reported.stream().anyMatch(r -> (r & mask) == r)) {
                continue;
            }
            Set<Integer> union = new TreeSet<>();
            int need = 0;
            boolean overlapping = false;
            for (int r = 0; r < n; r++) {
                if ((mask & 1 << r) != 0) {
                    for (Unit unit : candidates.get(r)) {
                        overlapping |= !union.add(unit.index());
                    }
                    need += needs.get(r);
                }
            }
            int have = union.stream().mapToInt(i -> all.get(i).size()).sum();
            if (overlapping && have < need) {
                reported.add(mask);
                List<String> names = new ArrayList<>();
                for (int r = 0; r < n; r++) {
                    if ((mask & 1 << r) != 0) {
                        names.add(rules.get(r).where().replaceFirst("^.*: line \\d+: ", "") + " (" + needs.get(r) + ")");
                    }
                }
                problems.add(spec.file().map(Object::toString).orElse("spec") + ": " + String.join(" and ", names)
                        + " draw on the same items: together they need " + need + " but only " + have
                        + " items fit any of them, and an item is printed once — lower the counts or make the sections"
                        + " draw on different items.");
            }
        }
    }

    private String avoidedNote(Rule rule) {
        if (usage.avoided().isEmpty()) {
            return "";
        }
        List<Unit> left = all.stream().filter(u -> u.matches(rule) && u.usesAny(usage.avoided())).toList();
        if (left.isEmpty()) {
            return "";
        }
        return " after leaving out " + items(left) + " " + usage.avoidedBecause() + " (" + ids(left)
                + ") — lower --avoid-recent, or widen the section";
    }

    private static Map<String, Integer> byTopic(List<Unit> units) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Unit unit : units) {
            for (Question q : unit.items()) {
                counts.merge(q.topic().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String topicOf(Unit unit) {
        return unit.items().get(0).topic().toLowerCase(Locale.ROOT);
    }

    static int items(List<Unit> units) {
        return units.stream().mapToInt(Unit::size).sum();
    }

    static String ids(List<Unit> units) {
        String shown = units.stream().limit(IDS_SHOWN).map(Unit::name).collect(Collectors.joining(", "));
        return units.size() > IDS_SHOWN ? shown + " and " + (units.size() - IDS_SHOWN) + " more" : shown;
    }

    private String worth(List<Unit> units) {
        List<String> values = units.stream().map(Unit::marks).distinct().sorted().map(this::markNumber).toList();
        if (values.isEmpty()) {
            return "nothing";
        }
        String joined = values.size() == 1 ? values.get(0)
                : String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
        return joined + (values.size() == 1 && values.get(0).equals("1") ? " mark each" : " marks each");
    }

    private String markNumber(long scaled) {
        return Marks.format(BigDecimal.valueOf(scaled, scale));
    }

    private String mark(long scaled) {
        return Marks.withUnit(BigDecimal.valueOf(scaled, scale));
    }

    private static long first(boolean[] table) {
        for (int i = 0; i < table.length; i++) {
            if (table[i]) {
                return i;
            }
        }
        return 0;
    }

    private static long last(boolean[] table) {
        for (int i = table.length - 1; i >= 0; i--) {
            if (table[i]) {
                return i;
            }
        }
        return 0;
    }
}

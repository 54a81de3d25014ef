package papersetter.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import papersetter.model.Letters;
import papersetter.model.Question;

/**
 * Draws each set's questions for a spec: feasibility first, then set A by the spec, then (with
 * {@link Vary#QUESTIONS}) each further set by replacing every unit with an equivalent one (same
 * rule, topic, type and marks; the nearest difficulty) that the earlier sets used least.
 * Every random choice comes from the streams given, so the same inputs give the same drawing.
 */
public final class Drawer {
    /** The unit of cost for a unit with few equivalents; use in earlier runs weighs a hundred times more. */
    private static final long SCARCE = 1_000;

    private final List<Question> bank;
    private final PaperSpec spec;
    private final Usage usage;
    private final Function<String, Random> random;
    private final int scale;
    private final List<Unit> all;
    private final List<Unit> available;
    private final List<Rule> rules;
    private final Conflicts conflicts;

    private final Equivalence equivalence;

    private Drawer(List<Question> bank, PaperSpec spec, Usage usage, Function<String, Random> random,
            Equivalence equivalence) {
        this.equivalence = equivalence;
        this.bank = bank;
        this.spec = spec;
        this.usage = usage;
        this.random = random;
        this.scale = Unit.scale(bank, spec);
        this.all = Unit.of(bank, scale, equivalence);
        this.available = all.stream().filter(u -> !u.usesAny(usage.avoided())).toList();
        this.rules = spec.rules();
        this.conflicts = Conflicts.of(all);
    }

    /**
     * @param random the run's random streams by purpose ("select", "select/B", …)
     * @param maxOverlap with {@link Vary#QUESTIONS}: the most questions two sets may share
     * @throws SelectionException when the bank cannot fill the spec, with every reason
     */
    public static Drawing draw(List<Question> bank, PaperSpec spec, int sets, Vary vary, OptionalInt maxOverlap,
            Usage usage, Function<String, Random> random) {
        return draw(bank, spec, sets, vary, maxOverlap, Equivalence.TOPIC, usage, random);
    }

    /** @param equivalence with {@link Vary#QUESTIONS}: what another set's item must share with set A's */
    public static Drawing draw(List<Question> bank, PaperSpec spec, int sets, Vary vary, OptionalInt maxOverlap,
            Equivalence equivalence, Usage usage, Function<String, Random> random) {
        return new Drawer(bank, spec, usage, random, equivalence).draw(sets, vary, maxOverlap);
    }

    private Drawing draw(int sets, Vary vary, OptionalInt maxOverlap) {
        if (equivalence == Equivalence.TYPE && (vary != Vary.QUESTIONS || sets < 2)) {
            throw new SelectionException("--equivalent only applies with --vary questions and two or more sets;"
                    + " with --vary order every set has the same questions.");
        }
        if (equivalence == Equivalence.TYPE && vary == Vary.QUESTIONS
                && rules.stream().anyMatch(rule -> !rule.quotas().isEmpty())) {
            throw new SelectionException("--equivalent type lets another set's item be on another topic, so the spec's"
                    + " topic quotas could not hold in every set; leave out --equivalent type, or the quotas.");
        }
        if (spec.isSimple()) {
            checkSimple();
        } else {
            Feasibility.check(spec, bank, all, available, usage, scale, conflicts);
        }
        List<List<Integer>> candidates = rules.stream()
                .map(rule -> available.stream().filter(u -> u.matches(rule)).map(Unit::index).toList()).toList();
        int varied = vary == Vary.QUESTIONS ? sets : 1;
        long[] cost = costs(varied, candidates);
        List<List<Integer>> first = spec.isSimple() ? simple(candidates.get(0), cost, varied) : null;
        if (first == null) {
            first = new Search(candidates, cost, random.apply("select"), null).run();
            if (varied > 1) {
                first = planned(first, candidates, cost, varied);
            }
        }
        List<List<List<Integer>>> perSet = new ArrayList<>();
        perSet.add(first);
        Twins twins = vary == Vary.QUESTIONS && sets > 1 ? new Twins(all, first, candidates, usage, conflicts) : null;
        for (int s = 1; s < sets; s++) {
            perSet.add(twins != null ? twins.next(random.apply("select/" + Letters.of(s))) : first);
        }
        Drawing drawing = drawing(perSet).withNotes(notes(candidates));
        if (maxOverlap.isPresent() && drawing.maxOverlap() > maxOverlap.getAsInt()) {
            String text = tooClose(drawing, perSet, candidates, maxOverlap.getAsInt());
            if (equivalence == Equivalence.TOPIC && rules.stream().allMatch(rule -> rule.topics().isEmpty())
                    && rules.stream().allMatch(rule -> rule.quotas().isEmpty())) {
                try {
                    new Drawer(bank, spec, usage, random, Equivalence.TYPE).draw(sets, vary, maxOverlap);
                    text += "\nThe sets can be kept that far apart if an equivalent may be on another topic (the same"
                            + " type and marks, on the same topic where the bank allows): add --equivalent type.";
                } catch (SelectionException e) {
                    // no looser equivalence helps either; the message stands as it is
                }
            }
            throw new SelectionException(text);
        }
        return drawing;
    }

    /** What the run says once: that repeated questions among those it could draw counted as one. */
    private List<String> notes(List<List<Integer>> candidates) {
        Set<String> drawable = new java.util.HashSet<>();
        candidates.forEach(pool -> pool.forEach(u -> all.get(u).items().forEach(q -> drawable.add(q.id()))));
        String repeats = conflicts.repeatsNote(drawable);
        return repeats.isEmpty() ? List.of() : List.of(repeats);
    }

    /** The command line's case keeps the shortfall message trainers know, now aware of --avoid-recent. */
    private void checkSimple() {
        Rule rule = rules.get(0);
        Filter filter = new Filter(rule.levels(), rule.topics(), rule.types());
        int count = rule.count().orElseThrow();
        if (count < 1) {
            throw new SelectionException("--count must be at least 1 (it was " + count + ").");
        }
        ShortfallMessages.checkLabelsExist(bank, filter);
        List<Unit> fits = available.stream().filter(u -> u.matches(rule)).toList();
        List<Question> matching = conflicts.distinct(fits).stream().flatMap(u -> u.items().stream()).toList();
        if (matching.size() < count) {
            String text = ShortfallMessages.shortfall(bank, filter, count, matching);
            int alike = Feasibility.items(fits) - matching.size();
            if (alike > 0) {
                text += "\n" + alike + (alike == 1 ? " more question matches but repeats" : " more questions match but repeat")
                        + " a question counted here, or test" + (alike == 1 ? "s" : "")
                        + " the same fact (the bank's 'fact' column), and a paper holds only one of those.";
            }
            long avoided = all.stream().filter(u -> u.matches(rule) && u.usesAny(usage.avoided())).mapToInt(Unit::size).sum();
            if (avoided > 0) {
                text += "\n" + avoided + " more " + (avoided == 1 ? "question matches but was " : "questions match but were ")
                        + usage.avoidedBecause() + "; lower --avoid-recent to use them again.";
            }
            throw new SelectionException(text);
        }
    }

    /**
     * Draws as papersetter always has (a seeded shuffle, the first {@code count}), except that
     * less-used items come first: with no history the draw is the one earlier versions made.
     * Returns null when groups keep the count from being met exactly; the search then takes over.
     */
    private List<List<Integer>> simple(List<Integer> candidates, long[] cost, int sets) {
        int count = rules.get(0).count().orElseThrow();
        List<Integer> positions = new ArrayList<>(candidates);
        java.util.Collections.shuffle(positions, random.apply("select"));
        positions.sort(Comparator.comparingLong(u -> cost[u]));
        List<Integer> chosen = take(positions, count, null);
        if (chosen != null && sets > 1) {
            Map<List<String>, Integer> caps = Plan.caps(all, candidates, count, sets);
            if (caps != null && Plan.reuse(all, candidates, chosen, sets) > Plan.reuse(all, candidates, caps, sets)) {
                List<Integer> planned = take(positions, count, caps);
                chosen = planned != null ? planned : chosen;
            }
        }
        if (chosen == null) {
            return null;
        }
        chosen.sort(null);
        return List.of(chosen);
    }

    /**
     * The first units in {@code positions} that make {@code count} items, none repeating a question
     * or a fact of another, and (with {@code caps}) no more of a profile than its cap while others
     * can fill the count; null when groups keep the count from being met exactly.
     */
    private List<Integer> take(List<Integer> positions, int count, Map<List<String>, Integer> caps) {
        List<Integer> chosen = new ArrayList<>();
        boolean[] held = new boolean[conflicts.count()];
        Map<List<String>, Integer> taken = new HashMap<>();
        int left = count;
        for (int pass = caps == null ? 1 : 0; pass < 2 && left > 0; pass++) {
            for (int u : positions) {
                if (left == 0) {
                    break;
                }
                List<String> profile = all.get(u).profile();
                if (pass == 0 && taken.getOrDefault(profile, 0) >= caps.getOrDefault(profile, 0)) {
                    continue;
                }
                if (!chosen.contains(u) && all.get(u).size() <= left && conflicts.free(u, held)) {
                    chosen.add(u);
                    taken.merge(profile, 1, Integer::sum);
                    Conflicts.hold(conflicts.of(u), held);
                    left -= all.get(u).size();
                }
            }
        }
        return left > 0 ? null : chosen;
    }

    /**
     * Set A drawn by the spec's search, drawn again with each rule's {@link Plan} when its mix of
     * profiles would make the other sets reuse more of it than the bank needs them to.
     */
    private List<List<Integer>> planned(List<List<Integer>> first, List<List<Integer>> candidates, long[] cost, int sets) {
        List<Map<List<String>, Integer>> caps = new ArrayList<>();
        boolean better = false;
        for (int r = 0; r < rules.size(); r++) {
            int items = first.get(r).stream().mapToInt(u -> all.get(u).size()).sum();
            Map<List<String>, Integer> plan = Plan.caps(all, candidates.get(r), items, sets);
            caps.add(plan);
            better |= plan != null && Plan.reuse(all, candidates.get(r), first.get(r), sets)
                    > Plan.reuse(all, candidates.get(r), plan, sets);
        }
        if (!better) {
            return first;
        }
        try {
            return new Search(candidates, cost, random.apply("select/plan"), caps).run();
        } catch (SelectionException e) {
            return first; // the rules cannot all hold with the plan: the first drawing stands
        }
    }

    /**
     * What choosing each unit costs: its use in earlier runs first, then (when sets vary) how few
     * equivalents it has among the candidates of the rules it fits, so that set A leaves room for
     * the other sets to differ.
     */
    private long[] costs(int sets, List<List<Integer>> candidates) {
        long[] cost = new long[all.size()];
        for (List<Integer> pool : candidates) {
            Map<List<String>, Integer> classes = new HashMap<>();
            pool.forEach(u -> classes.merge(all.get(u).profile(), 1, Integer::sum));
            for (int u : pool) {
                long scarce = sets <= 1 ? 0 : SCARCE * sets / classes.get(all.get(u).profile());
                cost[u] = Math.max(cost[u], scarce);
            }
        }
        if (usage.uses().isEmpty()) {
            return cost; // no earlier runs: no unit costs more for its uses
        }
        for (Unit unit : all) {
            long uses = unit.items().stream().mapToLong(q -> usage.uses(q.id())).max().orElse(0);
            cost[unit.index()] += uses * SCARCE * 100;
        }
        return cost;
    }

    private Drawing drawing(List<List<List<Integer>>> perSet) {
        List<List<DrawnSection>> sets = new ArrayList<>();
        Set<Integer> every = new TreeSet<>();
        for (List<List<Integer>> set : perSet) {
            List<DrawnSection> sections = new ArrayList<>();
            int r = 0;
            for (SectionSpec section : spec.sections()) {
                List<Integer> units = new ArrayList<>();
                for (int k = 0; k < section.rules().size(); k++, r++) {
                    units.addAll(set.get(r));
                }
                units.sort(null);
                every.addAll(units);
                List<List<Question>> drawn = units.stream().map(u -> all.get(u).items()).toList();
                sections.add(new DrawnSection(section.heading(), section.instructions(), section.shuffle(),
                        section.byType(), drawn));
            }
            sets.add(sections);
        }
        List<Question> questions = every.stream().flatMap(u -> all.get(u).items().stream()).toList();
        return new Drawing(sets, questions);
    }

    private String tooClose(Drawing drawing, List<List<List<Integer>>> perSet, List<List<Integer>> candidates, int most) {
        String pair = drawing.overlap().maxPair().orElseThrow();
        StringBuilder text = new StringBuilder();
        text.append("--max-overlap ").append(most).append(": the bank cannot keep the ").append(perSet.size())
                .append(" sets that far apart; the best drawing found has sets ").append(pair.replace("-", " and "))
                .append(" sharing ").append(drawing.maxOverlap()).append(drawing.maxOverlap() == 1 ? " question." : " questions.");
        // Which of set A's units have too few equivalents to go round the sets.
        Map<String, String> scarce = new TreeMap<>();
        List<List<Integer>> first = perSet.get(0);
        for (int r = 0; r < first.size(); r++) {
            Map<List<String>, Integer> needed = new HashMap<>();
            first.get(r).forEach(u -> needed.merge(all.get(u).profile(), 1, Integer::sum));
            for (Map.Entry<List<String>, Integer> need : needed.entrySet()) {
                List<String> profile = need.getKey();
                long have = conflicts.distinct(candidates.get(r).stream().map(all::get)
                        .filter(u -> u.profile().equals(profile)).toList()).size();
                if (have < (long) need.getValue() * perSet.size()) {
                    String rule = rules.get(r).where().replaceFirst("^.*: line \\d+: ", "");
                    scarce.put(describe(profile) + (rule.isEmpty() ? "" : " for " + rule),
                            need.getValue() + " per set, " + have + " in the bank");
                }
            }
        }
        if (!scarce.isEmpty()) {
            text.append("\nToo few equivalent items (same section, ")
                    .append(equivalence == Equivalence.TOPIC ? "topic, " : "").append("type and marks) to go round:");
            scarce.forEach((what, numbers) -> text.append("\n  ").append(what).append(": ").append(numbers));
        }
        text.append("\nAllow more with --max-overlap ").append(drawing.maxOverlap())
                .append(", make fewer sets, or widen the spec.");
        return text.toString();
    }

    private static String describe(List<String> profile) {
        return profile.stream().map(p -> {
            String[] parts = p.split("/");
            return parts[1] + (parts[0].equals("*") ? "" : " on " + parts[0]) + " worth " + parts[2];
        }).distinct().collect(Collectors.joining(" + "));
    }

    /**
     * A local search over which rule owns which unit: it starts from a greedy fill (least-used
     * first, quotas first) and moves units in, out and between rules until every count, marks
     * total and quota holds, then keeps lowering the cost (use in earlier runs).
     */
    private final class Search {
        private static final int ROUNDS = 4;
        private static final int STEPS = 60_000;
        private static final int SETTLE = 3_000;

        private final List<List<Integer>> candidates;
        private final long[] cost;
        private final Random rnd;
        private final Map<String, Integer> topicIndex = new HashMap<>();
        private final int[][] unitTopics;
        private final long total;
        private final boolean totalFree;
        /** For each rule, the most units of each profile set A should hold (see Plan), or null. */
        private final List<Map<List<String>, Integer>> caps;
        private final int[] profileOf;
        private final int[][] capOf;
        private final int[][] held;

        private int[] owner;
        private List<List<Integer>> chosen;
        private int[] count;
        private long[] marks;
        private int[][] topics;
        private long[] violation;
        /** How many chosen units hold each conflict class, and how many beyond one in all. */
        private int[] inClass;
        private long clash;

        Search(List<List<Integer>> candidates, long[] cost, Random rnd, List<Map<List<String>, Integer>> caps) {
            this.caps = caps;
            Map<List<String>, Integer> profiles = new HashMap<>();
            this.profileOf = new int[all.size()];
            for (Unit unit : all) {
                profileOf[unit.index()] = profiles.computeIfAbsent(unit.profile(), p -> profiles.size());
            }
            this.capOf = new int[rules.size()][profiles.size()];
            this.held = new int[rules.size()][profiles.size()];
            for (int r = 0; r < rules.size(); r++) {
                Arrays.fill(capOf[r], Integer.MAX_VALUE);
                if (caps != null && caps.get(r) != null) {
                    for (Map.Entry<List<String>, Integer> cap : caps.get(r).entrySet()) {
                        Integer p = profiles.get(cap.getKey());
                        if (p != null) {
                            capOf[r][p] = cap.getValue();
                        }
                    }
                }
            }
            this.candidates = candidates;
            this.cost = cost;
            this.rnd = rnd;
            this.unitTopics = new int[all.size()][];
            for (Unit unit : all) {
                unitTopics[unit.index()] = unit.items().stream()
                        .mapToInt(q -> topicIndex.computeIfAbsent(q.topic().toLowerCase(Locale.ROOT), t -> topicIndex.size()))
                        .toArray();
            }
            this.totalFree = spec.total().isPresent() && rules.stream().anyMatch(r -> r.marks().isEmpty());
            this.total = spec.total().map(t -> Unit.scaled(t, scale)).orElse(0L);
        }

        List<List<Integer>> run() {
            int[] bestOwner = null;
            long bestV = Long.MAX_VALUE;
            long bestC = Long.MAX_VALUE;
            for (int round = 0; round < ROUNDS && bestV > 0; round++) {
                greedy();
                long v = violations();
                long c = totalCost();
                if (v < bestV || v == bestV && c < bestC) {
                    bestV = v;
                    bestC = c;
                    bestOwner = owner.clone();
                }
                int lastGain = 0;
                for (int step = 0; step < STEPS; step++) {
                    if (bestV == 0 && step - lastGain > SETTLE) {
                        break;
                    }
                    List<int[]> undo = move();
                    if (undo == null) {
                        continue;
                    }
                    long nv = violations();
                    long nc = totalCost();
                    if (nv < v || nv == v && nc <= c || rnd.nextInt(200) == 0) {
                        if (nv < bestV || nv == bestV && nc < bestC) {
                            bestV = nv;
                            bestC = nc;
                            bestOwner = owner.clone();
                            lastGain = step;
                        }
                        v = nv;
                        c = nc;
                    } else {
                        for (int i = undo.size() - 1; i >= 0; i--) {
                            assign(undo.get(i)[0], undo.get(i)[1]);
                        }
                    }
                }
            }
            load(bestOwner);
            if (bestV > 0) {
                throw new SelectionException(closest());
            }
            List<List<Integer>> result = new ArrayList<>();
            for (List<Integer> units : chosen) {
                List<Integer> sorted = new ArrayList<>(units);
                sorted.sort(null);
                result.add(sorted);
            }
            return result;
        }

        private void reset() {
            owner = new int[all.size()];
            Arrays.fill(owner, -1);
            chosen = new ArrayList<>();
            rules.forEach(r -> chosen.add(new ArrayList<>()));
            count = new int[rules.size()];
            marks = new long[rules.size()];
            topics = new int[rules.size()][topicIndex.size()];
            violation = new long[rules.size()];
            inClass = new int[conflicts.count()];
            clash = 0;
            for (int r = 0; r < rules.size(); r++) {
                violation[r] = ruleViolation(r);
            }
        }

        private void load(int[] owners) {
            reset();
            for (int u = 0; u < owners.length; u++) {
                if (owners[u] >= 0) {
                    assign(u, owners[u]);
                }
            }
        }

        /** Scarce rules first; quotas' topics first; least-used units first. */
        private void greedy() {
            reset();
            double[] tie = new double[all.size()];
            for (int i = 0; i < tie.length; i++) {
                tie[i] = rnd.nextDouble();
            }
            List<Integer> order = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                order.add(r);
            }
            order.sort(Comparator.comparingInt(r -> candidates.get(r).size() - rules.get(r).count().orElse(0)));
            for (int r : order) {
                Rule rule = rules.get(r);
                List<Integer> sorted = new ArrayList<>(candidates.get(r));
                sorted.sort(Comparator.<Integer>comparingLong(u -> cost[u]).thenComparingDouble(u -> tie[u]));
                for (Quota quota : rule.quotas()) {
                    for (String topic : quota.topics()) {
                        Integer t = topicIndex.get(topic);
                        for (int u : sorted) {
                            if (t == null || topics[r][t] >= quota.atLeast()) {
                                break;
                            }
                            if (owner[u] < 0 && unitTopics[u][0] == t && fits(r, u)) {
                                assign(u, r);
                            }
                        }
                    }
                }
                for (int u : sorted) {
                    if (owner[u] < 0 && fits(r, u)) {
                        assign(u, r);
                    }
                }
            }
        }

        private boolean fits(int r, int u) {
            Rule rule = rules.get(r);
            Unit unit = all.get(u);
            if (rule.count().isPresent() && count[r] + unit.size() > rule.count().getAsInt()) {
                return false;
            }
            if (rule.count().isEmpty() && rule.marks().isPresent()
                    && marks[r] + unit.marks() > Unit.scaled(rule.marks().get(), scale)) {
                return false;
            }
            for (int t : unitTopics[u]) {
                if (topics[r][t] + 1 > most(rule, t)) {
                    return false;
                }
            }
            for (int c : conflicts.of(u)) {
                if (inClass[c] > 0) {
                    return false;
                }
            }
            return caps == null || countOf(r, profileOf[u]) < capOf[r][profileOf[u]];
        }

        private int most(Rule rule, int t) {
            int most = Integer.MAX_VALUE;
            for (Quota quota : rule.quotas()) {
                if (quota.everyTopic() || quota.topics().stream().anyMatch(name -> topicIndex.get(name) != null
                        && topicIndex.get(name) == t)) {
                    most = Math.min(most, quota.atMost());
                }
            }
            return most;
        }

        /** One random change; returns how to undo it, or null when there was nothing to do. */
        private List<int[]> move() {
            List<Integer> violated = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                if (violation[r] > 0) {
                    violated.add(r);
                }
            }
            int r = !violated.isEmpty() && rnd.nextInt(10) < 8 ? violated.get(rnd.nextInt(violated.size()))
                    : rnd.nextInt(rules.size());
            Rule rule = rules.get(r);
            int kind;
            long over = rule.count().isPresent() ? count[r] - rule.count().getAsInt()
                    : marks[r] - rule.marks().map(m -> Unit.scaled(m, scale)).orElse(marks[r]);
            if (rnd.nextInt(5) == 0) {
                kind = rnd.nextInt(3);
            } else {
                kind = over < 0 ? 0 : over > 0 ? 1 : 2;
            }
            List<int[]> undo = new ArrayList<>();
            List<Integer> mine = chosen.get(r);
            List<Integer> pool = candidates.get(r);
            if ((kind == 1 || kind == 2) && mine.isEmpty() || (kind == 0 || kind == 2) && pool.isEmpty()) {
                return null;
            }
            if (kind == 1 || kind == 2) {
                int u = mine.get(rnd.nextInt(mine.size()));
                undo.add(new int[] {u, r});
                assign(u, -1);
            }
            if (kind == 0 || kind == 2) {
                int u = pool.get(rnd.nextInt(pool.size()));
                if (owner[u] == r) {
                    for (int i = undo.size() - 1; i >= 0; i--) {
                        assign(undo.get(i)[0], undo.get(i)[1]);
                    }
                    return null;
                }
                undo.add(new int[] {u, owner[u]});
                assign(u, r);
            }
            return undo;
        }

        private void assign(int u, int r) {
            int from = owner[u];
            if (from == r) {
                return;
            }
            Unit unit = all.get(u);
            if (from >= 0) {
                chosen.get(from).remove(Integer.valueOf(u));
                count[from] -= unit.size();
                marks[from] -= unit.marks();
                for (int t : unitTopics[u]) {
                    topics[from][t]--;
                }
                violation[from] = ruleViolation(from);
            }
            owner[u] = r;
            if (from < 0 && r >= 0) {
                for (int c : conflicts.of(u)) {
                    if (inClass[c]++ > 0) {
                        clash++;
                    }
                }
            } else if (from >= 0 && r < 0) {
                for (int c : conflicts.of(u)) {
                    if (--inClass[c] > 0) {
                        clash--;
                    }
                }
            }
            if (r >= 0) {
                chosen.get(r).add(u);
                count[r] += unit.size();
                marks[r] += unit.marks();
                for (int t : unitTopics[u]) {
                    topics[r][t]++;
                }
                violation[r] = ruleViolation(r);
            }
        }

        private long ruleViolation(int r) {
            Rule rule = rules.get(r);
            long v = 0;
            if (rule.count().isPresent()) {
                v += Math.abs(count[r] - rule.count().getAsInt());
            }
            if (rule.marks().isPresent()) {
                v += Math.abs(marks[r] - Unit.scaled(rule.marks().get(), scale));
            }
            for (Quota quota : rule.quotas()) {
                if (quota.everyTopic()) {
                    for (int c : topics[r]) {
                        v += Math.max(0, c - quota.atMost());
                    }
                } else {
                    for (String topic : quota.topics()) {
                        Integer t = topicIndex.get(topic);
                        int c = t == null ? 0 : topics[r][t];
                        v += Math.max(0, quota.atLeast() - c) + Math.max(0, c - (long) quota.atMost());
                    }
                }
            }
            return v;
        }

        private long violations() {
            long v = clash;
            for (long rv : violation) {
                v += rv;
            }
            if (totalFree) {
                long sum = 0;
                for (long m : marks) {
                    sum += m;
                }
                v += Math.abs(sum - total);
            }
            return v;
        }

        private long totalCost() {
            long c = 0;
            for (int u = 0; u < owner.length; u++) {
                if (owner[u] >= 0) {
                    c += cost[u];
                }
            }
            if (caps != null) {
                // Going over a rule's plan costs more than any use in earlier runs: the sets must differ first.
                for (int r = 0; r < rules.size(); r++) {
                    for (int p = 0; p < capOf[r].length; p++) {
                        held[r][p] = 0;
                    }
                }
                for (int u = 0; u < owner.length; u++) {
                    if (owner[u] >= 0) {
                        held[owner[u]][profileOf[u]]++;
                    }
                }
                for (int r = 0; r < rules.size(); r++) {
                    for (int p = 0; p < capOf[r].length; p++) {
                        c += Math.max(0, held[r][p] - (long) capOf[r][p]) * SCARCE * 10_000;
                    }
                }
            }
            return c;
        }

        private int countOf(int r, int profile) {
            int n = 0;
            for (int u : chosen.get(r)) {
                if (profileOf[u] == profile) {
                    n++;
                }
            }
            return n;
        }

        /** Said when the checks passed but no drawing meets every rule at once. */
        private String closest() {
            StringBuilder text = new StringBuilder("No selection meets every rule of "
                    + spec.file().map(Object::toString).orElse("the spec") + " at once; the closest one found:");
            for (int r = 0; r < rules.size(); r++) {
                if (violation[r] > 0) {
                    Rule rule = rules.get(r);
                    text.append("\n  ").append(rule.where()).append(": ").append(count[r]).append(" items making ")
                            .append(papersetter.model.Marks.withUnit(java.math.BigDecimal.valueOf(marks[r], scale)))
                            .append(", wanted ").append(rule.describeAmount())
                            .append(rule.quotas().isEmpty() ? "" : " with " + rule.quotas().stream().map(Quota::describe)
                                    .collect(Collectors.joining("; ")));
                }
            }
            if (clash > 0) {
                text.append("\n  ").append(clash).append(clash == 1 ? " item repeats" : " items repeat")
                        .append(" a question, or tests a fact, that another item of the paper already has");
            }
            if (totalFree) {
                long sum = Arrays.stream(marks).sum();
                if (sum != total) {
                    text.append("\n  ").append(spec.totalWhere()).append(": the sections make ")
                            .append(papersetter.model.Marks.withUnit(java.math.BigDecimal.valueOf(sum, scale)))
                            .append(", not the total of ")
                            .append(papersetter.model.Marks.withUnit(java.math.BigDecimal.valueOf(total, scale)));
                }
            }
            text.append("\nRelax a quota, a count or the marks, or add items to the bank.");
            return text.toString();
        }
    }
}

package papersetter.select;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papersetter.config.YamlFile;
import papersetter.config.YamlMap;
import papersetter.model.NegativeMarking;
import papersetter.model.QuestionType;
import papersetter.text.Suggestion;

/**
 * Reads a paper spec file (YAML). Every problem in the file is collected with its line and
 * reported together; whether the bank can fill the spec is {@link Feasibility}'s question.
 */
public final class SpecReader {
    static final List<String> TOP = List.of("title", "course", "institution", "duration", "date", "layout",
            "instructions", "total", "level", "wrong", "sections");
    static final List<String> RULE = List.of("level", "topic", "type", "tags", "difficulty", "marks-each", "count",
            "marks", "quotas");
    static final List<String> SECTION_ONLY = List.of("heading", "instructions", "shuffle", "wrong", "pick");
    static final List<String> QUOTA = List.of("topic", "at-least", "at-most", "exactly");
    private static final Pattern RANGE = Pattern.compile("\\s*([1-5])\\s*(?:(?:-|–|\\.\\.|to)\\s*([1-5])\\s*)?");
    private static final int MOST_ITEMS = 500;
    private static final BigDecimal MOST_MARKS = BigDecimal.valueOf(10_000);
    private static final int MOST_DECIMALS = 3;

    private final Path path;
    private final List<String> defaultLevel = new ArrayList<>();

    private SpecReader(Path path) {
        this.path = path;
    }

    /** @throws papersetter.config.ConfigException listing every problem in the file */
    public static PaperSpec read(Path file) {
        YamlMap root = YamlFile.read(file);
        PaperSpec spec = new SpecReader(file).read(root);
        root.source().finish();
        return spec;
    }

    private PaperSpec read(YamlMap root) {
        root.rejectUnknown(TOP);
        root.strings("level").ifPresent(defaultLevel::addAll);
        Optional<BigDecimal> total = decimal(root, "total");
        Optional<BigDecimal> wrong = penalty(root);
        List<YamlMap> sectionMaps = root.maps("sections");
        if (sectionMaps.isEmpty() && (!root.has("sections") || root.isList("sections"))) {
            root.problem("sections", "the spec has no sections — add 'sections:' with at least one section"
                    + " (a heading and a count or marks)");
        }
        List<SectionSpec> sections = new ArrayList<>();
        for (int i = 0; i < sectionMaps.size(); i++) {
            section(sectionMaps.get(i), i + 1).ifPresent(sections::add);
        }
        return new PaperSpec(Optional.of(path), text(root, "title"), text(root, "course"), text(root, "institution"),
                text(root, "duration"), text(root, "date"), text(root, "layout"), root.strings("instructions"),
                total, path + ": line " + root.line("total"), sections, wrong);
    }

    private Optional<SectionSpec> section(YamlMap map, int number) {
        boolean picks = map.has("pick");
        List<String> known = new ArrayList<>(SECTION_ONLY);
        if (!picks) {
            known.addAll(RULE);
        }
        map.rejectUnknown(known);
        Optional<String> heading = text(map, "heading");
        if (heading.isEmpty()) {
            map.problem("heading", "section " + number + " has no heading — add e.g. 'heading: Multiple choice'");
        }
        String name = "section " + number + heading.map(h -> " '" + h + "'").orElse("");
        String where = path + ": line " + map.line("heading") + ": " + name;
        List<Rule> rules = new ArrayList<>();
        if (picks) {
            List<YamlMap> pickMaps = map.maps("pick");
            if (pickMaps.isEmpty()) {
                map.problem("pick", name + ": 'pick' lists no rules — add one per kind of item, each with a count or marks");
            }
            for (int r = 0; r < pickMaps.size(); r++) {
                YamlMap pick = pickMaps.get(r);
                pick.rejectUnknown(RULE);
                String ruleWhere = path + ": line " + pick.line(pick.keys().isEmpty() ? "count" : pick.keys().iterator().next())
                        + ": " + name + ", rule " + (r + 1);
                rule(pick, ruleWhere, name + ", rule " + (r + 1)).ifPresent(rules::add);
            }
        } else {
            rule(map, where, name).ifPresent(rules::add);
        }
        boolean shuffle = map.bool("shuffle").orElse(true);
        Optional<BigDecimal> wrong = penalty(map);
        if (heading.isEmpty() || rules.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SectionSpec(heading.get(), text(map, "instructions").orElse(""), shuffle, false, rules,
                wrong));
    }

    private Optional<Rule> rule(YamlMap map, String where, String name) {
        Set<String> levels = new LinkedHashSet<>(map.strings("level").orElse(defaultLevel));
        Set<String> topics = new LinkedHashSet<>(labels(map, "topic"));
        Set<QuestionType> types = types(map);
        Set<String> tags = new LinkedHashSet<>(labels(map, "tags"));
        int[] difficulty = difficulty(map);
        Optional<BigDecimal> marksEach = decimal(map, "marks-each");
        OptionalInt count = map.integer("count", 1, MOST_ITEMS).map(OptionalInt::of).orElse(OptionalInt.empty());
        Optional<BigDecimal> marks = decimal(map, "marks");
        if (!map.has("count") && !map.has("marks")) {
            map.problem("count", name + " says neither how many items nor how many marks — add 'count: N' or 'marks: N' (or both)");
        }
        List<Quota> quotas = new ArrayList<>();
        for (YamlMap q : map.maps("quotas")) {
            quota(q, topics).ifPresent(quotas::add);
        }
        if (count.isEmpty() && marks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rule(levels, topics, types, tags, difficulty[0], difficulty[1], marksEach, count, marks,
                quotas, where));
    }

    private Optional<Quota> quota(YamlMap map, Set<String> ruleTopics) {
        map.rejectUnknown(QUOTA);
        List<String> topics = labels(map, "topic");
        Optional<Integer> exactly = map.integer("exactly", 0, MOST_ITEMS);
        Optional<Integer> atLeast = map.integer("at-least", 0, MOST_ITEMS);
        Optional<Integer> atMost = map.integer("at-most", 0, MOST_ITEMS);
        int line = map.line("topic");
        if (exactly.isPresent() && (atLeast.isPresent() || atMost.isPresent())) {
            map.problem("exactly", "a quota says 'exactly', or 'at-least' and 'at-most', not both");
            return Optional.empty();
        }
        int least = exactly.or(() -> atLeast).orElse(0);
        int most = exactly.or(() -> atMost).orElse(Integer.MAX_VALUE);
        if (exactly.isEmpty() && atLeast.isEmpty() && atMost.isEmpty()) {
            map.problem("topic", "a quota needs 'at-least: N', 'at-most: N' or 'exactly: N'");
            return Optional.empty();
        }
        if (least > most) {
            map.problem("at-least", "the quota asks for at least " + least + " but at most " + most);
            return Optional.empty();
        }
        if (topics.isEmpty() && least > 0) {
            if (ruleTopics.isEmpty()) {
                map.problem("at-least", "'at-least' needs the topics it counts — add 'topic: [orm, views]' to the quota"
                        + " or to its section");
                return Optional.empty();
            }
            topics = List.copyOf(ruleTopics);
            if (most != Integer.MAX_VALUE) {
                return Optional.of(new Quota(topics, least, most, line));
            }
        }
        if (!ruleTopics.isEmpty()) {
            for (String topic : topics) {
                if (!ruleTopics.contains(topic)) {
                    map.problem("topic", "the quota counts topic '" + topic + "' but its section draws only from "
                            + String.join(", ", ruleTopics) + " — add it to the section's topics or take it out of the quota");
                }
            }
        }
        return Optional.of(new Quota(topics, least, most, line));
    }

    private static List<String> labels(YamlMap map, String key) {
        return map.strings(key).orElse(List.of()).stream()
                .flatMap(s -> Arrays.stream(s.split(",")))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Set<QuestionType> types(YamlMap map) {
        Set<QuestionType> types = new LinkedHashSet<>();
        List<String> labels = Arrays.stream(QuestionType.values()).map(QuestionType::label).toList();
        for (String word : labels(map, "type")) {
            Optional<QuestionType> type = QuestionType.parse(word);
            if (type.isPresent()) {
                types.add(type.get());
            } else {
                String hint = Suggestion.nearest(word, labels).map(s -> "did you mean '" + s + "'? ").orElse("");
                map.problem("type", "type '" + word + "' is not a question type — " + hint + "use any of: "
                        + String.join(", ", labels));
            }
        }
        return types;
    }

    private static int[] difficulty(YamlMap map) {
        Optional<String> text = map.string("difficulty");
        if (text.isEmpty()) {
            return new int[] {0, 0};
        }
        Matcher m = RANGE.matcher(text.get());
        if (!m.matches()) {
            map.problem("difficulty", "difficulty is '" + text.get() + "' — write one level from 1 (easy) to 5 (hard),"
                    + " or a range such as 1-3");
            return new int[] {0, 0};
        }
        int low = Integer.parseInt(m.group(1));
        int high = m.group(2) == null ? low : Integer.parseInt(m.group(2));
        if (low > high) {
            map.problem("difficulty", "difficulty " + text.get() + " runs backwards — write the easier end first, e.g. "
                    + high + "-" + low);
            return new int[] {0, 0};
        }
        return new int[] {low, high};
    }

    private static Optional<BigDecimal> decimal(YamlMap map, String key) {
        return map.string(key).flatMap(text -> {
            try {
                BigDecimal value = new BigDecimal(text.strip());
                // A value like 1e-999999999 is a number, but one no sum of marks can reach (and
                // BigDecimal arithmetic on it overflows): marks are written with a few decimals at most.
                if (value.signum() <= 0 || value.compareTo(MOST_MARKS) > 0
                        || value.stripTrailingZeros().scale() > MOST_DECIMALS) {
                    map.problem(key, key + " is " + text.strip() + " — use a number of marks above 0 and at most "
                            + MOST_MARKS + ", with at most " + MOST_DECIMALS + " decimals, e.g. 20 or 2.5");
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                map.problem(key, key + " is '" + text + "' — use a number of marks, e.g. 20 or 2.5");
                return Optional.empty();
            }
        });
    }

    /**
     * {@code wrong}: the share of an objective item's marks a wrong answer costs, as
     * {@code papersetter mark --wrong} takes it (see {@link NegativeMarking}).
     */
    private static Optional<BigDecimal> penalty(YamlMap map) {
        return map.string("wrong").flatMap(text -> {
            String example = " — write the share of a question's marks a wrong answer loses, from 0 to -1,"
                    + " e.g. 'wrong: -0.25' (a quarter of its marks)";
            try {
                BigDecimal value = new BigDecimal(text.strip());
                if (value.stripTrailingZeros().scale() > MOST_DECIMALS) {
                    map.problem("wrong", "wrong is " + text.strip() + ": at most " + MOST_DECIMALS + " decimals" + example);
                } else if (value.signum() > 0) {
                    map.problem("wrong", "wrong is " + text.strip() + ", above 0: marks are taken off, so write it"
                            + " with a minus sign, e.g. 'wrong: -" + text.strip() + "'");
                } else if (!NegativeMarking.allowed(value)) {
                    map.problem("wrong", "wrong is " + text.strip() + ": a wrong answer can lose at most the"
                            + " question's own marks (-1)" + example);
                } else {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                map.problem("wrong", "wrong is '" + text.strip() + "', not a number" + example);
            }
            return Optional.empty();
        });
    }

    private static Optional<String> text(YamlMap map, String key) {
        return map.string(key).map(String::strip).filter(s -> !s.isEmpty());
    }
}

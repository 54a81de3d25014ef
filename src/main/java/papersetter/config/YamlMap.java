package papersetter.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import papersetter.text.Suggestion;

/**
 * One mapping of a YAML file with typed, positioned reads. A value of the wrong kind is recorded
 * as a problem (with its line) and read as absent, so that one pass finds every problem.
 */
public final class YamlMap {
    private final YamlFile file;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(YamlFile file, MappingNode node) {
        this.file = file;
        this.node = node;
        if (node != null) {
            for (NodeTuple tuple : node.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    NodeTuple earlier = entries.putIfAbsent(key.getValue(), tuple);
                    if (earlier != null) {
                        // YAML would let the last one win without a word; the trainer meant one of them.
                        file.problem(key, "'" + key.getValue() + "' is set twice, on lines "
                                + YamlFile.line(earlier.getKeyNode()) + " and " + YamlFile.line(key)
                                + " — keep one of them");
                    }
                } else {
                    file.problem(tuple.getKeyNode(), "a key must be a plain word");
                }
            }
        }
    }

    /** The file this mapping came from, for resolving relative paths (a logo, a bank). */
    public Path file() {
        return file.path();
    }

    public YamlFile source() {
        return file;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Whether {@code key} holds a list (perhaps an empty one, {@code []}). */
    public boolean isList(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof SequenceNode;
    }

    /** Whether {@code key} holds settings indented below it, without recording a problem if not. */
    public boolean isMap(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof MappingNode;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public int line(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? YamlFile.line(node) : YamlFile.line(tuple.getKeyNode());
    }

    /** Records "unknown key 'colums' — did you mean 'columns'?" for every key not in {@code known}. */
    public void rejectUnknown(Collection<String> known) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                String message = "unknown key '" + entry.getKey() + "'";
                message += Suggestion.nearest(entry.getKey().toLowerCase(Locale.ROOT), known)
                        .map(s -> " — did you mean '" + s + "'?")
                        .orElse(" — the keys allowed here are: " + String.join(", ", new TreeSet<>(known)));
                file.problem(entry.getValue().getKeyNode(), message);
            }
        }
    }

    public Optional<String> string(String key) {
        return scalar(key, "a text");
    }

    public Optional<Double> number(String key, double min, double max) {
        return scalar(key, "a number").flatMap(text -> {
            try {
                double value = Double.parseDouble(text.trim());
                if (value < min || value > max || Double.isNaN(value)) {
                    problem(key, key + " is " + text + " — use a number from " + plain(min) + " to " + plain(max));
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                problem(key, key + " is '" + text + "' — use a number, e.g. " + plain(Math.max(min, Math.min(max, 12))));
                return Optional.empty();
            }
        });
    }

    public Optional<Integer> integer(String key, int min, int max) {
        return number(key, min, max).flatMap(value -> {
            if (value != Math.rint(value)) {
                problem(key, key + " is " + plain(value) + " — use a whole number");
                return Optional.empty();
            }
            return Optional.of(value.intValue());
        });
    }

    public Optional<Boolean> bool(String key) {
        return scalar(key, "yes or no").flatMap(text -> {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on":
                    return Optional.of(true);
                case "false", "no", "off":
                    return Optional.of(false);
                default:
                    problem(key, key + " is '" + text + "' — use true or false");
                    return Optional.empty();
            }
        });
    }

    /** One of a fixed set of words, matched without regard to case. */
    public <T> Optional<T> choice(String key, Map<String, T> allowed) {
        return scalar(key, "one of " + String.join(", ", allowed.keySet())).flatMap(text -> {
            T value = allowed.get(text.trim().toLowerCase(Locale.ROOT));
            if (value == null) {
                String hint = Suggestion.nearest(text.trim().toLowerCase(Locale.ROOT), allowed.keySet())
                        .map(s -> "did you mean '" + s + "'? ").orElse("");
                problem(key, key + " is '" + text + "' — " + hint + "use one of: " + String.join(", ", allowed.keySet()));
                return Optional.empty();
            }
            return Optional.of(value);
        });
    }

    /** A list of texts; a single text counts as a list of one. */
    public Optional<List<String>> strings(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            return Optional.of(isNull(scalar) ? List.of() : List.of(scalar.getValue()));
        }
        if (value instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    items.add(scalar.getValue());
                } else {
                    file.problem(item, key + ": each item must be a plain text");
                }
            }
            return Optional.of(items);
        }
        problem(key, key + " must be a list of texts, one per line starting with '- '");
        return Optional.empty();
    }

    public Optional<YamlMap> map(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, mapping));
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar && isNull(scalar)) {
            return Optional.of(new YamlMap(file, null));
        }
        problem(key, key + " must hold settings indented below it ('key: value' lines)");
        return Optional.empty();
    }

    public List<YamlMap> maps(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            problem(key, key + " must be a list, each item starting with '- '");
            return List.of();
        }
        List<YamlMap> maps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                maps.add(new YamlMap(file, mapping));
            } else {
                file.problem(item, key + ": each item must hold 'key: value' settings");
            }
        }
        return maps;
    }

    /** Records a problem placed at {@code key}'s line. */
    public void problem(String key, String message) {
        NodeTuple tuple = entries.get(key);
        file.problem(tuple == null ? node : tuple.getValueNode(), message);
    }

    private Optional<String> scalar(String key, String expected) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            return isNull(scalar) ? Optional.empty() : Optional.of(scalar.getValue());
        }
        problem(key, key + " must be " + expected + ", written on the same line");
        return Optional.empty();
    }

    private static boolean isNull(ScalarNode scalar) {
        return scalar.getTag().getValue().endsWith(":null") || scalar.getValue().isEmpty()
                && scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

package papersetter.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mapping file written for a CSV whose header is not papersetter's, from the shapes other tools'
 * banks come in: a correct answer beside incorrect ones ({@code correct_answer}, {@code choice_1…},
 * {@code incorrect_answers}), options in columns {@code A}–{@code D} with an answer column, and the
 * usual names for question, id, topic, category, difficulty and explanation. Only a suggestion:
 * the trainer reads it, saves it, and {@code validate} checks it.
 */
public final class MappingSuggestion {
    private static final Pattern CORRECT = Pattern.compile("(correct|right)[ _-]?(answer|option|choice)?s?|answer[ _-]?text");
    private static final Pattern WRONG = Pattern.compile("(choice|wrong|incorrect|distractor|other)[ _-]?(answers?|options?|choices?)?[ _-]?\\d*");
    private static final Pattern LETTER_COLUMN = Pattern.compile("(option|choice|answer)?[ _-]?([a-h])");

    private MappingSuggestion() {
    }

    /** The text of a mapping file for this header, or empty when no known shape fits. */
    public static Optional<String> suggest(Path csv, List<String> header) {
        return suggest(csv, header, List.of());
    }

    /**
     * @param rows some of the file's rows, to see the scale of its difficulty column
     */
    public static Optional<String> suggest(Path csv, List<String> header, List<List<String>> rows) {
        Map<String, String> columns = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        List<String> letterColumns = new ArrayList<>();
        String correct = null;
        String answer = null;
        boolean hasTopic = header.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).matches(".*(topic|subject|chapter|unit).*"));
        for (String raw : header) {
            String name = raw.strip();
            String key = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (CORRECT.matcher(key).matches() && correct == null) {
                correct = name;
            } else if (WRONG.matcher(key).matches()) {
                wrong.add(name);
            } else if (LETTER_COLUMN.matcher(key).matches() && !key.equals("id")) {
                letterColumns.add(name);
            } else if (key.matches("answer|key|solution|correct")) {
                answer = name;
            } else if (key.matches("(question|prompt|stem|question[ _-]?text|item)")) {
                columns.putIfAbsent("question", name);
            } else if (key.matches("(id|qid|question[ _-]?id|number|no\\.?|#)")) {
                columns.putIfAbsent("id", name);
            } else if (key.matches(".*(topic|subject|chapter|unit).*")) {
                columns.putIfAbsent("topic", name);
            } else if (key.matches(".*(category|categories|tag).*")) {
                columns.putIfAbsent(hasTopic ? "tags" : "topic", name);
            } else if (key.matches(".*(level|grade|audience).*")) {
                columns.putIfAbsent("level", name);
            } else if (key.matches(".*(difficult|hardness).*")) {
                columns.putIfAbsent("difficulty", name);
            } else if (key.matches(".*(explanation|feedback|rationale|reason).*")) {
                columns.putIfAbsent("explanation", name);
            } else if (key.matches(".*(type|kind|format).*")) {
                columns.putIfAbsent("type", name);
            } else if (key.matches(".*(marks|points|score).*")) {
                columns.putIfAbsent("marks", name);
            }
        }
        if (!columns.containsKey("question")) {
            return Optional.empty();
        }
        StringBuilder yaml = new StringBuilder("# " + stemOf(csv) + ".map.yaml: how " + csv.getFileName()
                + "'s columns map onto papersetter's (check it)\ncolumns:\n");
        columns.forEach((target, name) -> yaml.append("  ").append(target).append(": ").append(quote(name)).append('\n'));
        if (correct != null && !wrong.isEmpty()) {
            yaml.append("  correct_answer: ").append(quote(correct)).append("    # the right option's text\n");
            yaml.append("  choices: [").append(String.join(", ", wrong.stream().map(MappingSuggestion::quote).toList()))
                    .append("]    # the wrong options\n");
            if (wrong.size() == 1 && wrong.get(0).toLowerCase(Locale.ROOT).endsWith("s")) {
                yaml.append("choices_separator: \"|\"    # what separates the wrong options in one cell\n");
            }
        } else if (letterColumns.size() >= 2 && (answer != null || correct != null)) {
            yaml.append("  options: [").append(String.join(", ", letterColumns.stream().map(MappingSuggestion::quote).toList()))
                    .append("]\n");
            yaml.append("  answer: ").append(quote(answer != null ? answer : correct))
                    .append("    # a letter (B, b), Option B) or the right option's text\n");
        } else {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        if (!columns.containsKey("level")) {
            values.add("  level: general");
        }
        if (!values.isEmpty()) {
            yaml.append("values:\n").append(String.join("\n", values)).append('\n');
        }
        if (columns.containsKey("difficulty")) {
            yaml.append(scale(header.indexOf(columns.get("difficulty")), rows));
        }
        return Optional.of(yaml.toString());
    }

    /** A difficulty_scale line when the column's whole numbers run outside 1 … 5; a comment otherwise. */
    private static String scale(int column, List<List<String>> rows) {
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (List<String> row : rows) {
            String cell = column >= 0 && column < row.size() ? row.get(column).strip() : "";
            if (cell.matches("-?\\d{1,6}")) {
                low = Math.min(low, Integer.parseInt(cell));
                high = Math.max(high, Integer.parseInt(cell));
            }
        }
        if (low <= high && (low < 1 || high > 5) && high > low) {
            int to = Math.min(5, 1 + high - low);
            return "difficulty_scale: " + low + "-" + high + " -> 1-" + (to == 1 ? 5 : to)
                    + "    # the difficulty column runs from " + low + " to " + high + "; papersetter's from 1 (easy) to 5\n";
        }
        return "# difficulty_scale: 0-2 -> 1-3    # if the difficulty column is not 1 (easy) … 5 (hard)\n";
    }

    private static String stemOf(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String quote(String name) {
        return name.matches("[A-Za-z0-9_ -]+") && !name.startsWith(" ") ? name : "\"" + name.replace("\"", "\\\"") + "\"";
    }
}

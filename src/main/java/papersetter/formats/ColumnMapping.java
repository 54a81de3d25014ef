package papersetter.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import papersetter.config.YamlFile;
import papersetter.config.YamlMap;
import papersetter.text.Suggestion;

/**
 * How someone else's CSV maps onto papersetter's columns, read from a small YAML file beside it
 * ({@code quiz.map.yaml} for {@code quiz.csv}) or named with {@code --map}:
 *
 * <pre>
 * columns:                        # papersetter's column: the CSV's column
 *   id: id
 *   question: question
 *   topic: Topic Focus
 *   tags: Knowledge Category
 *   difficulty: difficulty
 *   correct_answer: correct_answer       # the right option's text
 *   choices: [choice_1, choice_2, choice_3]   # the wrong options
 * values:                         # one value for every row
 *   level: general
 * difficulty_scale: 0-2 -> 1-3    # the CSV's scale onto papersetter's 1 (easy) … 5 (hard)
 * </pre>
 *
 * The file's rows are rewritten, as they are read, into papersetter's columns; the bank's own
 * checks then apply to them. The file on disk is never changed.
 */
public final class ColumnMapping {
    static final List<String> TARGETS = List.of("id", "level", "topic", "type", "question", "answer", "marks",
            "explanation", "difficulty", "tags", "shuffle", "lines", "image", "group", "correct_answer", "choices",
            "options");
    private static final List<String> OPTION_COLUMNS = List.of("option_a", "option_b", "option_c", "option_d",
            "option_e", "option_f", "option_g", "option_h");
    private static final Pattern SCALE = Pattern.compile("\\s*(-?\\d+)\\s*-\\s*(-?\\d+)\\s*(?:->|→|to)\\s*(\\d)\\s*-\\s*(\\d)\\s*");
    private static final Pattern LETTER = Pattern.compile("(?i)^\\s*(?:option\\s+|answer\\s+|\\()?([a-h])\\s*[).:]?\\s*$");

    /** The papersetter header the mapped rows are written under. */
    static final List<String> HEADER;

    static {
        List<String> header = new ArrayList<>(List.of("id", "level", "topic", "type", "question"));
        header.addAll(OPTION_COLUMNS);
        header.addAll(List.of("answer", "marks", "explanation", "difficulty", "tags", "shuffle", "lines", "image", "group"));
        HEADER = List.copyOf(header);
    }

    private final Path file;
    private final YamlMap yaml;
    private final Map<String, List<String>> columns; // papersetter column → the CSV's columns
    private final Map<String, String> values;
    private final String separator;
    private final int[] scale; // from-low, from-high, to-low, to-high, or null

    private ColumnMapping(Path file, YamlMap yaml, Map<String, List<String>> columns, Map<String, String> values,
            String separator, int[] scale) {
        this.file = file;
        this.yaml = yaml;
        this.columns = columns;
        this.values = values;
        this.separator = separator;
        this.scale = scale;
    }

    /** The mapping file that goes with {@code csv} when none is named: NAME.map.yaml beside NAME.csv. */
    public static Optional<Path> beside(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path map = csv.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".map.yaml");
        return Files.isRegularFile(map) ? Optional.of(map) : Optional.empty();
    }

    /**
     * Reads a mapping file.
     *
     * @throws papersetter.config.ConfigException naming each problem with its line
     */
    public static ColumnMapping read(Path mapFile) {
        YamlMap yaml = YamlFile.read(mapFile);
        yaml.rejectUnknown(List.of("columns", "values", "difficulty_scale", "choices_separator"));
        Map<String, List<String>> columns = new LinkedHashMap<>();
        yaml.map("columns").ifPresentOrElse(map -> {
            map.rejectUnknown(TARGETS);
            for (String key : map.keys()) {
                map.strings(key).ifPresent(names -> columns.put(key, names));
                if (!key.equals("choices") && !key.equals("options") && columns.getOrDefault(key, List.of()).size() > 1) {
                    map.problem(key, key + " takes one column; only choices and options take a list");
                }
            }
        }, () -> yaml.problem("columns", "the mapping needs 'columns:', naming the CSV's column for each of"
                + " papersetter's (question, answer or correct_answer, …)"));
        Map<String, String> values = new LinkedHashMap<>();
        yaml.map("values").ifPresent(map -> {
            map.rejectUnknown(List.of("level", "topic", "type", "marks", "difficulty", "tags", "shuffle", "lines"));
            for (String key : map.keys()) {
                map.string(key).ifPresent(value -> values.put(key, value));
            }
        });
        int[] scale = yaml.string("difficulty_scale").map(text -> {
            Matcher m = SCALE.matcher(text);
            if (!m.matches() || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2))
                    || Integer.parseInt(m.group(3)) < 1 || Integer.parseInt(m.group(4)) > 5
                    || Integer.parseInt(m.group(3)) >= Integer.parseInt(m.group(4))) {
                yaml.problem("difficulty_scale", "difficulty_scale is '" + text + "' — write the CSV's scale and"
                        + " papersetter's, e.g. 0-2 -> 1-3 (papersetter's runs from 1 to 5)");
                return null;
            }
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))};
        }).orElse(null);
        String separator = yaml.string("choices_separator").orElse(null);
        if (columns.containsKey("correct_answer") && columns.containsKey("options")) {
            yaml.problem("columns", "give either correct_answer with choices (the right text and the wrong ones)"
                    + " or options with answer, not both");
        }
        if (columns.containsKey("correct_answer") && !columns.containsKey("choices")) {
            yaml.problem("columns", "correct_answer needs choices: the columns holding the wrong options");
        }
        if (!columns.containsKey("question")) {
            yaml.problem("columns", "name the CSV's column that holds the question: question: …");
        }
        yaml.source().finish();
        return new ColumnMapping(mapFile, yaml, columns, values, separator, scale);
    }

    /** The mapping file, for messages. */
    public Path file() {
        return file;
    }

    /** A mapping tied to one CSV's header row: where each named column is. */
    public final class Bound {
        private final Map<String, List<Integer>> at = new LinkedHashMap<>();
        private final String stem;

        private Bound(Map<String, List<Integer>> at, String stem) {
            this.at.putAll(at);
            this.stem = stem;
        }

        public List<String> header() {
            return HEADER;
        }

        /** The CSV's column that fills papersetter's column {@code target}, for messages; null when none does. */
        public String sourceOf(String target) {
            int option = OPTION_COLUMNS.indexOf(target);
            List<String> names;
            if (option >= 0 && columns.containsKey("options")) {
                names = columns.get("options");
            } else if (option >= 0 && columns.containsKey("correct_answer")) {
                if (option == 0) {
                    return columns.get("correct_answer").get(0);
                }
                names = columns.get("choices");
                option--;
            } else if (target.equals("answer") && columns.containsKey("correct_answer")) {
                return columns.get("correct_answer").get(0);
            } else {
                List<String> one = columns.get(target);
                return one == null || one.isEmpty() ? null : one.get(0);
            }
            return names != null && separator == null && option < names.size() ? names.get(option) : null;
        }

        /**
         * A row of the CSV in papersetter's columns; what cannot be mapped (an answer that names
         * no option) goes into {@code notes} at {@code line}.
         */
        public List<String> apply(int line, List<String> cells, List<Table.Note> notes) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String target : HEADER) {
                row.put(target, "");
            }
            row.putAll(values);
            for (String target : List.of("id", "level", "topic", "type", "question", "answer", "marks", "explanation",
                    "difficulty", "tags", "shuffle", "lines", "image", "group")) {
                if (at.containsKey(target)) {
                    row.put(target, cell(cells, at.get(target).get(0)));
                }
            }
            if (row.get("id").isBlank() && !at.containsKey("id")) {
                row.put("id", Draft.idFor(stem, line));
            }
            if (row.get("level").isBlank() && !at.containsKey("level")) {
                row.put("level", Draft.DEFAULT_LEVEL);
            }
            if (row.get("topic").isBlank() && !at.containsKey("topic")) {
                row.put("topic", stem);
            }
            List<String> options = new ArrayList<>();
            if (at.containsKey("correct_answer")) {
                String right = cell(cells, at.get("correct_answer").get(0)).strip();
                options.add(right);
                options.addAll(list("choices", cells));
                boolean trueFalse = options.size() == 2 && options.stream()
                        .allMatch(o -> o.equalsIgnoreCase("true") || o.equalsIgnoreCase("false"));
                if (trueFalse && (row.get("type").isBlank() || row.get("type").equalsIgnoreCase("truefalse"))) {
                    row.put("type", "truefalse");
                    row.put("answer", right.toLowerCase(Locale.ROOT));
                    options.clear();
                } else {
                    if (row.get("type").isBlank()) {
                        row.put("type", "mcq");
                    }
                    row.put("answer", right.isEmpty() ? "" : "A");
                }
            } else if (at.containsKey("options")) {
                options.addAll(list("options", cells));
                row.put("answer", letters(row.get("answer"), options, line, notes));
                if (row.get("type").isBlank()) {
                    row.put("type", row.get("answer").contains(";") ? "multi" : "mcq");
                }
            }
            while (!options.isEmpty() && options.get(options.size() - 1).isBlank()) {
                options.remove(options.size() - 1);
            }
            if (options.size() > OPTION_COLUMNS.size()) {
                notes.add(new Table.Note(line, "the row has " + options.size() + " options; a paper prints at most "
                        + OPTION_COLUMNS.size(), "keep the " + OPTION_COLUMNS.size() + " best", false));
            }
            for (int i = 0; i < Math.min(options.size(), OPTION_COLUMNS.size()); i++) {
                row.put(OPTION_COLUMNS.get(i), options.get(i));
            }
            if (scale != null && !row.get("difficulty").isBlank()) {
                row.put("difficulty", scaled(row.get("difficulty").strip(), line, notes));
            }
            return HEADER.stream().map(row::get).toList();
        }

        private List<String> list(String key, List<String> cells) {
            List<Integer> positions = at.getOrDefault(key, List.of());
            List<String> items = new ArrayList<>();
            if (positions.size() == 1 && separator != null) {
                for (String part : cell(cells, positions.get(0)).split(Pattern.quote(separator), -1)) {
                    if (!part.isBlank()) {
                        items.add(part.strip());
                    }
                }
                return items;
            }
            for (int position : positions) {
                String text = cell(cells, position).strip();
                if (!text.isEmpty()) {
                    items.add(text);
                }
            }
            return items;
        }

        private String scaled(String value, int line, List<Table.Note> notes) {
            try {
                BigDecimal v = new BigDecimal(value);
                if (v.compareTo(BigDecimal.valueOf(scale[0])) < 0 || v.compareTo(BigDecimal.valueOf(scale[1])) > 0) {
                    notes.add(new Table.Note(line, "difficulty " + value + " is outside the scale " + scale[0] + "-"
                            + scale[1] + " the mapping " + file.getFileName() + " gives",
                            "correct it, or widen difficulty_scale", false));
                    return "";
                }
                BigDecimal mapped = v.subtract(BigDecimal.valueOf(scale[0]))
                        .multiply(BigDecimal.valueOf(scale[3] - scale[2]))
                        .divide(BigDecimal.valueOf(scale[1] - scale[0]), 0, RoundingMode.HALF_UP)
                        .add(BigDecimal.valueOf(scale[2]));
                return mapped.toPlainString();
            } catch (NumberFormatException e) {
                return value; // the bank's own check says what is wrong with it
            }
        }
    }

    /**
     * Ties the mapping to a CSV's header row; every column the mapping names must be there.
     *
     * @throws papersetter.config.ConfigException naming each column that is missing, with the header's own
     */
    public Bound bind(Path csv, List<String> header) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(normal(header.get(i)), i);
        }
        Map<String, List<Integer>> at = new LinkedHashMap<>();
        YamlMap map = yaml.map("columns").orElseThrow();
        for (Map.Entry<String, List<String>> entry : columns.entrySet()) {
            List<Integer> positions = new ArrayList<>();
            for (String name : entry.getValue()) {
                Integer position = byName.get(normal(name));
                if (position == null) {
                    String hint = Suggestion.nearest(normal(name), byName.keySet())
                            .map(s -> "did you mean '" + header.get(byName.get(s)).strip() + "'? ").orElse("");
                    map.problem(entry.getKey(), "'" + name + "' is not a column of " + csv + " — " + hint
                            + "its columns are: " + String.join(", ", header.stream().map(String::strip).toList()));
                } else {
                    positions.add(position);
                }
            }
            at.put(entry.getKey(), positions);
        }
        yaml.source().finish();
        return new Bound(at, Draft.stem(csv));
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }

    private static String cell(List<String> cells, int at) {
        return at < cells.size() ? cells.get(at) : "";
    }

    /**
     * An answer as option letters: a letter ({@code B}), {@code b)}, {@code (b)}, {@code Option B}, or
     * the text of exactly one option, several separated by ';'. What matches no option or more than one
     * is left as written, for the bank's check to report.
     */
    static String letters(String answer, List<String> options, int line, List<Table.Note> notes) {
        if (answer.isBlank() || options.isEmpty()) {
            return answer;
        }
        List<String> letters = new ArrayList<>();
        for (String part : answer.split(";")) {
            String token = part.strip();
            if (token.isEmpty()) {
                continue;
            }
            Matcher letter = LETTER.matcher(token);
            List<Integer> byText = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).strip().equalsIgnoreCase(token)) {
                    byText.add(i);
                }
            }
            if (letter.matches()) {
                letters.add(letter.group(1).toUpperCase(Locale.ROOT));
            } else if (byText.size() == 1) {
                letters.add(String.valueOf((char) ('A' + byText.get(0))));
            } else {
                if (byText.size() > 1) {
                    notes.add(new Table.Note(line, "the answer '" + token + "' is the text of " + byText.size()
                            + " options", "make the options different, or give the answer as a letter", false));
                } else {
                    notes.add(new Table.Note(line, "the answer '" + token + "' is neither an option's letter nor the"
                            + " text of one of its options", "write the right option's letter or its exact text", false));
                }
                return answer;
            }
        }
        return String.join(";", letters);
    }

    static Set<String> targets() {
        return Set.copyOf(TARGETS);
    }
}

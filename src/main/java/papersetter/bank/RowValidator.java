package papersetter.bank;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import papersetter.model.Answer;
import papersetter.model.Blank;
import papersetter.model.Letters;
import papersetter.model.NumericAnswers;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.model.SourceRef;
import papersetter.text.Suggestion;

/**
 * Checks one row of one bank file and turns it into a {@link Question}. Every check runs even
 * after one fails, so a trainer sees everything wrong with the row at once.
 */
final class RowValidator {
    /** Longer cells are almost always a broken quote or a pasted document; they would also break page layout. */
    static final int MAX_CELL = 20_000;
    /** More is a typo: a paper's marks are summed, printed and turned into a time allowed. */
    static final BigDecimal MAX_MARKS = BigDecimal.valueOf(1000);
    /** A unit is printed on one line beside the answer box. */
    static final int MAX_UNIT = 24;

    private static final Pattern NUMBER = Pattern.compile("\\+?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern WHOLE = Pattern.compile("\\+?\\d{1,9}");
    private static final Answer TRUE = new Answer.TrueFalse(true);
    private static final Answer FALSE = new Answer.TrueFalse(false);
    private static final Set<String> YES = Set.of("true", "t", "yes");
    private static final Set<String> NO = Set.of("false", "f", "no");
    private static final String TYPES = Arrays.stream(QuestionType.values())
            .map(QuestionType::label).collect(Collectors.joining(", "));

    private final Path file;
    private final Path folder;
    private final HeaderMap header;
    private final ProblemList problems;
    private final String delimiterName;
    private final char delimiter;
    private boolean reportedNamelessColumn;

    // A bank repeats a few labels, marks, numbers and answers over thousands of rows: each distinct
    // one is checked once and shared by the questions that hold it, which keeps a big bank small.
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, QuestionType> typesRead = new HashMap<>();
    private final Map<String, List<String>> tagLists = new HashMap<>();
    private final Map<String, BigDecimal> marksRead = new HashMap<>();
    private final Map<String, Integer> wholeNumbers = new HashMap<>();
    private final Map<ChoiceKey, Answer> choices = new HashMap<>();
    private final Map<String, NumericAnswers.Accepted> numbers = new HashMap<>();

    /** What a choice answer depends on besides the letters: the type and how many options there are. */
    private record ChoiceKey(QuestionType type, int options, String answer) {
        // Written out: a record's own hashCode and equals go through method handles, slow under the launcher's C1-only JIT.
        @Override
        public int hashCode() {
            return answer.hashCode() * 31 + type.ordinal() * 16 + options;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ChoiceKey key && type == key.type && options == key.options && answer.equals(key.answer);
        }
    }

    /** Type words written the spreadsheet way ("True/False", "Essay") and the type each was read as, with its first line. */
    private final Map<String, QuestionType> readAs = new java.util.LinkedHashMap<>();
    private final Map<String, Integer> readAsLines = new HashMap<>();

    private CsvReader.Row row;
    private final List<String> optionTexts = new ArrayList<>(Column.OPTIONS.size());
    private int line;
    private int errors;

    RowValidator(Path file, HeaderMap header, char delimiter, ProblemList problems) {
        this.file = file;
        this.delimiter = delimiter;
        this.delimiterName = delimiter == '\t' ? "a tab" : "a '" + delimiter + "'";
        this.folder = file.getParent() == null ? Path.of("") : file.getParent();
        this.header = header;
        this.problems = problems;
    }

    /**
     * The row as a question, or empty when it has errors (which are then in the problem list).
     *
     * @param source where the row is, shared with the reader's record of which id is where
     */
    Optional<Question> validate(CsvReader.Row row, SourceRef source) {
        this.row = row;
        line = row.line();
        errors = 0;
        List<String> cells = row.cells();
        if (!checkCellsFit(cells)) {
            return Optional.empty(); // its cells are in the wrong columns, so every further check would mislead
        }

        String id = required(cells, Column.ID, "give every question a unique id, e.g. DJ-ORM-014");
        if (!id.isEmpty() && !isIdText(id)) {
            error(Column.ID, CellText.quote(id) + " may hold only letters A–Z, digits, '-', '_' and '.'",
                    "write it without spaces or other signs, e.g. DJ-ORM-014");
        }
        String level = shared(required(cells, Column.LEVEL, "every question needs a level, e.g. fresher"));
        String topic = shared(required(cells, Column.TOPIC, "every question needs a topic, e.g. orm"));
        QuestionType type = type(cells);
        String text = block(Column.QUESTION);
        if (text.isEmpty()) {
            error(Column.QUESTION, "empty", "write the question");
        }
        List<String> options = options(cells, type);
        Answer answer = type == null ? null : answer(cells, type, text, options);
        if (type != null && type != QuestionType.NUMERIC) {
            unit(cells, type);
        }
        BigDecimal marks = marks(cells);
        int difficulty = difficulty(cells);
        boolean shuffle = shuffle(cells);
        int lines = lines(cells);
        Optional<Path> image = image(cells);
        String explanation = block(Column.EXPLANATION);
        List<String> tags = tags(header.cell(cells, Column.TAGS));
        String group = group(cells);
        String fact = fact(cells);
        String alt = header.cell(cells, Column.ALT).strip();
        if (image.isPresent() && alt.isEmpty()) {
            problems.warning(file, line, Column.IMAGE.header(), "the picture has no alt text, so a screen reader"
                    + " cannot say what it shows", "describe the picture in a column 'alt', e.g. \"A bar chart of"
                    + " sales by month\"");
        }

        if (errors > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Question(id, level, topic, type, text, options, answer, marks, explanation,
                    difficulty, tags, shuffle, lines, image, source, group, fact, alt));
        } catch (IllegalArgumentException e) {
            // The checks above should make this unreachable; if not, the trainer still gets a position.
            errorIn(null, "this row cannot be used: " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    /** Says once for the file which spreadsheet type words were read as which types. */
    void finish() {
        if (readAs.isEmpty()) {
            return;
        }
        String first = readAs.keySet().iterator().next();
        problems.warning(file, readAsLines.get(first), Column.TYPE.header(), "read " + readAs.entrySet().stream()
                        .map(e -> CellText.quote(e.getKey()) + " as " + e.getValue().label())
                        .collect(Collectors.joining(", ")) + " (here and in every row of this file that says so)",
                "nothing to do; to see no note, write the types as " + TYPES);
    }

    /**
     * A cell that may run over several lines, tidied by CellText.block. A cell the reader saw no line
     * break in only loses the spaces at its ends, which is all block would do to it, without looking
     * through it twice for line breaks.
     */
    private String block(Column column) {
        String cell = header.cell(row.cells(), column);
        return row.spansLines(header.position(column)) ? CellText.block(cell) : cell.strip();
    }

    /** The one copy of a label that many questions hold. */
    private String shared(String label) {
        String first = labels.putIfAbsent(label, label);
        return first == null ? label : first;
    }

    /** Letters A–Z, digits, '-', '_' and '.', as ids and group labels are written. */
    private static boolean isIdText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return !value.isEmpty();
    }

    private List<String> tags(String cell) {
        List<String> tags = tagLists.get(cell);
        if (tags == null) {
            // List.copyOf, so that Question keeps this list rather than a copy of it
            tags = List.copyOf(Arrays.stream(cell.split(";")).map(String::strip).filter(tag -> !tag.isEmpty())
                    .map(this::shared).toList());
            tagLists.put(cell, tags);
        }
        return tags;
    }

    /** False when the row's cells have slipped out of their columns. */
    private boolean checkCellsFit(List<String> cells) {
        if (usesAnotherDelimiter(cells)) {
            return false;
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.length() > MAX_CELL) {
                errorIn(header.nameOf(i), "the cell holds " + String.format(Locale.ROOT, "%,d", cell.length())
                        + " characters; the most a cell may hold is " + String.format(Locale.ROOT, "%,d", MAX_CELL),
                        "shorten it; if the cell swallowed the rows below it, look for a missing closing quote");
            }
            if (i == header.width()) {
                // Usually an unquoted delimiter inside a cell, which shifts every cell after it into
                // the wrong column: reading on could put a wrong answer in the key. Empty extra cells
                // can also be stray trailing delimiters, so those only warn.
                boolean filled = cells.subList(i, cells.size()).stream().anyMatch(extra -> !extra.isBlank());
                String message = "this row has " + cells.size() + " cells but the header has " + header.width()
                        + " columns" + (filled ? ", so its cells have slipped out of their columns"
                                : "; if its cells have slipped out of their columns, answers are read from the wrong cells");
                String fix = "a cell probably holds " + delimiterName + " without quotes around it;"
                        + " put that cell in double quotes, or save the file again from the spreadsheet";
                if (filled) {
                    errorIn(null, message, fix);
                    return false;
                }
                problems.warning(file, line, null, message, fix);
            }
            if (i < header.width() && !header.named(i) && !cell.isBlank() && !reportedNamelessColumn) {
                reportedNamelessColumn = true;
                problems.warning(file, line, null, "spreadsheet column " + Letters.of(i)
                        + " has no name in the header but holds text", "name it, or delete it; it is ignored");
            }
        }
        return true;
    }

    /**
     * A row typed or pasted with another delimiter than the header's (';' rows under a ',' header,
     * as happens when sheets from two locales are merged) reads as one long cell. Its id cell then
     * holds the other delimiter, which an id never may, and the row splits on it into about as many
     * cells as the header has: say so instead of reporting every column of the row as empty.
     */
    private boolean usesAnotherDelimiter(List<String> cells) {
        if (cells.size() >= header.width()) {
            return false;
        }
        String id = header.cell(cells, Column.ID);
        if (id.isEmpty() && !cells.isEmpty()) {
            id = cells.get(0); // the id column lies beyond the cells this row split into
        }
        String row = String.join(String.valueOf(delimiter), cells);
        for (char other : new char[] {',', ';', '\t'}) {
            if (other == delimiter || id.indexOf(other) < 0) {
                continue;
            }
            int pieces = row.split(Pattern.quote(String.valueOf(other)), -1).length;
            if (pieces > cells.size() && pieces >= Column.REQUIRED.size()) {
                errorIn(null, "the cells of this row are separated by " + delimiterName(other)
                                + " but the header's are separated by " + delimiterName(delimiter)
                                + ", so the row does not split into its columns",
                        "separate the cells with " + delimiterName(delimiter) + " as the header does"
                                + " (saving the sheet again from the spreadsheet does this for every row)");
                return true;
            }
        }
        return false;
    }

    private static String delimiterName(char delimiter) {
        return delimiter == '\t' ? "tabs" : "'" + delimiter + "'";
    }

    private String required(List<String> cells, Column column, String fix) {
        String value = header.cell(cells, column).strip();
        if (value.isEmpty()) {
            error(column, "empty", fix);
        }
        return value;
    }

    private QuestionType type(List<String> cells) {
        String value = header.cell(cells, Column.TYPE).strip();
        if (value.isEmpty()) {
            error(Column.TYPE, "empty", "write one of " + TYPES);
            return null;
        }
        QuestionType known = typesRead.get(value);
        if (known != null) {
            return known;
        }
        Optional<QuestionType> type = QuestionType.parse(value);
        if (type.isEmpty()) {
            type = SpreadsheetTypes.read(value);
            type.ifPresent(t -> {
                if (readAs.putIfAbsent(value, t) == null) {
                    readAsLines.put(value, line);
                }
            });
        }
        if (type.isEmpty()) {
            List<String> labels = Arrays.stream(QuestionType.values()).map(QuestionType::label).toList();
            String guess = Suggestion.nearest(value.toLowerCase(Locale.ROOT), labels)
                    .map(label -> "did you mean '" + label + "'? Otherwise use").orElse("use");
            error(Column.TYPE, CellText.quote(value) + " is not a question type", guess + " one of " + TYPES);
            return null;
        }
        typesRead.put(value, type.get());
        return type.get();
    }

    /** The filled options in bank order; gaps and options on types that have none are errors. */
    private List<String> options(List<String> cells, QuestionType type) {
        List<String> texts = optionTexts; // one list for every row: the question keeps a copy of its options
        texts.clear();
        int last = -1;
        for (int i = 0; i < Column.OPTIONS.size(); i++) {
            String text = block(Column.OPTIONS.get(i));
            texts.add(text);
            if (!text.isEmpty()) {
                last = i;
            }
        }
        if (type != null && !type.hasOptions()) {
            if (last >= 0) {
                Column first = Column.OPTIONS.get(firstFilled(texts));
                error(first, "a " + type.label() + " item has no options, but this one is filled",
                        "clear the option cells, or set the type to mcq or multi");
            }
            return List.of();
        }
        for (int i = 0; i < last; i++) {
            if (texts.get(i).isEmpty()) {
                Column next = Column.OPTIONS.get(nextFilled(texts, i));
                error(Column.OPTIONS.get(i), "empty, but " + next.header() + " is filled",
                        "options must follow on without gaps; move " + next.header() + " up into "
                                + Column.OPTIONS.get(i).header());
            }
        }
        List<String> options = texts.subList(0, last + 1);
        if (type != null && options.size() < 2) {
            errorIn(null, (type == QuestionType.MCQ ? "an " : "a ") + type.label() + " item needs at least two options, this one has "
                            + (options.isEmpty() ? "none" : "one"),
                    "fill option_a, option_b, …");
        }
        warnRepeatedOptions(options);
        return List.copyOf(options);
    }

    private void warnRepeatedOptions(List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            for (int j = i + 1; j < options.size(); j++) {
                if (!options.get(i).isEmpty() && ComparableText.same(options.get(i), options.get(j))) {
                    problems.warning(file, line, Column.OPTIONS.get(j).header(),
                            "the same as option " + Letters.of(i) + ": " + CellText.quote(options.get(j)),
                            "students would see the same option twice; change one of them");
                }
            }
        }
    }

    private static int firstFilled(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (!texts.get(i).isEmpty()) {
                return i;
            }
        }
        return 0;
    }

    private static int nextFilled(List<String> texts, int after) {
        for (int i = after + 1; i < texts.size(); i++) {
            if (!texts.get(i).isEmpty()) {
                return i;
            }
        }
        return after;
    }

    private Answer answer(List<String> cells, QuestionType type, String text, List<String> options) {
        String raw = header.cell(cells, Column.ANSWER);
        String value = raw.strip();
        switch (type) {
            case MCQ, MULTI -> {
                return choice(type, value, options);
            }
            case TRUEFALSE -> {
                String word = value.toLowerCase(Locale.ROOT);
                if (YES.contains(word)) {
                    return TRUE;
                }
                if (NO.contains(word)) {
                    return FALSE;
                }
                error(Column.ANSWER, value.isEmpty() ? "empty" : CellText.quote(value) + " is not true or false",
                        "write true or false");
                return null;
            }
            case FILL -> {
                return blanks(value, text);
            }
            case NUMERIC -> {
                return numeric(value, unit(cells, type));
            }
            default -> {
                String model = block(Column.ANSWER);
                if (model.isEmpty()) {
                    error(Column.ANSWER, "empty", "write the model answer a marker reads");
                    return null;
                }
                return new Answer.Model(model);
            }
        }
    }

    private Answer choice(QuestionType type, String value, List<String> options) {
        ChoiceKey key = new ChoiceKey(type, options.size(), value);
        Answer known = choices.get(key);
        if (known != null) {
            return known;
        }
        if (value.isEmpty()) {
            error(Column.ANSWER, "empty", type == QuestionType.MCQ
                    ? "write the letter of the right option, e.g. B"
                    : "write the letters of the right options separated by ;, e.g. A;C");
            return null;
        }
        // ';' is the documented separator; ',' and spaces are what people type anyway, and are unambiguous here.
        List<String> tokens = Arrays.stream(value.split("[;,\\s]+")).filter(t -> !t.isEmpty()).toList();
        if (tokens.isEmpty()) { // only separators, e.g. ";": found by fuzzing, it used to end in an internal error
            error(Column.ANSWER, CellText.quote(value) + " names no option", type == QuestionType.MCQ
                    ? "write the letter of the right option, e.g. B"
                    : "write the letters of the right options separated by ;, e.g. A;C");
            return null;
        }
        Set<Integer> seen = new LinkedHashSet<>();
        boolean usable = true;
        for (String token : tokens) {
            if (!token.matches("[A-Za-z]")) {
                error(Column.ANSWER, CellText.quote(token) + " is not an option letter",
                        "write the letter of the right option" + (type == QuestionType.MULTI ? "s" : "")
                                + " (" + range(options) + "), not " + (type == QuestionType.MULTI ? "their" : "its")
                                + " text");
                usable = false;
                continue;
            }
            int index = Character.toUpperCase(token.charAt(0)) - 'A';
            if (!seen.add(index)) {
                error(Column.ANSWER, CellText.quote(value) + " names " + Letters.of(index) + " twice",
                        "list each right option once");
                usable = false;
            } else if (index >= options.size() && options.size() >= 2) {
                error(Column.ANSWER, CellText.quote(token.toUpperCase(Locale.ROOT)) + " but the item has options "
                        + range(options), "use " + (type == QuestionType.MCQ ? "one of " : "letters from ")
                        + letterList(options.size()));
                usable = false;
            }
        }
        if (type == QuestionType.MCQ && tokens.size() > 1) {
            error(Column.ANSWER, CellText.quote(value) + " gives " + tokens.size()
                            + " letters but an mcq item has exactly one right option",
                    "give one letter, or set the type to multi");
            usable = false;
        }
        if (type == QuestionType.MULTI && tokens.size() == 1) {
            error(Column.ANSWER, CellText.quote(value) + " gives one letter but a multi item has two or more right options",
                    "list them separated by ;, e.g. A;C, or set the type to mcq");
            usable = false;
        }
        if (!usable || options.size() < 2) {
            return null;
        }
        Answer choice = new Answer.Choice(new TreeSet<>(seen));
        choices.put(key, choice); // only an answer read without a problem, so that a repeat of it has none either
        return choice;
    }

    private static String range(List<String> options) {
        return options.size() <= 1 ? "A" : "A–" + Letters.of(options.size() - 1);
    }

    private static String letterList(int count) {
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            letters.add(Letters.of(i));
        }
        return String.join(", ", letters);
    }

    private Answer blanks(String value, String text) {
        int blanks = Blank.count(text);
        if (blanks == 0 && !text.isEmpty()) {
            error(Column.QUESTION, "a fill item has no blank", "write ___ (three underscores) where the student writes");
        }
        if (value.isEmpty()) {
            error(Column.ANSWER, "empty", "give the answer for each blank, in order, separated by ;");
            return null;
        }
        String[] parts = value.split(";", -1);
        if (blanks > 0 && parts.length != blanks) {
            error(Column.ANSWER, "the question has " + count(blanks, "blank") + " (___) but the answer gives "
                            + parts.length,
                    "give one answer per blank, in order, separated by ;");
            return null;
        }
        List<List<String>> accepted = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            List<String> alternatives = Arrays.stream(parts[i].split("\\|"))
                    .map(String::strip).filter(a -> !a.isEmpty()).toList();
            if (alternatives.isEmpty()) {
                error(Column.ANSWER, "blank " + (i + 1) + " has no answer", "write its answer between the ; signs");
            }
            accepted.add(alternatives);
        }
        return blanks == 0 ? null : new Answer.Blanks(accepted);
    }

    /** A numeric item's answer, read by the one grammar the key, the marking and the formats use. */
    private Answer numeric(String value, String unit) {
        try {
            NumericAnswers.Accepted accepted = numbers.get(value);
            if (accepted == null) {
                accepted = NumericAnswers.parse(value);
                numbers.put(value, accepted); // only an answer read without a problem, as for choices
            }
            Answer answer = new Answer.Numeric(accepted, unit);
            return unit == null ? null : answer;
        } catch (NumericAnswers.Problem problem) {
            error(Column.ANSWER, problem.getMessage(), problem.fix());
            return null;
        }
    }

    /** The unit printed beside a numeric item's answer box; "" for none, null when it is wrong. */
    private String unit(List<String> cells, QuestionType type) {
        String unit = header.cell(cells, Column.UNIT).strip();
        if (unit.isEmpty()) {
            return unit;
        }
        if (type != QuestionType.NUMERIC) {
            error(Column.UNIT, (type == QuestionType.MCQ ? "an " : "a ") + type.label() + " item prints no unit, but this one gives " + CellText.quote(unit),
                    "clear the cell, or set the type to numeric");
            return null;
        }
        if (unit.length() > MAX_UNIT || unit.indexOf('\n') >= 0) {
            error(Column.UNIT, CellText.quote(unit) + " is too long for a unit (at most " + MAX_UNIT
                    + " characters on one line)", "write the unit alone, e.g. m/s² or kg; say more in the question");
            return null;
        }
        if (Character.isDigit(unit.charAt(0))) {
            error(Column.UNIT, CellText.quote(unit) + " starts with a digit, so the printed answer would read as"
                    + " another number", "write the unit alone, e.g. m/s², and any number in the answer");
            return null;
        }
        return shared(unit);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private BigDecimal marks(List<String> cells) {
        String value = header.cell(cells, Column.MARKS).strip();
        if (value.isEmpty()) {
            return BigDecimal.ONE;
        }
        BigDecimal known = marksRead.get(value);
        if (known != null) {
            return known;
        }
        // Sheets in many locales write 1,5 for one and a half; with ';' as delimiter that reaches us unquoted.
        String number = DECIMAL_COMMA.matcher(value).matches() ? value.replace(',', '.') : value;
        String fix = "write the marks as a number above 0, e.g. 2 or 0.5";
        if (NEGATIVE.matcher(number).matches()) {
            error(Column.MARKS, CellText.quote(value) + " is less than 0", fix);
            return null;
        }
        if (!NUMBER.matcher(number).matches() || number.length() > 12) {
            error(Column.MARKS, CellText.quote(value) + " is not a number", fix);
            return null;
        }
        BigDecimal marks = new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
        if (marks.signum() == 0) {
            error(Column.MARKS, "0 marks", fix + ", or leave it empty for 1 mark");
            return null;
        }
        if (marks.compareTo(MAX_MARKS) > 0) {
            error(Column.MARKS, CellText.quote(value) + " is more than " + MAX_MARKS + ", the most marks a question may carry",
                    "write the marks as a number above 0 and at most " + MAX_MARKS);
            return null;
        }
        marksRead.put(value, marks);
        return marks;
    }

    private int difficulty(List<String> cells) {
        String value = header.cell(cells, Column.DIFFICULTY).strip();
        if (value.isEmpty()) {
            return 0;
        }
        Integer difficulty = whole(value);
        if (difficulty != null && difficulty >= 1 && difficulty <= 5) {
            return difficulty;
        }
        error(Column.DIFFICULTY, CellText.quote(value) + " is not a difficulty",
                "write a whole number from 1 (easy) to 5 (hard), or leave it empty");
        return 0;
    }

    private boolean shuffle(List<String> cells) {
        String value = header.cell(cells, Column.SHUFFLE).strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        error(Column.SHUFFLE, CellText.quote(value) + " is not true or false",
                "write false to keep the options in bank order; true or empty lets them be shuffled");
        return true;
    }

    private int lines(List<String> cells) {
        String value = header.cell(cells, Column.LINES).strip();
        if (value.isEmpty()) {
            return 0;
        }
        Integer lines = whole(value);
        if (lines != null) {
            return lines;
        }
        error(Column.LINES, CellText.quote(value) + " is not a number of lines",
                "write a whole number such as 6, or leave it empty to let the layout decide");
        return 0;
    }

    /** The value as a number when it is written as a whole one (an optional + and up to nine digits), else null. */
    private Integer whole(String value) {
        Integer known = wholeNumbers.get(value);
        if (known == null && WHOLE.matcher(value).matches()) {
            known = Integer.parseInt(value.replace("+", ""));
            wholeNumbers.put(value, known);
        }
        return known;
    }

    /** A label shared by linked items (a case study and its questions); it is matched without regard to case. */
    private String group(List<String> cells) {
        String value = header.cell(cells, Column.GROUP).strip();
        if (!value.isEmpty() && !isIdText(value)) {
            error(Column.GROUP, CellText.quote(value) + " may hold only letters A–Z, digits, '-', '_' and '.'",
                    "name the group without spaces or other signs, e.g. CASE-BLOG-1");
        }
        return shared(value);
    }

    /** Labels of the facts the item tests, {@code ;}-separated; items sharing one never meet on a paper. */
    private String fact(List<String> cells) {
        String value = header.cell(cells, Column.FACT).strip();
        if (value.isEmpty()) {
            return shared(value); // most rows: nothing to split
        }
        for (String label : value.split(";")) {
            String name = label.strip();
            if (!name.isEmpty() && !isIdText(name.replace(":", ""))) {
                error(Column.FACT, CellText.quote(name) + " may hold only letters A–Z, digits, ':', '-', '_' and '.'",
                        "name the fact without spaces or other signs, e.g. fact:autoescape; separate two with ;");
            }
        }
        return shared(value);
    }

    private Optional<Path> image(List<String> cells) {
        // Trainers on Windows write images\er.png; the bank should work on every machine.
        String value = header.cell(cells, Column.IMAGE).strip().replace('\\', '/');
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String fix = "put the picture in the bank file's folder (" + describeFolder() + ") or a folder inside it,"
                + " and give its path from there, e.g. images/diagram.png";
        Path relative;
        try {
            relative = Path.of(value);
        } catch (InvalidPathException e) {
            error(Column.IMAGE, CellText.quote(value) + " is not a valid file path", fix);
            return Optional.empty();
        }
        if (relative.isAbsolute() || value.startsWith("/") || value.matches("[A-Za-z]:.*")) {
            error(Column.IMAGE, CellText.quote(value) + " is an absolute path", fix);
            return Optional.empty();
        }
        Path normal = relative.normalize();
        if (normal.toString().isEmpty() || normal.getName(0).toString().equals("..")) {
            error(Column.IMAGE, CellText.quote(value) + " points outside the bank file's folder", fix);
            return Optional.empty();
        }
        Path resolved = folder.resolve(normal);
        if (!Files.exists(resolved)) {
            error(Column.IMAGE, CellText.quote(value) + " not found (looked for " + resolved + ")",
                    "check the file name, including capitals, and where the picture is");
            return Optional.empty();
        }
        Optional<String> outside = BankFolder.outside(folder, normal);
        if (outside.isPresent()) {
            error(Column.IMAGE, CellText.quote(value) + " " + outside.get(),
                    "copy the picture into the bank file's folder (" + describeFolder() + ") instead of linking to it");
            return Optional.empty();
        }
        Optional<PictureCheck.Problem> problem = PictureCheck.check(resolved);
        if (problem.isPresent()) {
            error(Column.IMAGE, CellText.quote(value) + " " + problem.get().reason(), problem.get().fix());
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

    private String describeFolder() {
        return folder.toString().isEmpty() ? "the current folder" : folder.toString();
    }

    private void error(Column column, String message, String fix) {
        errorIn(column.header(), message, fix);
    }

    private void errorIn(String column, String message, String fix) {
        errors++;
        problems.error(file, line, column, message, fix);
    }
}

package papersetter.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import papersetter.bank.BankProblem;
import papersetter.bank.ProblemLines;
import papersetter.io.InputFile;
import papersetter.io.TypedCsv;
import papersetter.model.BadInputException;
import papersetter.model.Letters;
import papersetter.model.Roll;

/**
 * A class list for personalised answer sheets ({@code generate --students roster.csv}): a header
 * row naming the columns {@code roll} and {@code name} (and optionally {@code set}), in any order
 * and case, then one row per student in seating order. It is read the way a spreadsheet saves it
 * (UTF-8 with or without a byte-order mark, CRLF, {@code ,} {@code ;} or tab between cells, a
 * {@code sep=;} first line), and every problem is reported at once with its line.
 *
 * @param file where it was read from, for messages
 */
public record Roster(Path file, List<Student> students) {
    /** The most a class list may hold; a school's whole intake fits. */
    public static final long MAX_BYTES = 8L << 20;
    public static final int MAX_STUDENTS = 20_000;
    /** The most characters of a name: it is printed on one line of the sheet's name box. */
    public static final int MAX_NAME = 80;
    private static final Pattern SEP_LINE = Pattern.compile("(?i)sep=(.)[ \\t]*(\\r\\n|\\r|\\n)");
    private static final Set<String> ROLL = Set.of("roll", "roll number", "roll no", "roll no.", "rollno", "roll_number",
            "student id", "id");
    private static final Set<String> NAME = Set.of("name", "student", "student name", "full name");
    private static final Set<String> SET = Set.of("set", "version", "paper");

    public Roster {
        students = List.copyOf(students);
    }

    /**
     * A student as the class list gives them.
     *
     * @param line the line of the file the row starts on
     * @param set the set the list gives them, in capitals, or null to deal them one
     */
    public record Student(int line, String roll, String name, String set) {
    }

    /** A student and the set they sit. */
    public record Seat(Student student, String set) {
    }

    /**
     * Which set each student sits, in the list's order: the set the list gives, or else the sets in
     * turn by the student's place in the list (A, B, C, A, …), so neighbours in seating order sit
     * different sets.
     */
    public List<Seat> seats(int sets) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            Student student = students.get(i);
            seats.add(new Seat(student, student.set() != null ? student.set() : Letters.of(i % sets)));
        }
        return seats;
    }

    /**
     * Reads and checks a class list for a run of {@code sets} sets.
     *
     * @throws BadInputException naming the file and, for each problem, its line and column
     */
    public static Roster read(Path file, int sets) {
        String text = text(file);
        int skipped = 0;
        char delimiter;
        Matcher sep = SEP_LINE.matcher(text);
        if (sep.lookingAt()) {
            delimiter = sep.group(1).charAt(0);
            text = text.substring(sep.end());
            skipped = 1;
        } else {
            delimiter = TypedCsv.delimiter(text);
        }
        int[] starts = TypedCsv.lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<Map.Entry<Integer, List<String>>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                // A record's position is where the parser began looking for it: before the empty lines it skipped.
                int at = (int) record.getCharacterPosition();
                while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
                    at++;
                }
                int line = TypedCsv.lineOf(starts, at) + skipped;
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == MAX_STUDENTS) {
                    throw new BadInputException(file + ":" + line + ": more than " + MAX_STUDENTS + " students — split"
                            + " the class list and run once for each part.");
                }
                rows.add(Map.entry(line, cells));
            }
        } catch (IOException | UncheckedIOException e) {
            String why = String.valueOf(e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage());
            Matcher at = Pattern.compile("line:? (\\d+)").matcher(why);
            String where = at.find() ? ":" + (Integer.parseInt(at.group(1)) + skipped) : "";
            throw new BadInputException(file + where + ": the quoting is broken — a cell that holds the delimiter or"
                    + " a line break must be in double quotes, and a quote inside it doubled (\"\").");
        }
        if (header == null) {
            throw new BadInputException(file + ": the class list is empty — it needs a header row (roll, name, and"
                    + " optionally set) and a row per student.");
        }
        int roll = column(header, ROLL);
        int name = column(header, NAME);
        int set = column(header, SET);
        if (roll < 0 || name < 0) {
            throw new BadInputException(file + ":" + (1 + skipped) + ": the header row needs the columns 'roll' and"
                    + " 'name' (and may have 'set'); it has " + header.stream().map(h -> "'" + h + "'").toList()
                    + " — add the header row roll,name as the file's first line.");
        }
        List<BankProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Student> students = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> row : rows) {
            int line = row.getKey();
            List<String> cells = row.getValue();
            String r = cell(cells, roll).strip();
            String n = cell(cells, name).strip();
            String s = set < 0 ? "" : cell(cells, set).strip().toUpperCase(Locale.ROOT);
            if (r.isEmpty()) {
                problems.add(new BankProblem(file, line, "roll", "the roll number is empty",
                        "give every student a roll number (or delete the row)", false));
            } else if (!Roll.valid(r)) {
                problems.add(new BankProblem(file, line, "roll", "'" + r + "' is not a roll number a sheet can carry",
                        "use at most " + Roll.MAX_LENGTH + " characters, without control characters", false));
            } else if (seen.containsKey(r)) {
                problems.add(new BankProblem(file, line, "roll", "roll number '" + r + "' is already on line "
                        + seen.get(r), "give each student their own roll number", false));
            } else {
                seen.put(r, line);
            }
            if (n.codePointCount(0, n.length()) > MAX_NAME) {
                problems.add(new BankProblem(file, line, "name", "the name is longer than " + MAX_NAME + " characters",
                        "shorten it to fit the sheet's name box", false));
            } else if (n.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
                problems.add(new BankProblem(file, line, "name", "the name holds a control character",
                        "retype the name", false));
            }
            if (!s.isEmpty() && !knownSet(s, sets)) {
                problems.add(new BankProblem(file, line, "set", "set '" + s + "' is not a set of this run",
                        "use one of " + (sets == 1 ? "A" : "A to " + Letters.of(sets - 1))
                                + ", or leave the cell empty to deal sets in turn", false));
            }
            students.add(new Student(line, r, n.replace('\t', ' '), s.isEmpty() ? null : s));
        }
        if (students.isEmpty() && problems.isEmpty()) {
            throw new BadInputException(file + ": the class list has a header row but no students — add a row per"
                    + " student (roll, name).");
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder();
            ProblemLines.capped(problems).forEach(line -> message.append(line).append('\n'));
            message.append(problems.size()).append(problems.size() == 1 ? " error" : " errors")
                    .append(" in the class list — fix ").append(problems.size() == 1 ? "it" : "them")
                    .append(" and run again; nothing was written.");
            throw new BadInputException(message.toString());
        }
        return new Roster(file, students);
    }

    private static boolean knownSet(String set, int sets) {
        for (int i = 0; i < sets; i++) {
            if (Letters.of(i).equals(set)) {
                return true;
            }
        }
        return false;
    }

    private static String text(Path file) {
        byte[] bytes;
        try {
            bytes = InputFile.read(file, MAX_BYTES, "a class list");
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file — give the class list with --students (a CSV with the"
                    + " columns roll, name and optionally set).");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ").");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": is not UTF-8 text — save it from the spreadsheet as \"CSV UTF-8\""
                    + " and run again.");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int column(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}

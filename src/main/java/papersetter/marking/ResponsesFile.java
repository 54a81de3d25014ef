package papersetter.marking;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import papersetter.io.InputFile;
import papersetter.io.TypedCsv;
import papersetter.model.BadInputException;
import papersetter.model.Letters;

/**
 * The typed responses, as a spreadsheet or a Google Forms export writes them: UTF-8 with or
 * without a byte-order mark, CRLF or LF, {@code ,} {@code ;} or tab between cells (found from the
 * header, or from Excel's {@code sep=;} first line). The header names the columns in any order and
 * case: {@code roll}, {@code name}, {@code set}, and one column per printed question, {@code 1},
 * {@code 2}, … or {@code Q1}, {@code Question 1}. Other columns (Timestamp, Email) are left out
 * with a note.
 */
final class ResponsesFile {
    /** A class of 10 000 students answering 200 questions in long words stays well under this. */
    static final long MAX_BYTES = 32L << 20;
    static final int MAX_ROWS = 100_000;
    static final int MAX_QUESTION = 10_000;
    private static final Pattern QUESTION = Pattern.compile("(?i)(?:q|question|frage|no\\.?)?\\s*#?\\s*(\\d{1,6})\\s*\\.?");
    /** The column a scan marking writes to name what a person should check; it is never an answer. */
    static final String REVIEW = "review";
    private static final Pattern SEP_LINE = Pattern.compile("(?i)sep=(.)[ \\t]*(\\r\\n|\\r|\\n)");

    /** A student's row: its physical line and its cells. */
    record Row(int line, List<String> cells) {
        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
        }
    }

    final Path file;
    final List<String> header;
    final int roll;
    final int name;
    final int set;
    /** Question number → column, in question order. */
    final Map<Integer, Integer> questions;
    final List<Row> rows;
    final List<String> notes;
    /** The file as read, kept with the marks. */
    byte[] bytes;

    private ResponsesFile(Path file, List<String> header, int roll, int name, int set, Map<Integer, Integer> questions,
            List<Row> rows, List<String> notes) {
        this.file = file;
        this.header = header;
        this.roll = roll;
        this.name = name;
        this.set = set;
        this.questions = questions;
        this.rows = rows;
        this.notes = notes;
    }

    /** "column 'Q12' (M)": the header's name and the spreadsheet's letter, so either finds it. */
    String column(int index) {
        return "column '" + header.get(index) + "' (" + Letters.of(index) + ")";
    }

    static ResponsesFile read(Path file) {
        byte[] bytes;
        try {
            bytes = InputFile.read(file, MAX_BYTES, "a responses file");
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file — give the CSV of typed responses with --responses"
                    + " (one row per student: roll, name, set, then the answer to each question).");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ").");
        }
        return parse(file, bytes);
    }

    /** The responses in these bytes, with {@code file} naming them in messages. */
    static ResponsesFile parse(Path file, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": is not UTF-8 text — save it from the spreadsheet as"
                    + " \"CSV UTF-8\" and mark again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int skippedLines = 0;
        char delimiter;
        Matcher sep = SEP_LINE.matcher(text);
        if (sep.lookingAt()) {
            delimiter = sep.group(1).charAt(0);
            text = text.substring(sep.end());
            skippedLines = 1;
        } else {
            delimiter = TypedCsv.delimiter(text);
        }
        int[] lineStarts = TypedCsv.lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int line = TypedCsv.lineOf(lineStarts, record.getCharacterPosition()) + skippedLines;
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new BadInputException(file + ":" + line + ": more than " + MAX_ROWS + " students — split"
                            + " the class into files of at most " + MAX_ROWS + " rows.");
                }
                rows.add(new Row(line, cells));
            }
        } catch (IOException | UncheckedIOException e) {
            String why = String.valueOf(e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage());
            Matcher at = Pattern.compile("line:? (\\d+)").matcher(why);
            String where = at.find() ? ":" + (Integer.parseInt(at.group(1)) + skippedLines) : "";
            throw new BadInputException(file + where + ": the quoting is broken (" + why + ") — a cell that holds "
                    + "the delimiter or a line break must be in double quotes, and a quote inside it doubled (\"\").");
        }
        if (header == null) {
            throw new BadInputException(file + ": the file is empty — it needs a header row (roll, name, set, 1, 2, …)"
                    + " and one row per student.");
        }
        ResponsesFile read = fromHeader(file, header, rows);
        read.bytes = bytes;
        return read;
    }

    private static ResponsesFile fromHeader(Path file, List<String> header, List<Row> rows) {
        int roll = -1;
        int name = -1;
        int set = -1;
        int review = -1;
        Map<Integer, Integer> questions = new java.util.TreeMap<>();
        List<String> ignored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String title = header.get(i);
            String key = title.toLowerCase(Locale.ROOT).replaceAll("[\\s_.-]+", " ").strip();
            Matcher question = QUESTION.matcher(title);
            if (List.of("roll", "roll no", "roll number", "student id", "id", "candidate", "candidate number")
                    .contains(key)) {
                roll = first(roll, i, title, header, problems, file);
            } else if (List.of("name", "student", "student name", "full name").contains(key)) {
                name = first(name, i, title, header, problems, file);
            } else if (List.of("set", "paper set", "version", "paper").contains(key)) {
                set = first(set, i, title, header, problems, file);
            } else if (key.equals(REVIEW)) {
                review = review < 0 ? i : review;
            } else if (question.matches()) {
                int number = Integer.parseInt(question.group(1));
                if (number < 1 || number > MAX_QUESTION) {
                    problems.add(file + ":1: column '" + title + "' (" + Letters.of(i) + "): no paper has a question "
                            + number + " — number the question columns from 1.");
                } else if (questions.putIfAbsent(number, i) != null) {
                    problems.add(file + ":1: column '" + title + "' (" + Letters.of(i) + "): question " + number
                            + " has two columns (the other is " + Letters.of(questions.get(number))
                            + ") — delete one.");
                }
            } else if (!title.isEmpty() || columnUsed(rows, i)) {
                ignored.add(title.isEmpty() ? "(" + Letters.of(i) + ")" : title);
            }
        }
        if (roll < 0) {
            problems.add(file + ":1: no 'roll' column — the header needs roll, name, set and the question numbers"
                    + " (1, 2, … or Q1, Q2, …); it has " + String.join(", ", header) + ".");
        }
        if (questions.isEmpty()) {
            problems.add(file + ":1: no question columns — name them by the question's number on the paper: 1, 2, …"
                    + " or Q1, Q2, ….");
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join("\n", problems));
        }
        List<String> notes = new ArrayList<>();
        if (review >= 0) {
            int column = review;
            List<String> lines = rows.stream().filter(row -> !row.cell(column).isEmpty())
                    .map(row -> String.valueOf(row.line())).toList();
            if (!lines.isEmpty()) {
                notes.add(file + ": the 'review' column still names things to check on " + (lines.size() == 1
                        ? "line " : lines.size() + " lines, ") + String.join(", ", lines.subList(0,
                                Math.min(10, lines.size()))) + (lines.size() > 10 ? " …" : "")
                        + " — a doubtful answer left blank is marked as no answer; clear the cell once checked.");
            }
        }
        if (!ignored.isEmpty()) {
            notes.add(file + ": " + (ignored.size() == 1 ? "column " : "columns ") + String.join(", ", ignored)
                    + " left out (not roll, name, set or a question number).");
        }
        return new ResponsesFile(file, header, roll, name, set, new LinkedHashMap<>(questions), rows, notes);
    }

    private static boolean columnUsed(List<Row> rows, int column) {
        return rows.stream().anyMatch(row -> !row.cell(column).isEmpty());
    }

    private static int first(int before, int index, String title, List<String> header, List<String> problems,
            Path file) {
        if (before >= 0) {
            problems.add(file + ":1: columns " + Letters.of(before) + " ('" + header.get(before) + "') and "
                    + Letters.of(index) + " ('" + title + "') mean the same — delete one.");
            return before;
        }
        return index;
    }
}

package papersetter.bank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import papersetter.io.InputFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import papersetter.config.ConfigException;
import papersetter.formats.ColumnMapping;
import papersetter.formats.ForeignBank;
import papersetter.formats.MappingSuggestion;
import papersetter.formats.Format;
import papersetter.formats.Table;
import papersetter.model.Question;
import papersetter.model.SourceRef;

/**
 * Loads and validates a bank: one CSV file or a folder of them. Every file and every row is
 * checked in one pass and all problems are reported together; the bank is returned only when
 * none of them is an error.
 */
public final class BankReader {
    /** A bank file bigger than this is not a question bank; reading it whole could exhaust memory. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final ProblemList problems = new ProblemList();
    private final List<Question> questions = new ArrayList<>();
    // Ids are compared without regard to case, because they are typed by hand and "dj-orm-1" beside "DJ-ORM-1" is a slip.
    private final FirstSeen ids = new FirstSeen(ComparableText::lowerCaseHash,
            (a, b) -> a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT)));
    private final List<SourceRef> idPlaces = new ArrayList<>();
    private final FirstSeen questionTexts = new FirstSeen(ComparableText::hash, ComparableText::same);
    private final List<String> questionTextIds = new ArrayList<>();
    private final List<SourceRef> questionTextPlaces = new ArrayList<>(); // null where the row had no id

    /** The mapping file named with --map, for a bank that is one CSV; null to look for NAME.map.yaml beside it. */
    private final Path mapFile;
    /** Given each good question as soon as it is read. */
    private final Consumer<Question> each;

    private BankReader(Path mapFile, Consumer<Question> each) {
        this.mapFile = mapFile;
        this.each = each;
    }

    /**
     * @param fileOrFolder a CSV file, or a folder whose *.csv files (searched recursively) form the bank
     * @throws BankException listing every problem found, when any of them is an error
     */
    public static Bank read(Path fileOrFolder) {
        return read(fileOrFolder, null);
    }

    /**
     * @param map a mapping file for a CSV whose columns are not papersetter's (see {@link ColumnMapping}),
     *     or null to use the NAME.map.yaml beside each CSV where there is one
     */
    public static Bank read(Path fileOrFolder, Path map) {
        return read(fileOrFolder, map, question -> { });
    }

    /**
     * As {@link #read(Path, Path)}, and hands each good question to {@code each} as soon as it is
     * read (on this thread, in the bank's order), so that work on single questions can go on beside
     * the reading. The questions handed over are the bank's, unless the read ends in a {@link BankException}.
     */
    public static Bank read(Path fileOrFolder, Path map, Consumer<Question> each) {
        BankReader reader = new BankReader(map, each);
        if (map != null && Files.isDirectory(fileOrFolder)) {
            reader.problems.error(map, 0, null, "a mapping file given with --map is for one CSV file, and "
                    + fileOrFolder + " is a folder", "name the CSV file, or put NAME.map.yaml beside each NAME.csv");
            return reader.finish(fileOrFolder, List.of());
        }
        List<Path> files = BankFiles.list(fileOrFolder, reader.problems);
        for (Path file : files) {
            try {
                reader.readFile(file);
            } catch (RuntimeException e) {
                // A fault of ours must still not reach a trainer as a stack trace; name the file at least.
                reader.problems.error(file, 0, null, "papersetter could not read this file ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", "please report this");
            }
        }
        return reader.finish(fileOrFolder, files);
    }

    /**
     * Reads one file's bytes as if they had been read from {@code file}, without the safety net
     * that {@link #read} puts around each file: the fuzz test calls this so that a fault of ours
     * surfaces as the exception it is instead of being turned into a polite problem.
     */
    static Bank readBytes(Path file, byte[] bytes) {
        BankReader reader = new BankReader(null, question -> { });
        reader.readBytesOf(file, bytes);
        return reader.finish(file, List.of(file));
    }

    private Bank finish(Path location, List<Path> files) {
        List<BankProblem> all = sorted(problems.all(), files);
        if (problems.hasErrors()) {
            throw new BankException(all);
        }
        return new Bank(location, questions, all, files);
    }

    /** Problems in file order then line order; problems about the whole file come first. */
    private static List<BankProblem> sorted(List<BankProblem> problems, List<Path> files) {
        return problems.stream()
                .sorted(Comparator.<BankProblem>comparingInt(p -> files.indexOf(p.file()))
                        .thenComparingInt(BankProblem::line))
                .toList();
    }

    private void readFile(Path file) {
        byte[] bytes = bytes(file);
        if (bytes != null) {
            readBytesOf(file, bytes);
        }
    }

    /** A file's bytes as CSV or, by its name and content, as one of the other formats papersetter reads. */
    private void readBytesOf(Path file, byte[] bytes) {
        Optional<Format> format = Format.of(file, bytes);
        if (format.isEmpty()) {
            problems.error(file, 0, null, "this file holds no questions papersetter can read",
                    "a bank is a CSV or .xlsx file, or questions in GIFT, Aiken or Moodle XML");
        } else if (format.get() == Format.CSV) {
            CsvDecoding.decode(bytes, file, problems).ifPresent(text -> readText(file, text));
        } else {
            for (Table table : ForeignBank.read(file, bytes, format.get())) {
                readTable(table.part() == null ? file : Path.of(file + " (" + table.part() + ")"), table);
            }
        }
    }

    /**
     * The rows another format was read into, checked as CSV rows are: the same header checks, the
     * same validator, the same repeat checks, so every rule of the bank applies to them.
     */
    private void readTable(Path file, Table table) {
        for (Table.Note note : table.notes()) {
            if (note.warning()) {
                problems.warning(file, note.line(), null, note.message(), note.fix());
            } else {
                problems.error(file, note.line(), null, note.message(), note.fix());
            }
        }
        if (table.header().isEmpty()) {
            return;
        }
        HeaderMap header = HeaderMap.read(table.header(), file, 1, problems);
        if (!header.complete()) {
            return;
        }
        RowValidator validator = new RowValidator(file, header, ',', problems);
        boolean anyData = false;
        for (Table.Row cells : table.rows()) {
            CsvReader.Row row = new CsvReader.Row(cells.line(), cells.cells(), -1L); // any cell may hold line breaks
            if (row.blank()) {
                continue;
            }
            anyData = true;
            SourceRef source = new SourceRef(file, row.line());
            checkRepeats(source, row, header);
            validator.validate(row, source).ifPresent(this::accept);
        }
        validator.finish();
        if (!anyData && !table.hasErrors() && table.part() != null) {
            problems.warning(file, 0, null, "the sheet has a header row but no questions", null);
        } else if (!anyData && !table.hasErrors() && table.notes().isEmpty()) {
            problems.error(file, 1, null, "the file has a header row but no questions",
                    "add one row per question below the header, or take the file out of the bank");
        }
    }

    private void accept(Question question) {
        questions.add(question);
        each.accept(question);
    }

    private byte[] bytes(Path file) {
        try {
            return InputFile.read(file, MAX_FILE_BYTES, "a question bank file");
        } catch (InputFile.Refused e) {
            problems.error(file, 0, null, e.reason(), e.fix());
            return null;
        } catch (IOException e) {
            problems.error(file, 0, null, "cannot read the file: " + BankFiles.reason(e), null);
            return null;
        }
    }

    /** Checks each row as it is read, so only the questions stay in memory, not every row's cells. */
    private void readText(Path file, CsvText text) {
        CsvReader csv = new CsvReader(text);
        CsvReader.Row headerRow = csv.nextFilled();
        if (headerRow == null) {
            csv.broken().ifPresentOrElse(broken -> reportBroken(file, broken, null, problems.count()),
                    () -> problems.error(file, 0, null, "the file is empty",
                            "a bank file needs a header row (id, level, topic, type, question, answer, …)"
                                    + " and one row per question"));
            return;
        }
        ColumnMapping.Bound mapping = mapping(file, headerRow.cells());
        if (mappingFailed) {
            return; // its problems are listed; the rows would only repeat that their columns are unknown
        }
        int headerProblems = problems.count();
        HeaderMap header = HeaderMap.read(mapping == null ? headerRow.cells() : mapping.header(), file,
                headerRow.line(), problems);
        boolean suggest = mapping == null && !header.complete()
                && MappingSuggestion.suggest(file, headerRow.cells()).isPresent();
        if (suggest) {
            problems.dropWarningsFrom(headerProblems); // "unknown column" for each of them says less than the mapping
        }
        List<List<String>> sample = new ArrayList<>(); // rows to suggest a mapping from
        int firstRowProblem = problems.count();
        // A broken quote is only found at the end, but is listed before the rows' problems, as when it was found first.
        int brokenAt = problems.count();
        // Without a required column every row would repeat the missing-column error, so rows are only read.
        RowValidator validator = header.complete() ? new RowValidator(file, header, csv.delimiter(), problems) : null;
        boolean anyData = false;
        csv.reuseCells(); // each row is done with before the next is read; the few sampled are copied
        for (CsvReader.Row row = csv.nextFilled(); row != null; row = csv.nextFilled()) {
            anyData = true;
            if (suggest && sample.size() < 1000) {
                sample.add(List.copyOf(row.cells()));
            }
            if (validator != null) {
                if (mapping != null) {
                    List<Table.Note> notes = new ArrayList<>();
                    row = new CsvReader.Row(row.line(), mapping.apply(row.line(), row.cells(), notes), -1L);
                    notes.forEach(note -> problems.error(file, note.line(), null, note.message(), note.fix()));
                }
                SourceRef source = new SourceRef(file, row.line());
                checkRepeats(source, row, header);
                validator.validate(row, source).ifPresent(this::accept);
            }
        }
        if (validator != null) {
            validator.finish();
        }
        if (suggest) {
            MappingSuggestion.suggest(file, headerRow.cells(), sample).ifPresent(yaml -> problems.warning(file,
                    headerRow.line(), null, "these columns look like a bank from another tool; papersetter reads it as"
                            + " it is with a mapping file", "save these lines as " + mappingName(file) + " beside it,"
                            + " check them, and run again:\n" + yaml.strip().indent(4).stripTrailing()));
        }
        if (mapping != null) {
            problems.renameColumns(firstRowProblem, column -> {
                String source = mapping.sourceOf(column);
                return source == null ? column : source;
            });
        }
        Optional<CsvReader.Broken> broken = csv.broken();
        broken.ifPresent(at -> reportBroken(file, at, header, brokenAt));
        if (!anyData && broken.isEmpty()) {
            problems.error(file, headerRow.line(), null, "the file has a header row but no questions",
                    "add one row per question below the header, or take the file out of the bank");
        }
    }

    private boolean mappingFailed;

    /**
     * The mapping of this CSV's columns, when a mapping file was named or lies beside it; null when
     * there is none. A mapping file with problems puts them in the list and sets {@link #mappingFailed}.
     */
    private ColumnMapping.Bound mapping(Path file, List<String> header) {
        Optional<Path> map = mapFile != null ? Optional.of(mapFile) : ColumnMapping.beside(file);
        if (map.isEmpty()) {
            return null;
        }
        try {
            return ColumnMapping.read(map.get()).bind(file, header);
        } catch (ConfigException e) {
            for (String problem : e.problems()) {
                java.util.regex.Matcher placed = PLACED.matcher(problem);
                if (placed.matches()) {
                    problems.error(map.get(), Integer.parseInt(placed.group(1)), null, placed.group(2), null);
                } else {
                    problems.error(map.get(), 0, null, problem.startsWith(map.get() + ": ")
                            ? problem.substring(map.get().toString().length() + 2) : problem, null);
                }
            }
            mappingFailed = true;
            return null;
        }
    }

    private static final java.util.regex.Pattern PLACED = java.util.regex.Pattern.compile("(?s).*?: line (\\d+): (.*)");

    private static String mappingName(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".map.yaml";
    }

    /** Ids must be unique across all files; a repeated question text is only suspicious. */
    private void checkRepeats(SourceRef here, CsvReader.Row row, HeaderMap header) {
        Path file = here.file();
        String id = header.cell(row.cells(), Column.ID).strip();
        boolean repeatedId = false;
        if (!id.isEmpty()) {
            int first = ids.firstOrAdd(id);
            if (first >= 0) {
                repeatedId = true;
                problems.error(file, row.line(), Column.ID.header(),
                        CellText.quote(id) + " is already the id of the question at " + idPlaces.get(first),
                        "give each question its own id");
            } else {
                idPlaces.add(here);
            }
        }
        String text = header.cell(row.cells(), Column.QUESTION);
        if (!text.isBlank() && !repeatedId) { // a repeated id already says the rows are the same question
            int first = questionTexts.firstOrAdd(text);
            if (first >= 0) {
                String firstId = questionTextIds.get(first);
                SourceRef firstAt = questionTextPlaces.get(first);
                problems.warning(file, row.line(), Column.QUESTION.header(),
                        CellText.quote(id) + " asks the same question as " + CellText.quote(firstId)
                                + (firstAt == null ? "" : " (" + firstAt + ")"),
                        "papers count it as one question with it; delete one or reword it");
            } else {
                questionTextIds.add(id);
                questionTextPlaces.add(id.isEmpty() ? null : here);
            }
        }
    }

    private void reportBroken(Path file, CsvReader.Broken broken, HeaderMap header, int index) {
        String column = header == null || broken.field() < 0 ? null : header.nameOf(broken.field());
        if (broken.field() < 0) {
            problems.errorAt(index, file, broken.line(), null, "the file cannot be read as CSV from this row on",
                    "check the quotes in this row; save the file again from the spreadsheet");
        } else if (broken.unterminated()) {
            problems.errorAt(index, file, broken.line(), column,
                    "a quoted cell starts on this line but its closing quote (\") is missing,"
                            + " so the rest of the file would be read as part of it",
                    "add the closing \" at the end of the cell; a \" inside a cell is written as two (\"\")");
        } else if (broken.closedAt() > broken.line()) {
            // A quote that "closes" lines later is nearly always the next cell's opening quote.
            problems.errorAt(index, file, broken.line(), column,
                    "a quoted cell starts on this line and runs on to line " + broken.closedAt()
                            + ", where text follows a quote; most likely its closing quote (\") is missing",
                    "add the closing \" at the end of the cell; a \" inside a cell is written as two (\"\")");
        } else {
            problems.errorAt(index, file, broken.line(), column,
                    "the cell starts with a quote (\") but more text follows its closing quote",
                    "put the whole cell in quotes and write each \" inside it as two (\"\"),"
                            + " as spreadsheets do when they save CSV");
        }
    }
}

package papersetter.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.JSONObjectException;
import com.fasterxml.jackson.jr.ob.JacksonJrExtension;
import com.fasterxml.jackson.jr.ob.api.ExtensionContext;
import com.fasterxml.jackson.jr.ob.api.ReaderWriterProvider;
import com.fasterxml.jackson.jr.ob.api.ValueReader;
import com.fasterxml.jackson.jr.ob.impl.JSONReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import papersetter.model.NegativeMarking;
import papersetter.model.OptionLabels;
import papersetter.model.Roll;

/**
 * Reads {@code manifest.json} into {@link Manifest} records, the one entry point for a manifest
 * from outside (a reprint, later marking, the fuzz test). A manifest is input like any other: it
 * may be cut short, edited by hand or not a manifest at all, so everything the records hold is
 * checked here and every fault is a {@link ManifestException} naming the file, the place and what
 * to do. What needs the bank (do the ids exist, do the option letters fit the question) is checked
 * by the reprint.
 *
 * <p>Numbers and text are read strictly: jackson-jr would otherwise read {@code "seed": "x"} as 0
 * and {@code "seed": true} as 1, and reprint another paper without a word.
 */
public final class ManifestReader {
    /** The most a manifest may hold; 5 000 sets of 100 questions come to about 100 MB. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Set letters as {@link papersetter.model.Letters} makes them: A … Z, AA, … (5 000 sets need three). */
    private static final Pattern SET_LETTER = Pattern.compile("[A-Z]{1,4}");
    private static final Pattern OPTION_LETTER = Pattern.compile("[A-Z]");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{1,16}(-[0-9A-Z]{1,16})?");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SHEET_RUN = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern SHEET_FILE = Pattern.compile("sheet-[A-Z]{1,4}\\.pdf");
    private static final int PROBLEMS_SHOWN = 10;

    private static final JSON READER = JSON.builder(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .register(new JacksonJrExtension() {
                @Override
                protected void register(ExtensionContext context) {
                    context.insertProvider(new StrictScalars());
                }
            }).build();

    private ManifestReader() {
    }

    public static Manifest read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ManifestException(file + ": no such file — give the manifest.json of an earlier run.");
        } catch (AccessDeniedException e) {
            throw new ManifestException(file + ": cannot be read (permission denied).");
        } catch (IOException e) {
            throw new ManifestException(file + ": cannot be read (" + (Files.isDirectory(file) ? "it is a folder"
                    : e.getMessage()) + ") — give the manifest.json of an earlier run.");
        }
    }

    public static Manifest read(byte[] json) {
        return read(json, "manifest");
    }

    public static Manifest read(byte[] json, String name) {
        try {
            return read(new ByteArrayInputStream(json), name);
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory", e);
        }
    }

    private static Manifest read(InputStream in, String name) throws IOException {
        return read(in, name, MAX_BYTES);
    }

    /** @param limit the most bytes read before the input is refused ({@link #MAX_BYTES}; less in tests) */
    static Manifest read(InputStream in, String name, long limit) throws IOException {
        Manifest manifest;
        try {
            manifest = READER.beanFrom(Manifest.class, new Capped(in, limit));
        } catch (TooLarge e) {
            throw tooLarge(name, limit);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof TooLarge) {
                throw tooLarge(name, limit);
            }
            throw new ManifestException(name + ": " + where(e.getLocation()) + why(e)
                    + " — is it the manifest.json of a run, unchanged?");
        }
        if (manifest == null) {
            throw new ManifestException(name + ": holds null, not a manifest — give the manifest.json of an earlier run.");
        }
        List<String> problems = problems(manifest);
        if (!problems.isEmpty()) {
            List<String> shown = new ArrayList<>(problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())));
            if (problems.size() > PROBLEMS_SHOWN) {
                shown.add("… and " + (problems.size() - PROBLEMS_SHOWN) + " more");
            }
            throw new ManifestException(name + ": not a manifest papersetter can reprint:\n  "
                    + String.join("\n  ", shown)
                    + "\nUse the manifest.json of a run as papersetter wrote it, or generate a new run.");
        }
        return manifest.version() == null ? withVersion(manifest, 1) : manifest;
    }

    private static ManifestException tooLarge(String name, long limit) {
        String size = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit + " bytes";
        return new ManifestException(name + ": larger than " + size + ", the most a manifest may hold; stopped"
                + " reading there. Is it the manifest.json of a run?");
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + (location.getColumnNr() > 0 ? ", column " + location.getColumnNr() : "")
                + ": ";
    }

    /** The parser's fault in words; its own text names internal token types. */
    private static String why(JsonProcessingException e) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof Wrong) {
            return raw;
        }
        if (e instanceof StreamConstraintsException) {
            return "nested deeper than a manifest is, or a value longer than one holds";
        }
        if (raw.startsWith("Duplicate field '")) {
            return "'" + raw.substring("Duplicate field '".length(), raw.indexOf('\'', 17)) + "' appears twice";
        }
        if (raw.contains("end-of-input") || raw.contains("No content")) {
            return "the file ends before the manifest does (is it cut short or empty?)";
        }
        if (e instanceof JsonParseException) {
            return "not JSON here";
        }
        return "a value of the wrong kind here (a list, an object, text or a number where another belongs)";
    }

    private static Manifest withVersion(Manifest m, int version) {
        return new Manifest(m.papersetter(), version, m.seed(), m.request(), m.bankFiles(), m.printFile(), m.keysFile(),
                m.drawing(), m.sets(), m.sheets());
    }

    /** Everything that can be checked without the bank, all at once. */
    private static List<String> problems(Manifest m) {
        List<String> problems = new ArrayList<>();
        if (m.version() != null && (m.version() < 1 || m.version() > Manifest.VERSION)) {
            problems.add("'version' is " + m.version() + "; this papersetter reads versions 1 to " + Manifest.VERSION
                    + (m.version() > Manifest.VERSION ? " (a newer papersetter made it: reprint it with that one)" : ""));
        }
        if (m.seed() == null) {
            problems.add("'seed' is missing");
        }
        if (m.request() == null) {
            problems.add("'request' is missing");
        } else {
            if (m.request().bank() == null || m.request().bank().isBlank()) {
                problems.add("'request' names no 'bank'");
            }
            pathProblem("request.bank", m.request().bank(), problems);
            pathProblem("request.layoutSource", m.request().layoutSource(), problems);
            pathProblem("request.layout", m.request().layout(), problems);
            if (m.request().wrong() != null && !penalty(m.request().wrong())) {
                problems.add("'request.wrong' is '" + printable(m.request().wrong()) + "', not a share of marks from -1 to 0");
            }
        }
        if (m.bankFiles() == null || m.bankFiles().isEmpty()) {
            problems.add("'bankFiles' names no bank file, so the bank cannot be checked against the run's");
        } else {
            for (int i = 0; i < m.bankFiles().size(); i++) {
                Manifest.BankFile file = m.bankFiles().get(i);
                if (file == null || file.path() == null || file.path().isBlank()) {
                    problems.add("bankFiles[" + i + "] names no 'path'");
                } else if (pathProblem("bankFiles[" + i + "]", file.path(), problems)) {
                    continue;
                } else if (file.sha256() == null || !SHA256.matcher(file.sha256()).matches()) {
                    problems.add("bankFiles[" + i + "] (" + file.path() + ") has no SHA-256 (64 hex digits)");
                }
            }
        }
        if (m.sets() == null || m.sets().isEmpty()) {
            problems.add("'sets' is " + (m.sets() == null ? "missing" : "empty") + ": there is nothing to reprint");
            return problems;
        }
        Set<String> letters = new HashSet<>();
        for (int s = 0; s < m.sets().size(); s++) {
            Manifest.SetEntry set = m.sets().get(s);
            if (set == null) {
                problems.add("sets[" + s + "] is null");
                continue;
            }
            String letter = set.set();
            String label = "set " + (letter == null ? "#" + (s + 1) : "'" + printable(letter) + "'");
            if (letter == null || !SET_LETTER.matcher(letter).matches()) {
                problems.add(label + ": a set is named by capital letters A, B, … AA, AB, …");
            } else if (!letters.add(letter)) {
                problems.add(label + " appears twice; each set's papers would overwrite the other's");
            }
            if (set.code() == null || !CODE.matcher(set.code()).matches()) {
                problems.add(label + ": 'code' is " + (set.code() == null ? "missing" : "'" + printable(set.code())
                        + "'") + "; a paper code is letters and digits with a hyphen, e.g. 597N-A");
            }
            itemProblems(set, label, problems);
        }
        sheetProblems(m, letters, problems);
        return problems;
    }

    /**
     * A scan reader plans the sheets again from these values, and its QR codes are matched against
     * {@code run}: whatever would plan another sheet than was printed, or none, is refused here.
     */
    private static void sheetProblems(Manifest m, Set<String> letters, List<String> problems) {
        Manifest.Sheets sheets = m.sheets();
        if (sheets == null) {
            return;
        }
        if (sheets.run() == null || !SHEET_RUN.matcher(sheets.run()).matches()) {
            problems.add("'sheets.run' is not 12 hexadecimal digits");
        }
        for (String[] size : new String[][] {{"pageWidth", sheets.pageWidth(), "590"},
            {"pageHeight", sheets.pageHeight(), "790"}}) {
            if (!pageSize(size[1], Float.parseFloat(size[2]))) {
                problems.add("'sheets." + size[0] + "' is not an answer sheet's page size in points (A4 or Letter"
                        + " at least, at most 14400)");
            }
        }
        if (sheets.rollDigits() == null || sheets.rollDigits() < 1 || sheets.rollDigits() > 12) {
            problems.add("'sheets.rollDigits' is not a number from 1 to 12");
        }
        if (sheets.optionLabels() == null || OptionLabels.of(sheets.optionLabels()).isEmpty()) {
            problems.add("'sheets.optionLabels' is not one of " + OptionLabels.settings());
        }
        if (sheets.files() == null || sheets.files().size() != m.sets().size()) {
            problems.add("'sheets.files' does not name one sheet per set");
        } else {
            for (int i = 0; i < sheets.files().size(); i++) {
                Manifest.SheetFile file = sheets.files().get(i);
                if (file == null || m.sets().get(i) == null || !java.util.Objects.equals(file.set(), m.sets().get(i).set())
                        || file.file() == null || !SHEET_FILE.matcher(file.file()).matches()) {
                    problems.add("sheets.files[" + i + "] is not the sheet file of set " + (m.sets().get(i) == null ? "?"
                            : printable(String.valueOf(m.sets().get(i).set()))));
                }
            }
        }
        for (Manifest.SetEntry set : m.sets()) {
            if (set == null || set.questions() == null) {
                continue;
            }
            for (Manifest.Item item : set.questions()) {
                if (item == null) {
                    continue;
                }
                String at = "set '" + printable(String.valueOf(set.set())) + "' question " + item.number();
                if (item.type() == null || item.type().isBlank() || item.type().length() > 20) {
                    problems.add(at + ": no 'type', so its row on the answer sheet is unknown");
                } else if ((item.type().equals("mcq") || item.type().equals("multi"))
                        && (item.options() == null || item.options().isEmpty() || item.options().size() > 8)) {
                    problems.add(at + ": an " + item.type() + " item needs 1 to 8 options for its answer-sheet row");
                }
                if (!sheetMarks(item.marks())) {
                    problems.add(at + ": 'marks' is not a number of marks above 0 and at most 1000");
                }
            }
        }
        if (sheets.students() != null) {
            Set<String> rolls = new HashSet<>();
            for (int i = 0; i < sheets.students().size(); i++) {
                Manifest.StudentEntry student = sheets.students().get(i);
                if (student == null || student.roll() == null || !Roll.valid(student.roll())) {
                    problems.add("sheets.students[" + i + "] has no roll number a sheet's QR code can hold");
                } else if (!rolls.add(student.roll())) {
                    problems.add("sheets.students[" + i + "]: roll '" + printable(student.roll()) + "' appears twice");
                }
                if (student != null && (student.set() == null || !letters.contains(student.set()))) {
                    problems.add("sheets.students[" + i + "] sits no set of this run");
                }
                if (student != null && student.name() == null) {
                    problems.add("sheets.students[" + i + "] has no 'name'");
                }
            }
        }
    }

    /** A sheet is never printed on a page smaller than A4 or Letter (590 × 790 points). */
    private static boolean pageSize(String text, float least) {
        try {
            float value = Float.parseFloat(text);
            return value >= least && value <= 14400;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }

    private static boolean sheetMarks(String text) {
        try {
            BigDecimal value = new BigDecimal(text);
            return value.signum() > 0 && value.compareTo(BigDecimal.valueOf(1000)) <= 0 && value.scale() <= 3;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }

    /** A path no file system can hold (a NUL) is refused here rather than failing deep in the reprint. */
    private static boolean pathProblem(String where, String path, List<String> problems) {
        if (path != null && path.chars().anyMatch(c -> c == 0)) {
            problems.add("'" + where + "' holds a NUL character, so it is not a path: '" + printable(path) + "'");
            return true;
        }
        return false;
    }

    private static boolean penalty(String text) {
        try {
            BigDecimal value = new BigDecimal(text);
            return value.scale() <= 3 && value.precision() <= 10 && NegativeMarking.allowed(value);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void itemProblems(Manifest.SetEntry set, String label, List<String> problems) {
        List<Manifest.Item> items = set.questions();
        if (items == null || items.isEmpty()) {
            problems.add(label + ": 'questions' is " + (items == null ? "missing" : "empty"));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Manifest.Item item = items.get(i);
            String at = label + " question " + (i + 1);
            if (item == null || item.id() == null || item.id().isBlank()) {
                problems.add(at + ": no 'id'");
                continue;
            }
            at += " (" + printable(item.id()) + ")";
            if (item.number() == null || item.number() != i + 1) {
                problems.add(at + ": 'number' is " + item.number() + ", not " + (i + 1));
            }
            if (item.options() != null) {
                Set<String> seen = new HashSet<>();
                for (String option : item.options()) {
                    if (option == null || !OPTION_LETTER.matcher(option).matches()) {
                        problems.add(at + ": option '" + (option == null ? "null" : printable(option))
                                + "' is not a letter A, B, C, …");
                    } else if (!seen.add(option)) {
                        problems.add(at + ": option " + option + " appears twice in " + item.options());
                    }
                }
            }
        }
        if (set.sections() == null) {
            // Read by the reprint, which says what to do with a manifest made before sections were recorded.
            return;
        }
        int next = 1;
        for (Manifest.SectionEntry section : set.sections()) {
            if (section == null || section.first() == null || section.last() == null || section.first() != next
                    || section.last() < section.first() || section.last() > items.size()) {
                problems.add(label + ": its sections do not cover questions 1 to " + items.size() + " in order");
                return;
            }
            next = section.last() + 1;
            if (section.wrong() != null && !penalty(section.wrong())) {
                problems.add(label + ": a section's 'wrong' is '" + printable(section.wrong())
                        + "', not a share of marks from -1 to 0");
            }
        }
        if (next != items.size() + 1) {
            problems.add(label + ": its sections do not cover questions 1 to " + items.size() + " in order");
        }
    }

    /** Text from the file as it may be shown in a message: control characters as \\uXXXX, and not too long. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(40).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 40 ? out + "…" : out.toString();
    }

    /** A value of the wrong kind, said in words, at its place. */
    private static final class Wrong extends JSONObjectException {
        Wrong(JsonParser parser, String message) {
            super(message, parser.currentLocation());
        }
    }

    /** Numbers that are whole numbers in range and text that is text; null stays null (missing). */
    private static final class StrictScalars extends ReaderWriterProvider {
        @Override
        public ValueReader findValueReader(JSONReader context, Class<?> type) {
            if (type == String.class) {
                return new Scalar(String.class, "text in quotes");
            }
            if (type == Integer.class || type == Long.class) {
                return new Scalar(type, "a whole number");
            }
            return null;
        }
    }

    private static final class Scalar extends ValueReader {
        private final String expected;

        Scalar(Class<?> type, String expected) {
            super(type);
            this.expected = expected;
        }

        @Override
        public Object read(JSONReader reader, JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (_valueType == String.class && token == JsonToken.VALUE_STRING) {
                return parser.getText();
            }
            if (token == JsonToken.VALUE_NUMBER_INT && _valueType == Long.class
                    && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                return parser.getLongValue();
            }
            if (token == JsonToken.VALUE_NUMBER_INT && _valueType == Integer.class
                    && parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            String found = switch (token) {
                case VALUE_STRING -> "text";
                case VALUE_NUMBER_INT -> "a number too large";
                case VALUE_NUMBER_FLOAT -> "a number with a fraction";
                case VALUE_TRUE, VALUE_FALSE -> "true/false";
                case START_ARRAY -> "a list";
                case START_OBJECT -> "an object";
                default -> String.valueOf(token);
            };
            throw new Wrong(parser, "'" + field(parser) + "' must be " + expected + ", not " + found);
        }

        private static String field(JsonParser parser) {
            JsonStreamContext context = parser.getParsingContext();
            if (context.inArray()) {
                JsonStreamContext parent = context.getParent();
                return (parent == null || parent.getCurrentName() == null ? "" : parent.getCurrentName())
                        + "[" + context.getCurrentIndex() + "]";
            }
            return context.getCurrentName() == null ? "value" : context.getCurrentName();
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("over the limit");
        }
    }

    /** Stops reading at {@link #MAX_BYTES}, so {@code --from /dev/zero} cannot read for ever. */
    private static final class Capped extends FilterInputStream {
        private final long limit;
        private long read;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge();
            }
        }
    }
}

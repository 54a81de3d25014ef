package papersetter.history;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import papersetter.io.InputFile;
import papersetter.model.Sha256;
import papersetter.output.ManifestReader;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteJDBCLoader;
import papersetter.model.BadInputException;

/**
 * The record of runs: an SQLite database in the output folder. A run's rows are written in one
 * transaction, so a run is recorded whole or not at all; questions are indexed, so how often each
 * was used and which the last N runs used are read without going through every run. The run
 * folders are the truth: a folder whose row is missing (a run killed between renaming its folder
 * into place and recording it, or a database lost) is added back from its manifest, and an
 * older {@code history.jsonl} is taken in once.
 *
 * <p>Tables are named for what they hold, so that marking results can join them later:
 * {@code runs}, {@code run_sets} (each set's question ids in printed order), {@code run_questions}
 * (which run used which question), {@code question_uses} (runs per question, kept up to date in
 * the same transaction), {@code folders} (every run folder looked at, and the run it holds),
 * {@code meta}, and for {@code papersetter mark}: {@code markings} (one per marked run folder),
 * {@code scores}, {@code responses} (each student's answer and marks per question) and
 * {@code item_stats} (indexed by question, for {@code history --item}).
 */
final class RunDatabase implements AutoCloseable {
    static final String FILE = "papersetter.db";
    static final String OLD_HISTORY = "history.jsonl";
    /** 2: the markings' tables added ({@code CREATE TABLE IF NOT EXISTS}, so a version 1 database is taken up). */
    private static final int VERSION = 2;
    /** An old history of 300 000 runs is about 150 MB; a larger file is not one papersetter wrote. */
    private static final long OLD_HISTORY_LIMIT = 1L << 30;
    private static final String IMPORTED = "imported-history.jsonl";
    private static final String QUESTION_INDEX =
            "CREATE INDEX IF NOT EXISTS run_questions_by_question ON run_questions (question)";

    private final Path outDir;
    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    private RunDatabase(Path outDir, Connection connection) {
        this.outDir = outDir;
        this.connection = connection;
    }

    static Path file(Path outDir) {
        return outDir.resolve(FILE);
    }

    /**
     * Unpacks and loads SQLite's native library, some 60 ms of a run's start. A failure is left
     * for {@link #open} to meet and report in words; here it changes nothing.
     */
    static void loadLibrary() {
        try {
            SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            // open() loads it again and says what went wrong
        }
    }

    /** Opens the database, making it and its tables if it is new. */
    static RunDatabase open(Path outDir) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // Two runs into one folder at once: the second waits for the first's transaction, and a
        // transaction takes the write lock when it begins, so two never wait for each other.
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setCacheSize(-32_768); // 32 MB rather than 2: taking in a long history touches many pages
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file(outDir));
        Connection connection = source.getConnection();
        try {
            RunDatabase database = new RunDatabase(outDir, connection);
            database.createTables();
            return database;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void createTables() throws SQLException {
        int version;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            version = result.next() ? result.getInt(1) : 0;
        }
        if (version == VERSION) {
            return;
        }
        if (version > VERSION) {
            throw new SQLException("made by a newer papersetter (version " + version + ")");
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, folder TEXT NOT NULL UNIQUE,"
                    + " time TEXT NOT NULL, bank TEXT NOT NULL, seed INTEGER NOT NULL, spec TEXT NOT NULL,"
                    + " manifest_sha256 TEXT, recorded_from TEXT NOT NULL)");
            statement.execute("CREATE INDEX IF NOT EXISTS runs_by_time ON runs (time, id)");
            statement.execute("CREATE INDEX IF NOT EXISTS runs_by_manifest ON runs (manifest_sha256)");
            statement.execute("CREATE TABLE IF NOT EXISTS run_sets (run_id INTEGER NOT NULL REFERENCES runs (id),"
                    + " position INTEGER NOT NULL, set_letter TEXT NOT NULL, questions TEXT NOT NULL,"
                    + " PRIMARY KEY (run_id, position)) WITHOUT ROWID");
            statement.execute("CREATE TABLE IF NOT EXISTS run_questions (run_id INTEGER NOT NULL REFERENCES runs (id),"
                    + " question TEXT NOT NULL, PRIMARY KEY (run_id, question)) WITHOUT ROWID");
            statement.execute(QUESTION_INDEX);
            statement.execute("CREATE TABLE IF NOT EXISTS question_uses (question TEXT PRIMARY KEY,"
                    + " runs INTEGER NOT NULL) WITHOUT ROWID");
            statement.execute("CREATE TABLE IF NOT EXISTS folders (folder TEXT PRIMARY KEY,"
                    + " run_id INTEGER REFERENCES runs (id), note TEXT NOT NULL) WITHOUT ROWID");
            statement.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID");
            statement.execute("CREATE TABLE IF NOT EXISTS markings (id INTEGER PRIMARY KEY, folder TEXT NOT NULL UNIQUE,"
                    + " time TEXT NOT NULL, responses TEXT NOT NULL, students INTEGER NOT NULL, mean REAL NOT NULL,"
                    + " median REAL NOT NULL, sd REAL, kr20 REAL)");
            statement.execute("CREATE TABLE IF NOT EXISTS scores (marking_id INTEGER NOT NULL REFERENCES markings (id),"
                    + " roll TEXT NOT NULL, name TEXT NOT NULL, set_letter TEXT NOT NULL, score TEXT NOT NULL,"
                    + " out_of TEXT NOT NULL, PRIMARY KEY (marking_id, roll)) WITHOUT ROWID");
            statement.execute("CREATE TABLE IF NOT EXISTS responses (marking_id INTEGER NOT NULL REFERENCES markings (id),"
                    + " roll TEXT NOT NULL, question TEXT NOT NULL, set_letter TEXT NOT NULL, number INTEGER NOT NULL,"
                    + " response TEXT NOT NULL, marks TEXT NOT NULL, PRIMARY KEY (marking_id, roll, question)) WITHOUT ROWID");
            statement.execute("CREATE TABLE IF NOT EXISTS item_stats (marking_id INTEGER NOT NULL REFERENCES markings (id),"
                    + " question TEXT NOT NULL, students INTEGER NOT NULL, facility REAL NOT NULL, point_biserial REAL,"
                    + " upper_lower REAL, flags TEXT NOT NULL, PRIMARY KEY (marking_id, question)) WITHOUT ROWID");
            statement.execute("CREATE INDEX IF NOT EXISTS item_stats_by_question ON item_stats (question)");
            statement.execute("PRAGMA user_version = " + VERSION);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Adds {@code entry} (a run just written, whose folder is in place) and brings the record up to
     * date with the output folder, all in one transaction.
     */
    void record(HistoryEntry entry, Optional<String> digest) throws SQLException {
        inTransaction(() -> {
            add(entry, digest.orElseGet(() -> manifestDigest(entry.run())), "run");
            catchUp();
        });
    }

    /**
     * Takes in an older history.jsonl once, and adds every run folder that has no row yet; when
     * there is nothing to add, nothing is written.
     */
    void catchUp() throws SQLException {
        Path old = outDir.resolve(OLD_HISTORY);
        boolean importOld = Files.isRegularFile(old) && meta(IMPORTED).isEmpty();
        List<Path> missing = missingFolders();
        if (connection.getAutoCommit()) {
            if (importOld || !missing.isEmpty()) {
                inTransaction(this::catchUp); // looks again inside the transaction: another run may have added them
            }
            return;
        }
        if (importOld) {
            importOld(old);
            setMeta(IMPORTED, "taken in; the file is no longer read or written");
        }
        for (Path folder : missing) {
            Optional<HistoryEntry> run = ManifestSummary.read(folder.resolve("manifest.json"));
            if (run.isEmpty()) {
                continue; // not a manifest papersetter wrote; looked at again next time
            }
            String digest = manifestDigest(run.get().run());
            Optional<Long> original = runWithManifest(digest);
            if (original.isPresent()) {
                // generate --from reprints a run byte for byte; the reprint is not a run of its own.
                folder(run.get().run(), original.get(), "a reprint");
            } else {
                add(run.get(), digest, "manifest");
            }
        }
    }

    /**
     * The run folders (with a manifest) that have no row, in name order. Each entry of the output
     * folder is looked up by its name: the cost follows the folders on disk, not the runs recorded
     * (an imported history may name 300 000 runs long deleted).
     */
    private List<Path> missingFolders() throws SQLException {
        List<Path> missing = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(outDir)) {
            PreparedStatement known = statement("SELECT 1 FROM folders WHERE folder = ?");
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || name.startsWith(FILE)) {
                    continue;
                }
                known.setString(1, name);
                boolean recorded;
                try (ResultSet result = known.executeQuery()) {
                    recorded = result.next();
                }
                if (!recorded && Files.isRegularFile(entry.resolve("manifest.json"))) {
                    missing.add(entry);
                }
            }
        } catch (IOException e) {
            return List.of(); // an unreadable output folder is reported by the run that writes into it
        }
        missing.sort(null);
        return missing;
    }

    private void importOld(Path old) throws SQLException {
        try {
            InputFile.checkRegular(old, "a history of runs");
            if (Files.size(old) > OLD_HISTORY_LIMIT) {
                throw new BadInputException(old + ": the file is " + InputFile.size(Files.size(old)) + ", more than the "
                        + InputFile.size(OLD_HISTORY_LIMIT) + " a history of runs may hold — move it out of the folder");
            }
        } catch (IOException e) {
            throw new SQLException("cannot read " + old + ": " + e.getMessage(), e);
        }
        // The index by question is made once at the end: kept up to date row by row, it made the import ten times slower.
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX IF EXISTS run_questions_by_question");
        }
        // Line by line: an old history of 300 000 runs is 190 MB, twice that as text in memory.
        try (BufferedReader reader = Files.newBufferedReader(old, StandardCharsets.UTF_8)) {
            int number = 0;
            String next = reader.readLine();
            while (next != null) {
                String line = next.strip();
                next = reader.readLine();
                number++;
                if (line.isEmpty()) {
                    continue;
                }
                HistoryEntry entry;
                try {
                    entry = OldHistoryLine.parse(JSON.std.mapFrom(line));
                } catch (IOException | RuntimeException e) {
                    if (next == null) {
                        continue; // a run killed while appending; its run was never committed
                    }
                    throw new BadInputException(old + ":" + number + ": not a run record papersetter wrote ("
                            + OldHistoryLine.why(e) + ") — delete this line, or the whole file to forget every earlier run");
                }
                add(entry, null, "history.jsonl", false);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(QUESTION_INDEX);
            }
            // The uses of the runs taken in, counted in one pass rather than one update per question per run.
            try (PreparedStatement count = connection.prepareStatement("INSERT INTO question_uses (question, runs)"
                    + " SELECT question, count(*) FROM run_questions q JOIN runs r ON r.id = q.run_id"
                    + " WHERE r.recorded_from = 'history.jsonl' GROUP BY question"
                    + " ON CONFLICT (question) DO UPDATE SET runs = runs + excluded.runs")) {
                count.executeUpdate();
            }
        } catch (IOException e) {
            throw new SQLException("cannot read " + old + ": " + e.getMessage(), e);
        }
    }

    private void add(HistoryEntry entry, String manifestDigest, String from) throws SQLException {
        add(entry, manifestDigest, from, true);
    }

    /** @param countUses false while an old history is taken in: its uses are counted once at the end */
    private void add(HistoryEntry entry, String manifestDigest, String from, boolean countUses) throws SQLException {
        PreparedStatement insert = statement("INSERT OR IGNORE INTO runs"
                + " (folder, time, bank, seed, spec, manifest_sha256, recorded_from) VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.setString(1, entry.run());
        insert.setString(2, entry.time());
        insert.setString(3, entry.bank());
        insert.setLong(4, entry.seed());
        insert.setString(5, entry.spec());
        insert.setString(6, manifestDigest);
        insert.setString(7, from);
        if (insert.executeUpdate() == 0) {
            return; // recorded already (a history.jsonl that names a run twice)
        }
        long id;
        try (ResultSet result = statement("SELECT last_insert_rowid()").executeQuery()) {
            result.next();
            id = result.getLong(1);
        }
        PreparedStatement sets = statement("INSERT INTO run_sets (run_id, position, set_letter, questions) VALUES (?, ?, ?, ?)");
        // Sets in letter order (A … Z, AA, …): the entry's map keeps none.
        List<Map.Entry<String, List<String>>> ordered = entry.sets().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        int position = 0;
        for (Map.Entry<String, List<String>> set : ordered) {
            sets.setLong(1, id);
            sets.setInt(2, position++);
            sets.setString(3, set.getKey());
            sets.setString(4, String.join("\n", set.getValue()));
            sets.executeUpdate();
        }
        PreparedStatement used = statement("INSERT INTO run_questions (run_id, question) VALUES (?, ?)");
        PreparedStatement count = statement("INSERT INTO question_uses (question, runs) VALUES (?, 1)"
                + " ON CONFLICT (question) DO UPDATE SET runs = runs + 1");
        for (String question : entry.ids()) {
            used.setLong(1, id);
            used.setString(2, question);
            used.executeUpdate();
            if (countUses) {
                count.setString(1, question);
                count.executeUpdate();
            }
        }
        folder(entry.run(), id, from);
    }

    /** A statement prepared once per connection: an import adds hundreds of thousands of runs. */
    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    private void folder(String name, long runId, String note) throws SQLException {
        PreparedStatement insert = statement("INSERT OR REPLACE INTO folders (folder, run_id, note) VALUES (?, ?, ?)");
        insert.setString(1, name);
        insert.setLong(2, runId);
        insert.setString(3, note);
        insert.executeUpdate();
    }

    private Optional<Long> runWithManifest(String digest) throws SQLException {
        if (digest == null) {
            return Optional.empty();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM runs WHERE manifest_sha256 = ? ORDER BY id LIMIT 1")) {
            select.setString(1, digest);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(result.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The SHA-256 of a run folder's manifest, by which a reprint of the run is known; null if it has none. */
    private String manifestDigest(String folder) {
        Path manifest = outDir.resolve(folder).resolve("manifest.json");
        try {
            return Sha256.hex(InputFile.read(manifest, ManifestReader.MAX_BYTES, "a run's manifest"));
        } catch (IOException | BadInputException e) {
            return null;
        }
    }

    /** How many runs used each question. */
    Map<String, Integer> uses() throws SQLException {
        Map<String, Integer> uses = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT question, runs FROM question_uses");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                uses.put(result.getString(1), result.getInt(2));
            }
        }
        return uses;
    }

    /** The questions the latest {@code runs} runs used. */
    Set<String> usedInLatest(int runs) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT question FROM run_questions"
                + " WHERE run_id IN (SELECT id FROM runs ORDER BY time DESC, id DESC LIMIT ?)")) {
            select.setInt(1, runs);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
        }
        return ids;
    }

    int runs() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM runs");
                ResultSet result = select.executeQuery()) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    /** The latest {@code count} runs, oldest first. */
    List<HistoryEntry> latest(int count) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, folder, time, bank, seed, spec FROM"
                + " (SELECT * FROM runs ORDER BY time DESC, id DESC LIMIT ?) ORDER BY time, id");
                PreparedStatement sets = connection.prepareStatement(
                        "SELECT set_letter, questions FROM run_sets WHERE run_id = ? ORDER BY position")) {
            select.setInt(1, count);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Map<String, List<String>> letters = new LinkedHashMap<>();
                    sets.setLong(1, result.getLong(1));
                    try (ResultSet set = sets.executeQuery()) {
                        while (set.next()) {
                            String questions = set.getString(2);
                            letters.put(set.getString(1), questions.isEmpty() ? List.of() : List.of(questions.split("\n")));
                        }
                    }
                    entries.add(new HistoryEntry(result.getString(2), result.getString(3), result.getString(4),
                            result.getLong(5), result.getString(6), letters));
                }
            }
        }
        return entries;
    }

    /**
     * Records a marking of a run folder in one transaction; an earlier marking of the same folder is
     * replaced, as its {@code marks/} folder is.
     */
    void recordMarking(MarkingEntry entry) throws SQLException {
        inTransaction(() -> {
            Optional<Long> earlier = Optional.empty();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM markings WHERE folder = ?")) {
                select.setString(1, entry.run());
                try (ResultSet result = select.executeQuery()) {
                    if (result.next()) {
                        earlier = Optional.of(result.getLong(1));
                    }
                }
            }
            if (earlier.isPresent()) {
                for (String table : List.of("scores", "responses", "item_stats", "markings")) {
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                            + (table.equals("markings") ? " WHERE id = ?" : " WHERE marking_id = ?"))) {
                        delete.setLong(1, earlier.get());
                        delete.executeUpdate();
                    }
                }
            }
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO markings (folder, time, responses,"
                    + " students, mean, median, sd, kr20) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, entry.run());
                insert.setString(2, entry.time());
                insert.setString(3, entry.responses());
                insert.setInt(4, entry.students());
                insert.setDouble(5, entry.mean());
                insert.setDouble(6, entry.median());
                insert.setObject(7, entry.sd());
                insert.setObject(8, entry.kr20());
                insert.executeUpdate();
            }
            try (ResultSet result = statement("SELECT last_insert_rowid()").executeQuery()) {
                result.next();
                id = result.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scores (marking_id, roll, name,"
                    + " set_letter, score, out_of) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (MarkingEntry.Score score : entry.scores()) {
                    insert.setLong(1, id);
                    insert.setString(2, score.roll());
                    insert.setString(3, score.name());
                    insert.setString(4, score.set());
                    insert.setString(5, score.score());
                    insert.setString(6, score.outOf());
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO responses (marking_id, roll,"
                    + " question, set_letter, number, response, marks) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (MarkingEntry.Response response : entry.responseRows()) {
                    insert.setLong(1, id);
                    insert.setString(2, response.roll());
                    insert.setString(3, response.question());
                    insert.setString(4, response.set());
                    insert.setInt(5, response.number());
                    insert.setString(6, response.response());
                    insert.setString(7, response.marks());
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO item_stats (marking_id, question,"
                    + " students, facility, point_biserial, upper_lower, flags) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (MarkingEntry.ItemRow item : entry.items()) {
                    insert.setLong(1, id);
                    insert.setString(2, item.question());
                    insert.setInt(3, item.students());
                    insert.setDouble(4, item.facility());
                    insert.setObject(5, item.pointBiserial());
                    insert.setObject(6, item.upperLower());
                    insert.setString(7, item.flags());
                    insert.executeUpdate();
                }
            }
        });
    }

    /** How a question did in each marking that had it, oldest first. */
    List<MarkingEntry.ItemHistory> itemHistory(String question) throws SQLException {
        List<MarkingEntry.ItemHistory> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT m.folder, m.time, s.students, s.facility,"
                + " s.point_biserial, s.upper_lower, s.flags FROM item_stats s JOIN markings m ON m.id = s.marking_id"
                + " WHERE s.question = ? ORDER BY m.time, m.id")) {
            select.setString(1, question);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new MarkingEntry.ItemHistory(result.getString(1), result.getString(2), result.getInt(3),
                            result.getDouble(4), (Double) nullable(result, 5), (Double) nullable(result, 6),
                            result.getString(7)));
                }
            }
        }
        return rows;
    }

    private static Object nullable(ResultSet result, int column) throws SQLException {
        double value = result.getDouble(column);
        return result.wasNull() ? null : value;
    }

    private Optional<String> meta(String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
            }
        }
    }

    private void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement statement : prepared.values()) {
                statement.close();
            }
            connection.close();
        } catch (SQLException e) {
            // nothing was left to write: every change is committed or rolled back before this
        }
    }
}

package papersetter.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.model.Sha256;
import papersetter.testing.Cli;

/**
 * The record of runs (papersetter.db in the output folder) through the real command: a run folder
 * and its record never disagree for long, an older history.jsonl is taken in once, a damaged
 * record is made again from the run folders, and a run whose papers are written is not failed
 * because it could not be recorded.
 */
class RunRecordTest {
    static final Path SMALL = Path.of("src/test/resources/robustness/small.csv");

    @TempDir
    Path out;

    @Test
    void aRunFolderWithoutItsRecordIsAddedBackAndCountsForAvoidRecent() throws IOException {
        assertThat(generate("--count", "2").exitCode()).isZero();
        Files.delete(History.file(out)); // as if the run was killed after its folder was renamed into place
        Cli second = generate("--count", "2", "--avoid-recent", "1");
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(2);
        assertThat(second.err()).contains("2 more questions match but were used in the last run (--avoid-recent 1)");
        Cli history = Cli.run("history", "--out", out.toString());
        assertThat(history.out()).startsWith("1 run recorded in " + History.file(out) + "; 2 questions used.");
    }

    @Test
    void anOldHistoryIsTakenInOnceAndLeftInPlace() throws IOException {
        String old = "{\"run\":\"small-20261101-090000-seed1\",\"time\":\"2026-11-01T09:00:00\",\"bank\":\"b\",\"seed\":1,"
                + "\"sets\":{\"A\":[\"S-001\",\"S-002\"]}}\n"
                + "{\"run\":\"small-20261102-090000-seed2\",\"time\":\"2026-11-02T09:00:00\",\"bank\":\"b\",\"seed\":2,"
                + "\"sets\":{\"A\":[\"S-001\"],\"B\":[\"S-001\"]}}\n";
        Path jsonl = Files.writeString(out.resolve("history.jsonl"), old);
        assertThat(generate("--count", "1").exitCode()).isZero();
        assertThat(generate("--count", "1").exitCode()).isZero();
        Cli history = Cli.run("history", "--out", out.toString(), "--all");
        assertThat(history.out()).startsWith("4 runs recorded in " + History.file(out));
        assertThat(history.out()).contains("small-20261101-090000-seed1", "small-20261102-090000-seed2",
                "  S-001                ");
        assertThat(Files.readString(jsonl)).isEqualTo(old);
    }

    @Test
    void aDamagedLineInTheOldHistoryIsNamedWithItsLineAndNothingIsWritten() throws IOException {
        Path jsonl = Files.writeString(out.resolve("history.jsonl"), "{\"run\":\"r1\",\"sets\":{\"A\":5}}\n"
                + "{\"run\":\"r2\",\"sets\":{\"A\":[\"S-001\"]}}\n");
        Cli run = generate("--count", "1");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(jsonl + ":1: not a run record papersetter wrote (set A holds 5 where a list of"
                + " question ids should be) — delete this line, or the whole file to forget every earlier run\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("history.jsonl");
        }
    }

    @Test
    void aDamagedRecordIsMovedAsideAndMadeAgainFromTheRunFolders() throws IOException {
        assertThat(generate("--count", "1").exitCode()).isZero();
        Files.writeString(History.file(out), "not a database at all");
        Cli history = Cli.run("history", "--out", out.toString());
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out()).startsWith("1 run recorded in " + History.file(out));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("papersetter.db.damaged-"));
        }
    }

    @Test
    void theRecordHoldsTheDigestOfTheManifestAsItIsOnDisk() throws Exception {
        // The run hands over the digest of the bytes it wrote rather than reading the file back;
        // reprints are known by it, so it must be the file's.
        assertThat(generate("--count", "2").exitCode()).isZero();
        Path manifest = firstRunManifest();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + History.file(out));
                ResultSet row = db.createStatement().executeQuery("SELECT manifest_sha256 FROM runs")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(Sha256.hex(manifest));
        }
    }

    @Test
    void aReprintIsNotARunOfItsOwn() throws IOException {
        assertThat(generate("--count", "2").exitCode()).isZero();
        Path manifest = firstRunManifest();
        Cli reprint = Cli.run("generate", "--from", manifest.toString(), "--out", out.toString());
        assertThat(reprint.exitCode()).as(reprint.toString()).isZero();
        Cli history = Cli.run("history", "--out", out.toString());
        assertThat(history.out()).startsWith("1 run recorded in " + History.file(out));
    }

    @Test
    void aRecordThatCannotBeWrittenIsSaidWithTheFileAndTheReasonButDoesNotFailTheRun() throws IOException {
        Files.createDirectories(History.file(out));
        HistoryEntry entry = new HistoryEntry("small-20261101-090000-seed1", "2026-11-01T09:00:00", "b", 1, "",
                Map.of("A", List.of("S-001")));
        Optional<String> problem = History.record(out, entry, Optional.empty());
        assertThat(problem).contains("Cannot add the run to the record of runs " + History.file(out) + ": a folder is in"
                + " the way where this file should be. Move the folder, or choose another output folder with --out."
                + " The papers are written; the next run into " + out + " adds this one from its folder.");
        Cli run = generate("--count", "1");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Cannot read the record of runs " + History.file(out) + ": a folder is in the"
                + " way where this file should be. Move the folder, or choose another output folder with --out.\n");
    }

    private Path firstRunManifest() throws IOException {
        try (Stream<Path> runs = Files.list(out)) {
            return runs.filter(Files::isDirectory).findFirst().orElseThrow().resolve("manifest.json");
        }
    }

    private Cli generate(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--bank", SMALL.toString(), "--out",
                out.toString(), "--sets", "1", "--seed", "3"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }
}

package papersetter.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.model.RunFailure;

/** A run folder appears whole or not at all, and every way writing it can fail is said plainly. */
class RunFolderTest {
    @TempDir
    Path out;

    @Test
    void aFinishedRunIsRenamedIntoPlaceAndLeavesNoTemporaryFolder() {
        Path committed;
        try (RunFolder folder = RunFolder.create(out, "run")) {
            folder.write("paper-A.pdf", new byte[] {1, 2, 3});
            assertThat(entries(out)).singleElement().asString().startsWith(RunFolder.TEMP_PREFIX);
            committed = folder.commit();
        }
        assertThat(committed).isEqualTo(out.resolve("run"));
        assertThat(entries(out)).containsExactly("run");
        assertThat(entries(committed)).containsExactly("paper-A.pdf");
    }

    @Test
    void everyFileOfAFinishedRunHoldsWhatWasWrittenToIt() throws IOException {
        // Files are put on disk in the background as they are written; the folder must not move
        // into place before the last of them, nor with the bytes of an earlier write.
        Path committed;
        try (RunFolder folder = RunFolder.create(out, "run")) {
            for (int i = 0; i < 300; i++) {
                folder.write("paper-" + i + ".pdf", ("first " + i).getBytes());
            }
            folder.write("paper-7.pdf", "second 7".getBytes());
            // the print file is written straight into the working folder, not through write()
            Files.writeString(folder.workingFolder().resolve("all-papers.pdf"), "print");
            committed = folder.commit();
        }
        assertThat(entries(committed)).hasSize(301);
        assertThat(Files.readString(committed.resolve("paper-7.pdf"))).isEqualTo("second 7");
        assertThat(Files.readString(committed.resolve("paper-299.pdf"))).isEqualTo("first 299");
        assertThat(Files.readString(committed.resolve("all-papers.pdf"))).isEqualTo("print");
    }

    @Test
    void aRunGivenUpIsNotMadeAgainByFilesStillGoingToDisk() throws Exception {
        try (RunFolder folder = RunFolder.create(out, "run")) {
            for (int i = 0; i < 300; i++) {
                folder.write("paper-" + i + ".pdf", new byte[4096]);
            }
        }
        assertThat(entries(out)).isEmpty();
        Thread.sleep(200); // time for a file still queued to be put on disk, if it could be
        assertThat(entries(out)).isEmpty();
    }

    @Test
    void nothingIsWrittenIntoARunGivenUp() {
        RunFolder folder = RunFolder.create(out, "run");
        folder.close();
        assertThatThrownBy(() -> folder.write("paper-A.pdf", new byte[] {1}))
                .isInstanceOf(RunFailure.class);
        assertThat(entries(out)).isEmpty();
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNothingBehind() throws IOException {
        try (RunFolder folder = RunFolder.create(out, "run")) {
            folder.write("paper-A.pdf", new byte[] {1});
            Files.createDirectory(folder.workingFolder().resolve("key-A.pdf")); // this write cannot succeed
            assertThatThrownBy(() -> folder.write("key-A.pdf", new byte[] {2}))
                    .isInstanceOf(RunFailure.class)
                    .hasMessageStartingWith("Cannot write " + out.resolve("run").resolve("key-A.pdf") + ": ")
                    .hasMessageContaining("Nothing was written;");
        }
        assertThat(entries(out)).isEmpty();
    }

    @Test
    void aFullDiskIsSaidPlainly() {
        RunFailure failure = RunFolder.failure("write output/run/paper-A.pdf",
                new FileSystemException("output/.papersetter-tmp-1/paper-A.pdf", null, "No space left on device"));
        assertThat(failure).hasMessage("Cannot write output/run/paper-A.pdf: the disk is full. Nothing was written;"
                + " free some space, or choose a folder on another disk with --out.");
    }

    @Test
    void aFullQuotaIsAFullDisk() {
        RunFailure failure = RunFolder.failure("write output/run/paper-A.pdf",
                new FileSystemException("output/.papersetter-tmp-1/paper-A.pdf", null, "Disk quota exceeded"));
        assertThat(failure).hasMessageStartingWith("Cannot write output/run/paper-A.pdf: the disk is full.");
    }

    @Test
    void aFolderWithoutWritePermissionIsSaidPlainly() {
        RunFailure failure = RunFolder.failure("create the output folder /srv/papers",
                new AccessDeniedException("/srv/papers/.papersetter-tmp-1-123"));
        assertThat(failure).hasMessage("Cannot create the output folder /srv/papers: permission denied."
                + " Nothing was written; choose a folder you can write to with --out.");
    }

    @Test
    void aReadOnlyDiskIsSaidPlainly() {
        RunFailure failure = RunFolder.failure("create the output folder /mnt/cd",
                new FileSystemException("/mnt/cd/.papersetter-tmp-1-123", null, "Read-only file system"));
        assertThat(failure).hasMessage("Cannot create the output folder /mnt/cd: the disk is read-only."
                + " Nothing was written; choose a folder on another disk with --out.");
    }

    @Test
    void aFileWhereTheOutputFolderShouldBeIsNamed() throws IOException {
        Path file = Files.writeString(out.resolve("papers"), "not a folder");
        assertThatThrownBy(() -> RunFolder.create(file.resolve("inside"), "run"))
                .isInstanceOf(RunFailure.class)
                .hasMessage("Cannot create the output folder " + file.resolve("inside") + ": a file is in the way where"
                        + " a folder should be (" + file + "). Nothing was written; choose another"
                        + " folder with --out, or move that file.");
        RunFailure exists = RunFolder.failure("create the output folder papers", new FileAlreadyExistsException("papers"));
        assertThat(exists).hasMessage("Cannot create the output folder papers: a file is in the way where a folder"
                + " should be (papers). Nothing was written; choose another folder with --out, or move that file.");
    }

    @Test
    void aTemporaryFolderOfAProcessThatHasEndedIsRemovedByTheNextRun() throws IOException {
        Path abandoned = Files.createDirectories(out.resolve(RunFolder.TEMP_PREFIX + deadPid() + "-123"));
        Files.write(abandoned.resolve("paper-A.pdf"), new byte[] {1});
        try (RunFolder folder = RunFolder.create(out, "run")) {
            assertThat(Files.exists(abandoned)).isFalse();
        }
    }

    @Test
    void aTemporaryFolderOfARunStillGoingIsLeftAlone() throws IOException {
        Path running = Files.createDirectories(out.resolve(RunFolder.TEMP_PREFIX + ProcessHandle.current().pid() + "-9"));
        try (RunFolder folder = RunFolder.create(out, "run")) {
            assertThat(Files.exists(running)).isTrue();
        }
    }

    @Test
    void aReusedProcessIdDoesNotKeepAnOldTemporaryFolderAlive() throws IOException {
        // The id is of a live process (this one), but the folder was last written before it started.
        Path stale = Files.createDirectories(out.resolve(RunFolder.TEMP_PREFIX + ProcessHandle.current().pid() + "-7"));
        Files.setLastModifiedTime(stale, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        try (RunFolder folder = RunFolder.create(out, "run")) {
            assertThat(Files.exists(stale)).isFalse();
        }
    }

    @Test
    void foldersThatAreNotOursAreLeftAlone() throws IOException {
        Path other = Files.createDirectories(out.resolve(RunFolder.TEMP_PREFIX + "notes"));
        try (RunFolder folder = RunFolder.create(out, "run")) {
            assertThat(Files.exists(other)).isTrue();
        }
    }

    /** An id no live process has: a child that has been started and has ended. */
    private static long deadPid() throws IOException {
        Process process = new ProcessBuilder("true").start();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.pid();
    }

    private static List<String> entries(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

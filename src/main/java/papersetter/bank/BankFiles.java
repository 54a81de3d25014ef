package papersetter.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import papersetter.formats.Format;

/**
 * Which files make up a bank: the one file named, or every bank file under the folder named, in
 * path order: CSV, Excel workbooks, GIFT, and Aiken or Moodle XML files (.txt and .xml only when
 * their content is questions).
 */
final class BankFiles {
    private BankFiles() {
    }

    static List<Path> list(Path fileOrFolder, ProblemList problems) {
        if (!Files.exists(fileOrFolder)) {
            problems.error(fileOrFolder, 0, null, "no such file or folder",
                    "check the path; a relative path is read from " + Path.of("").toAbsolutePath());
            return List.of();
        }
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            List<Path> files = walk
                    .filter(path -> !hidden(fileOrFolder.relativize(path)))
                    .filter(Format::mayBeBank)
                    .filter(Files::isRegularFile)
                    .filter(BankFiles::questionsInside)
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                problems.error(fileOrFolder, 0, null, "no bank files in this folder (.csv, .xlsx, .gift, Aiken .txt,"
                                + " Moodle .xml)", "put the bank's files here, or give the path of one bank file");
            }
            return files;
        } catch (IOException | UncheckedIOException e) {
            problems.error(fileOrFolder, 0, null, "cannot read this folder: " + reason(e), null);
            return List.of();
        }
    }

    /**
     * A .txt or .xml file in a bank folder is part of the bank only when it holds Aiken, GIFT or
     * Moodle XML questions: a folder may also hold notes and other XML files.
     */
    private static boolean questionsInside(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".txt") && !name.endsWith(".xml")) {
            return true;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return Format.of(file, in.readNBytes(64 * 1024)).isPresent();
        } catch (IOException e) {
            return true; // read it as part of the bank, where the failure is reported with its reason
        }
    }

    /** Dot-files and Excel's "~$" lock files are not part of anyone's bank. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    /** An I/O failure in words, without the exception class names Java puts in its messages. */
    static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof NoSuchFileException) {
            return "it has gone missing";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "the system could not read it" : message;
    }
}

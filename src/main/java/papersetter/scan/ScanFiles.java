package papersetter.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import papersetter.io.Signature;
import papersetter.model.BadInputException;
import papersetter.model.NaturalOrder;

/**
 * The scan files {@code --scans} names: one file, or every scan in one folder sorted by name (as a
 * scanner numbers them). Each is known by its first bytes, not its name; a file whose name says
 * one kind and whose bytes another, a link out of the folder, or a file too big is refused with
 * every such problem said at once, before any page is read.
 */
final class ScanFiles {
    /** A 500-page scan at 300 dpi in colour stays well under this. */
    static final long MAX_FILE_BYTES = 2L << 30;
    static final int MAX_FILES = 10_000;

    enum Kind {
        PDF("a PDF"), PNG("a PNG picture"), JPEG("a JPEG picture"), TIFF("a TIFF picture");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    record ScanFile(Path path, Kind kind) {
    }

    private ScanFiles() {
    }

    /**
     * @param notes where files left out of a folder (not scans) are said
     */
    static List<ScanFile> list(Path input, List<String> notes) {
        if (!Files.exists(input)) {
            throw new BadInputException(input + ": no such file or folder — give the scanned PDF, a picture, or the"
                    + " folder the scanner wrote, e.g. --scans scans/");
        }
        List<String> problems = new ArrayList<>();
        List<ScanFile> files = new ArrayList<>();
        if (Files.isDirectory(input)) {
            Path folder;
            List<Path> entries = new ArrayList<>();
            try {
                folder = input.toRealPath();
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(input)) {
                    for (Path entry : stream) {
                        entries.add(entry);
                        if (entries.size() > MAX_FILES * 2) {
                            throw new BadInputException(input + ": more than " + MAX_FILES + " files — give the scans"
                                    + " of one class in a folder of their own.");
                        }
                    }
                }
            } catch (IOException e) {
                throw new BadInputException(input + ": the folder cannot be read (" + e.getMessage() + ").");
            }
            entries.sort(Comparator.comparing(p -> p.getFileName().toString(), NaturalOrder.TEXT));
            List<String> skipped = new ArrayList<>();
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // .DS_Store and the like, which every file manager hides too
                }
                Kind named = byExtension(name);
                if (Files.isDirectory(entry)) {
                    skipped.add(name + "/");
                    continue;
                }
                if (Files.isSymbolicLink(entry)) {
                    try {
                        if (!entry.toRealPath().startsWith(folder)) {
                            problems.add(entry + ": a link to " + entry.toRealPath() + ", outside the folder — copy the"
                                    + " scan into the folder instead of linking to it.");
                            continue;
                        }
                    } catch (IOException e) {
                        problems.add(entry + ": a link to a file that is not there — remove the link.");
                        continue;
                    }
                }
                if (named == null) {
                    skipped.add(name);
                    continue;
                }
                check(entry, named, problems, files);
            }
            if (!skipped.isEmpty()) {
                notes.add(input + ": " + (skipped.size() == 1 ? "1 file" : skipped.size() + " files")
                        + " left out, not a scan (PDF, PNG, JPEG or TIFF): " + String.join(", ",
                                skipped.subList(0, Math.min(5, skipped.size())))
                        + (skipped.size() > 5 ? " and " + (skipped.size() - 5) + " more" : "") + ".");
            }
            if (files.isEmpty() && problems.isEmpty()) {
                throw new BadInputException(input + ": no scans in this folder — it needs PDF, PNG, JPEG or TIFF"
                        + " files of the answer sheets.");
            }
        } else {
            Kind named = byExtension(input.getFileName().toString());
            if (named == null) {
                Kind actual = sniff(input, problems);
                if (actual != null) {
                    files.add(new ScanFile(input, actual));
                } else if (problems.isEmpty()) {
                    problems.add(input + ": not a scan — give a PDF, PNG, JPEG or TIFF file of the answer sheets, or"
                            + " the folder that holds them.");
                }
            } else {
                check(input, named, problems, files);
            }
        }
        if (files.size() > MAX_FILES) {
            problems.add(input + ": " + files.size() + " scans, more than " + MAX_FILES + " — mark a class at a time.");
        }
        if (!problems.isEmpty()) {
            throw new BadInputException((problems.size() == 1 ? "" : problems.size() + " problems with the scans;"
                    + " nothing was marked:\n  ") + String.join("\n  ", problems.subList(0, Math.min(10,
                            problems.size()))) + (problems.size() > 10 ? "\n  … and " + (problems.size() - 10)
                                    + " more" : ""));
        }
        return files;
    }

    private static void check(Path file, Kind named, List<String> problems, List<ScanFile> files) {
        try {
            if (!Files.isRegularFile(file)) {
                problems.add(file + ": not a regular file — give the scan file itself.");
                return;
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(file + ": " + (size >> 20) + " MB, more than the " + (MAX_FILE_BYTES >> 20) + " MB a scan"
                        + " file may be — scan at 200 dpi greyscale, or split it.");
                return;
            }
        } catch (IOException e) {
            problems.add(file + ": cannot be read (" + e.getMessage() + ").");
            return;
        }
        Kind actual = sniff(file, problems);
        if (actual == null) {
            if (problems.isEmpty() || !problems.get(problems.size() - 1).startsWith(file.toString())) {
                problems.add(file + ": named like " + named.words + " but it is not one (nor any scan papersetter"
                        + " reads) — it is damaged or not a scan; scan the sheets again.");
            }
            return;
        }
        if (actual != named) {
            problems.add(file + ": named like " + named.words + " but it is " + actual.words + " — rename it to ."
                    + actual.name().toLowerCase(Locale.ROOT).replace("jpeg", "jpg") + ", or let the scanner save it"
                    + " again.");
            return;
        }
        files.add(new ScanFile(file, actual));
    }

    /** The kind a file's first bytes say, or null. */
    private static Kind sniff(Path file, List<String> problems) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            problems.add(file + ": no such file.");
            return null;
        } catch (IOException e) {
            problems.add(file + ": cannot be read (" + e.getMessage() + ").");
            return null;
        }
        byte[] read = Arrays.copyOf(head, n);
        if (Signature.startsWith(read, '%', 'P', 'D', 'F')) {
            return Kind.PDF;
        }
        if (n >= 8 && Signature.startsWith(read, 0x89, 'P', 'N', 'G')) {
            return Kind.PNG;
        }
        if (Signature.startsWith(read, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (Signature.startsWith(read, 'I', 'I', 42, 0) || Signature.startsWith(read, 'M', 'M', 0, 42)) {
            return Kind.TIFF;
        }
        return null;
    }

    static Kind byExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (extension) {
            case "pdf" -> Kind.PDF;
            case "png" -> Kind.PNG;
            case "jpg", "jpeg", "jpe" -> Kind.JPEG;
            case "tif", "tiff" -> Kind.TIFF;
            default -> null;
        };
    }
}

package papersetter.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import papersetter.model.BadInputException;

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
            entries.sort(Comparator.comparing(p -> p.getFileName().toString(), ScanFiles::byName));
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
        if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return Kind.PDF;
        }
        if (n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Kind.PNG;
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Kind.JPEG;
        }
        if (n >= 4 && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
                || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42))) {
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

    /** Names in the order a person reads them: "scan2" before "scan10". */
    static int byName(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                continue;
            }
            int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
            if (c != 0) {
                return c;
            }
            i++;
            j++;
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}

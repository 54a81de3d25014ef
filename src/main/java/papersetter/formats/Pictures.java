package papersetter.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pictures embedded in a Moodle XML file ({@code <file name="…" encoding="base64">}), written out
 * beside the bank so that the bank's {@code image} column can name them: the pictures of
 * {@code quiz.xml} go into the folder {@code quiz-pictures/} next to it. A picture's name from the
 * file is cut to its last part and to letters, digits, '.', '-' and '_', so no name can reach outside
 * that folder; only PNG and JPEG (known by their first bytes, not their names) are kept, each at most
 * {@link #MAX_BYTES}. Nothing is written until the whole file has been read without an error, a
 * picture already there with the same bytes is left as it is, and one with other bytes is never
 * overwritten.
 */
public final class Pictures {
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PICTURES = 2000;

    private final Map<Path, byte[]> pending = new LinkedHashMap<>();
    private final Map<Path, Integer> lines = new LinkedHashMap<>();

    /** The folder the pictures of {@code bankFile} are written to. */
    static Path folderFor(Path bankFile) {
        Path parent = bankFile.toAbsolutePath().getParent();
        return parent.resolve(Draft.stem(bankFile) + "-pictures");
    }

    /**
     * The image cell for a question: the path, relative to the bank file, of the first picture its
     * text shows (or holds), or "" when it has none. Problems go into {@code notes}.
     */
    String forQuestion(Path bankFile, int line, XmlTree.Element questionText, List<String> shown, List<Table.Note> notes) {
        List<XmlTree.Element> files = questionText.all("file");
        if (files.isEmpty()) {
            if (!shown.isEmpty()) {
                notes.add(new Table.Note(line, "the question shows a picture (" + shown.get(0)
                        + ") that is not inside the file", "export the question again with its files, or add an image"
                        + " column in a CSV bank", true));
            }
            return "";
        }
        XmlTree.Element chosen = files.get(0);
        for (String source : shown) {
            String wanted = safeName(lastPart(source));
            for (XmlTree.Element candidate : files) {
                if (safeName(lastPart(candidate.attribute("name"))).equals(wanted)) {
                    chosen = candidate;
                    break;
                }
            }
        }
        if (files.size() > 1) {
            notes.add(new Table.Note(line, "the question holds " + files.size() + " pictures; a paper prints one"
                    + " per question, so only " + lastPart(chosen.attribute("name")) + " is kept", null, true));
        }
        if (!chosen.attribute("encoding").equalsIgnoreCase("base64")) {
            notes.add(new Table.Note(chosen.line(), "a picture not written in base64 is left out", null, true));
            return "";
        }
        byte[] bytes;
        try {
            String text = chosen.text().toString();
            if (text.length() / 4L * 3 > MAX_BYTES + 3) {
                notes.add(new Table.Note(chosen.line(), "the picture is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB", "make it smaller (a paper needs no more than about 300 dots per inch)", false));
                return "";
            }
            bytes = MoodleXmlReader.base64(text);
        } catch (IllegalArgumentException e) {
            notes.add(new Table.Note(chosen.line(), "the picture's base64 text is damaged",
                    "export the question from Moodle again", false));
            return "";
        }
        String extension = isPng(bytes) ? ".png" : isJpeg(bytes) ? ".jpg" : null;
        if (extension == null) {
            notes.add(new Table.Note(chosen.line(), "the picture " + lastPart(chosen.attribute("name"))
                    + " is neither PNG nor JPEG, which is all a paper can print; it is left out",
                    "save it as PNG and put it in an image column", true));
            return "";
        }
        String name = safeName(lastPart(chosen.attribute("name")));
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        name = (base.isEmpty() ? "picture-" + line : base) + extension;
        Path folder = folderFor(bankFile);
        Path target = folder.resolve(name);
        byte[] earlier = pending.get(target);
        if (earlier != null && !Arrays.equals(earlier, bytes)) {
            name = base + "-" + line + extension;
            target = folder.resolve(name);
        }
        if (pending.size() >= MAX_PICTURES) {
            notes.add(new Table.Note(line, "more than " + MAX_PICTURES + " pictures in one file", "split the file", false));
            return "";
        }
        pending.put(target, bytes);
        lines.put(target, chosen.line());
        return folder.getFileName() + "/" + name;
    }

    /**
     * Writes the pictures read, each through a temporary file renamed into place, and says what
     * stands in the way of any of them.
     */
    void write(List<Table.Note> notes) {
        if (pending.isEmpty()) {
            return;
        }
        Path folder = pending.keySet().iterator().next().getParent();
        if (Files.isSymbolicLink(folder) || Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            notes.add(new Table.Note(0, folder + " is in the way of the bank's pictures: it is not a folder",
                    "move it away; papersetter writes the pictures of the file there", false));
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            notes.add(new Table.Note(0, "cannot make the folder " + folder + " for the bank's pictures: " + e.getMessage(),
                    "make the bank's folder writable, or save the pictures yourself and use a CSV bank", false));
            return;
        }
        for (Map.Entry<Path, byte[]> picture : pending.entrySet()) {
            Path target = picture.getKey();
            try {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                            || !Arrays.equals(Files.readAllBytes(target), picture.getValue())) {
                        notes.add(new Table.Note(lines.get(target), target + " already exists and holds another picture",
                                "move it away, so that papersetter can write this question's picture there", false));
                    }
                    continue;
                }
                Path temporary = Files.createTempFile(folder, ".picture-", ".tmp");
                try {
                    Files.write(temporary, picture.getValue());
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException e) {
                notes.add(new Table.Note(lines.get(target), "cannot write " + target + ": " + e.getMessage(),
                        "make the bank's folder writable", false));
            }
        }
    }

    /** The pictures read but not yet written, by their place. */
    List<Path> pending() {
        return new ArrayList<>(pending.keySet());
    }

    static String lastPart(String name) {
        String clean = name.replace('\\', '/');
        return clean.substring(clean.lastIndexOf('/') + 1);
    }

    static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (safe.length() > 80) {
            safe = safe.substring(safe.length() - 80);
        }
        return safe.toLowerCase(Locale.ROOT);
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }
}

package papersetter.formats;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import papersetter.model.BadInputException;
import papersetter.model.Question;
import papersetter.model.RunFailure;

/**
 * Writes questions in one of the formats papersetter converts to. The file appears whole or not at
 * all (written beside its place under a temporary name, then renamed); pictures a bank file needs
 * go into {@code NAME-pictures/} beside it. Every kind of thing the format cannot hold is returned,
 * once, so that the command can say it.
 */
public final class Converter {
    /**
     * @param written the file written
     * @param pictures the folder the pictures went into, or null when none were copied
     * @param losses what the format could not hold, one line per kind
     */
    public record Result(Path written, int questions, Path pictures, List<String> losses) {
    }

    private Converter() {
    }

    /** Where a conversion of {@code in} goes when no output is named: beside it, with the format's extension. */
    public static Path defaultOutput(Path in, Format to) {
        String name = in.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String suffix = to == Format.QTI ? "-qti.zip" : to == Format.MOODLE_XML ? "-moodle.xml" : to.extension();
        return in.toAbsolutePath().resolveSibling(stem + suffix);
    }

    public static Result write(List<Question> questions, Format to, Path out, String title) {
        if (Files.exists(out)) {
            throw new BadInputException(out + " already exists. Nothing was written; name another file with -o,"
                    + " or move that one away.");
        }
        Losses losses = new Losses(to.title());
        PictureCopies pictures = new PictureCopies(questions);
        byte[] bytes;
        Path pictureFolder = null;
        try {
            Map<Path, String> names = pictures.names;
            bytes = switch (to) {
                case CSV -> BankFileWriter.csv(questions, pictures.relativeTo(out));
                case XLSX -> BankFileWriter.xlsx(questions, pictures.relativeTo(out));
                case GIFT -> GiftWriter.write(questions, losses).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                case AIKEN -> AikenWriter.write(questions, losses).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                case MOODLE_XML -> MoodleXmlWriter.write(questions, names, losses);
                case QTI -> QtiWriter.write(questions, names, title, losses);
            };
            if ((to == Format.CSV || to == Format.XLSX) && !pictures.isEmpty()) {
                Path folder = Pictures.folderFor(out);
                if (Files.exists(folder)) {
                    throw new BadInputException(folder + " already exists. Nothing was written; name another file"
                            + " with -o, or move that folder away.");
                }
                pictureFolder = pictures.copyBeside(out);
            }
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".papersetter-", ".tmp");
            try {
                Files.write(temporary, bytes);
                try {
                    Files.move(temporary, out, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, out);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            deleteQuietly(pictureFolder);
            throw new RunFailure("Cannot write " + out + ": " + e.getMessage() + ". Nothing was written.", e);
        }
        return new Result(out, questions.size() - losses.leftOut(), pictureFolder, losses.lines());
    }

    /** Takes back the pictures copied for a file that could not be written. */
    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // the message about the file that failed matters more
        }
    }
}

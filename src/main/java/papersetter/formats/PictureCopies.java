package papersetter.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papersetter.model.Question;

/**
 * The pictures of converted questions, each under a name of its own: the file's name, or the
 * question's id before it when two different pictures share a name.
 */
final class PictureCopies {
    final Map<Path, String> names = new LinkedHashMap<>();

    PictureCopies(List<Question> questions) {
        for (Question q : questions) {
            q.image().ifPresent(picture -> {
                if (names.containsKey(picture)) {
                    return;
                }
                String name = Pictures.safeName(picture.getFileName().toString());
                if (names.containsValue(name)) {
                    name = Pictures.safeName(q.id() + "-" + name);
                }
                names.put(picture, name);
            });
        }
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** Where each picture is, relative to a bank file written to {@code out}, once copied beside it. */
    Map<Path, String> relativeTo(Path out) {
        Map<Path, String> relative = new LinkedHashMap<>();
        String folder = Pictures.folderFor(out).getFileName().toString();
        names.forEach((picture, name) -> relative.put(picture, folder + "/" + name));
        return relative;
    }

    /** Copies the pictures into the folder beside {@code out} ({@code NAME-pictures/}); returns that folder. */
    Path copyBeside(Path out) throws IOException {
        Path folder = Pictures.folderFor(out);
        Files.createDirectories(folder);
        for (Map.Entry<Path, String> picture : names.entrySet()) {
            Files.write(folder.resolve(picture.getValue()), Files.readAllBytes(picture.getKey()));
        }
        return folder;
    }

    static byte[] read(Path picture) throws IOException {
        return Files.readAllBytes(picture);
    }
}

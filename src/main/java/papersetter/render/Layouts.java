package papersetter.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import papersetter.io.InputFile;
import papersetter.model.BadInputException;

/**
 * Finds a layout by name (a file in the {@code layouts/} folder) or by path (a trainer's own
 * file). The exam layout is built in, so it works even where no {@code layouts/} folder is found.
 */
public final class Layouts {
    public static final String DEFAULT = "exam";

    private Layouts() {
    }

    public static Layout load(String nameOrPath) {
        return load(nameOrPath, new HashSet<>());
    }

    private static Layout load(String nameOrPath, Set<Path> reading) {
        Path file = locate(nameOrPath);
        if (file == null) {
            if (nameOrPath.equals(DEFAULT)) {
                return Layout.DEFAULTS;
            }
            throw new BadInputException("Unknown layout '" + nameOrPath + "'. The shipped layouts are: "
                    + String.join(", ", shipped()) + "; or give the path of a layout file (.yaml).");
        }
        Path key = file.toAbsolutePath().normalize();
        if (!reading.add(key)) {
            throw new BadInputException(file + ": the layout extends itself (through 'extends') — remove the loop");
        }
        return new LayoutReader(parent -> load(parent, reading), reading).read(file);
    }

    /** A path if it names a file; otherwise layouts/NAME.yaml here or beside the launcher. */
    static Path locate(String nameOrPath) {
        Path given = Path.of(nameOrPath);
        if (isPath(nameOrPath)) {
            if (Files.exists(given) && !Files.isRegularFile(given)) {
                try {
                    InputFile.checkRegular(given, "a layout file"); // refuses a folder or a device by name
                } catch (java.io.IOException e) {
                    // gone since: reported as not found below
                }
            }
            if (!Files.isRegularFile(given)) {
                throw new BadInputException("Layout file " + nameOrPath + " not found — check the path, or use a shipped"
                        + " layout: " + String.join(", ", shipped()) + ".");
            }
            return given;
        }
        for (Path folder : folders()) {
            Path candidate = folder.resolve(nameOrPath + ".yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** A layout given as a file rather than by a shipped layout's name. */
    static boolean isPath(String nameOrPath) {
        return nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || nameOrPath.contains("/")
                || nameOrPath.contains("\\");
    }

    static List<String> shipped() {
        Set<String> names = new TreeSet<>();
        names.add(DEFAULT);
        for (Path folder : folders()) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                        .map(n -> n.substring(0, n.length() - 5)).forEach(names::add);
            } catch (java.io.IOException e) {
                // an unreadable folder simply offers no layouts
            }
        }
        return List.copyOf(names);
    }

    private static List<Path> folders() {
        Path here = Path.of("layouts");
        String home = System.getProperty("papersetter.home");
        Stream<Path> candidates = home == null ? Stream.of(here) : Stream.of(here, Path.of(home, "layouts"));
        return candidates.filter(Files::isDirectory).distinct().toList();
    }
}

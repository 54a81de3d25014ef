package papersetter.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import papersetter.io.InputFile;

/**
 * A YAML settings file (a layout, a paper spec) read as a tree that remembers line numbers, so
 * that every message can say where the problem is. Problems are collected while the file is
 * read and reported together by {@link #finish()}.
 */
public final class YamlFile {
    private final Path path;
    private final List<String> problems = new ArrayList<>();

    private YamlFile(Path path) {
        this.path = path;
    }

    /** Reads the file's top-level mapping; an empty file is an empty mapping. */
    public static YamlMap read(Path path) {
        YamlFile file = new YamlFile(path);
        String text;
        try {
            byte[] bytes = InputFile.read(path, InputFile.SETTINGS_LIMIT, "a layout or spec file");
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (InputFile.Refused e) {
            throw new ConfigException(List.of(e.getMessage()));
        } catch (NoSuchFileException e) {
            throw new ConfigException(List.of(path + ": no such file — check the name and the folder"));
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(path + ": not UTF-8 text — save it as UTF-8"));
        } catch (IOException e) {
            throw new ConfigException(List.of(path + ": cannot be read (" + reason(e) + ")"));
        }
        return file.parse(text);
    }

    /** For tests and built-in presets: YAML given as text, named for messages. */
    public static YamlMap parse(Path name, String text) {
        return new YamlFile(name).parse(text);
    }

    private YamlMap parse(String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(path.toString()).setAllowDuplicateKeys(false).build();
        try {
            Composer composer = new Composer(settings,
                    new GuardedParser(new ParserImpl(settings, new StreamReader(settings, text))));
            Optional<Node> root = composer.getSingleNode();
            if (root.isEmpty()) {
                return new YamlMap(this, null);
            }
            if (!(root.get() instanceof MappingNode mapping)) {
                throw new ConfigException(List.of(path + ": line " + line(root.get())
                        + ": expected settings written as 'key: value' lines"));
            }
            return new YamlMap(this, mapping);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ConfigException(List.of(path + ": line " + line + ": " + e.getProblem()
                    + " — check the indentation and that each setting is written 'key: value'"));
        } catch (GuardedParser.Limit e) {
            throw new ConfigException(List.of(path + ": line " + e.line + ": " + e.getMessage()));
        } catch (YamlEngineException e) {
            throw new ConfigException(List.of(path + ": " + e.getMessage()));
        }
    }

    /** An I/O failure in words, without the exception class names Java puts in its messages. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : e.getMessage();
        return message == null || message.isBlank() ? "the system could not read it" : message;
    }

    Path path() {
        return path;
    }

    void problem(Node at, String message) {
        problems.add(path + ": line " + line(at) + ": " + message);
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** Throws every problem found while reading, if there were any. */
    public void finish() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }
}

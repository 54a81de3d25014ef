package papersetter.engine;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import papersetter.bank.Bank;
import papersetter.bank.BankReader;
import papersetter.model.BadInputException;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.Section;
import papersetter.render.Layout;
import papersetter.render.Layouts;
import papersetter.render.PaperInfo;

/**
 * A run rebuilt from its manifest: the recorded questions, in the recorded order, with the
 * recorded option orders, sections and header, rendered again. Nothing is drawn, so neither the
 * history nor a changed selection algorithm can alter it; a changed bank file or layout file can,
 * so those are checked against their recorded SHA-256 first and the run is refused if they differ.
 */
final class Reproduction {
    private final Path manifest;
    private final Map<String, Object> root;
    private final Map<String, Object> request;

    private Reproduction(Path manifest, Map<String, Object> root) {
        this.manifest = manifest;
        this.root = root;
        this.request = map(root.get("request"), "request");
    }

    static Reproduction read(Path manifest) {
        try {
            return new Reproduction(manifest, JSON.std.mapFrom(Files.readAllBytes(manifest)));
        } catch (NoSuchFileException e) {
            throw new BadInputException(manifest + ": no such file — give the manifest.json of an earlier run");
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(manifest + ": not a manifest papersetter wrote (" + e.getMessage() + ")");
        }
    }

    GenerateResult write(Path outDir) {
        Path base = base(Path.of(text(request, "bank")));
        Path bankPath = base.resolve(text(request, "bank"));
        checkBank(base, bankPath);
        Bank bank = BankReader.read(bankPath);
        Map<String, Question> byId = new HashMap<>();
        bank.questions().forEach(q -> byId.put(q.id(), q));
        long seed = ((Number) root.get("seed")).longValue();
        List<Paper> papers = new ArrayList<>();
        for (Object raw : list(root.get("sets"), "sets")) {
            papers.add(paper(map(raw, "set"), seed, byId));
        }
        PaperInfo info = new PaperInfo(text(request, "title"), text(request, "course"), text(request, "institution"),
                text(request, "duration"), text(request, "date"));
        Layout layout = layout();
        Map<String, Object> drawing = root.containsKey("drawing") ? map(root.get("drawing"), "drawing") : Map.of();
        // The files as recorded (and checked above), so the reprinted manifest is the same too.
        List<Map<String, Object>> bankFiles = new ArrayList<>();
        list(root.get("bankFiles"), "bankFiles").forEach(f -> bankFiles.add(map(f, "bankFiles")));
        return Pipeline.write(bank, bankFiles, seed, papers, info, layout, request, drawing, outDir, bankPath,
                null, Progress.NONE);
    }

    /**
     * Where a relative bank path in the manifest is to be found: the current folder, as when the
     * run was made there, or else the folder papersetter is installed in (the shipped bank).
     */
    private static Path base(Path recorded) {
        String home = System.getProperty("papersetter.home");
        if (recorded.isAbsolute() || Files.exists(recorded) || home == null
                || !Files.exists(Path.of(home).resolve(recorded))) {
            return Path.of("");
        }
        return Path.of(home);
    }

    private void checkBank(Path base, Path bankPath) {
        List<String> changed = new ArrayList<>();
        for (Object raw : list(root.get("bankFiles"), "bankFiles")) {
            Map<String, Object> file = map(raw, "bankFiles");
            Path path = base.resolve(text(file, "path"));
            if (!Files.isRegularFile(path)) {
                changed.add(path + " is missing");
            } else if (!SpecLayout.sha256(path).equals(text(file, "sha256"))) {
                changed.add(path + " has changed");
            }
        }
        if (Files.isDirectory(bankPath)) {
            try (var files = Files.walk(bankPath)) {
                List<String> recorded = list(root.get("bankFiles"), "bankFiles").stream()
                        .map(f -> base.resolve(text(map(f, "bankFiles"), "path")).normalize().toString()).toList();
                files.filter(f -> f.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                        .filter(f -> !f.getFileName().toString().startsWith("~$"))
                        .map(f -> f.normalize().toString()).filter(f -> !recorded.contains(f)).sorted()
                        .forEach(f -> changed.add(f + " is new"));
            } catch (IOException e) {
                changed.add(bankPath + " cannot be listed (" + e.getMessage() + ")");
            }
        }
        if (!changed.isEmpty()) {
            throw new BadInputException("Cannot reproduce " + manifest + " byte for byte: the bank is not the one it was"
                    + " made from (SHA-256 of each file recorded in the manifest):\n  " + String.join("\n  ", changed)
                    + "\nRestore those files (e.g. from version control) to reprint the run, or generate a new run.");
        }
    }

    private Layout layout() {
        String source = request.containsKey("layoutSource") ? text(request, "layoutSource") : text(request, "layout");
        if (request.containsKey("layoutSha256")) {
            Path file = Path.of(source);
            if (!Files.isRegularFile(file) || !SpecLayout.sha256(file).equals(text(request, "layoutSha256"))) {
                throw new BadInputException("Cannot reproduce " + manifest + " byte for byte: the layout file " + source
                        + (Files.isRegularFile(file) ? " has changed since the run" : " is missing")
                        + ". Restore it, or generate a new run.");
            }
        }
        Layout layout = Layouts.load(source);
        if (Boolean.TRUE.equals(request.get("pdfA"))) {
            layout = layout.withPdfA(true);
        }
        if (request.containsKey("instructions")) {
            layout = SpecLayout.withInstructions(layout, list(request.get("instructions"), "instructions").stream()
                    .map(Object::toString).toList());
        }
        return layout;
    }

    private Paper paper(Map<String, Object> set, long seed, Map<String, Question> byId) {
        String letter = text(set, "set");
        List<PaperItem> items = new ArrayList<>();
        for (Object raw : list(set.get("questions"), "questions")) {
            Map<String, Object> entry = map(raw, "questions");
            Question question = byId.get(text(entry, "id"));
            if (question == null) {
                throw new BadInputException(manifest + ": set " + letter + " names question " + text(entry, "id")
                        + ", which the bank no longer has");
            }
            List<Integer> order = new ArrayList<>();
            if (entry.containsKey("options")) {
                for (Object option : list(entry.get("options"), "options")) {
                    order.add(option.toString().charAt(0) - 'A');
                }
            }
            items.add(new PaperItem(((Number) entry.get("number")).intValue(), question, order));
        }
        if (!set.containsKey("sections")) {
            throw new BadInputException(manifest + ": made by a papersetter that did not record sections;"
                    + " it cannot be reproduced byte for byte — generate it again with its seed and options");
        }
        List<Section> sections = new ArrayList<>();
        for (Object raw : list(set.get("sections"), "sections")) {
            Map<String, Object> section = map(raw, "sections");
            int first = ((Number) section.get("first")).intValue();
            int last = ((Number) section.get("last")).intValue();
            sections.add(new Section(text(section, "heading"), text(section, "instructions"),
                    items.subList(first - 1, last)));
        }
        return new Paper(letter, seed, text(set, "code"), sections);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        throw new BadInputException(manifest + ": '" + what + "' is missing or not an object — is this a papersetter manifest?");
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object value, String what) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new BadInputException(manifest + ": '" + what + "' is missing or not a list — is this a papersetter manifest?");
    }

    private static String text(Map<String, Object> map, String key) {
        return Objects.toString(map.get(key), "");
    }
}

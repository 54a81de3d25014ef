package papersetter.history;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import papersetter.model.BadInputException;
import papersetter.model.RunFailure;
import papersetter.select.Usage;

/**
 * The question ids every run used, one JSON line per run in {@code history.jsonl} in the output
 * folder. Appending is one write under a file lock, so two runs side by side do not mix lines.
 */
public final class History {
    public static final String FILE = "history.jsonl";

    private History() {
    }

    public static Path file(Path outDir) {
        return outDir.resolve(FILE);
    }

    /** The runs recorded, oldest first; none when there is no history yet. */
    public static List<HistoryEntry> read(Path outDir) {
        Path file = file(outDir);
        if (!Files.isRegularFile(file)) {
            return List.of(); // no history yet, or no output folder: making the run folder reports that
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new RunFailure("Cannot read the history " + file + ": " + e.getMessage(), e);
        }
        List<HistoryEntry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean last = i == lines.length - 1;
            if (line.isEmpty()) {
                continue;
            }
            try {
                entries.add(entry(JSON.std.mapFrom(line)));
            } catch (IOException | RuntimeException e) {
                if (last) {
                    continue; // a run killed while appending; the line is incomplete and its run was never committed
                }
                throw new BadInputException(file + ":" + (i + 1) + ": not a run record papersetter wrote ("
                        + e.getMessage() + ") — delete this line, or the whole file to forget every earlier run");
            }
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static HistoryEntry entry(Map<String, Object> map) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        Object raw = map.get("sets");
        if (!(raw instanceof Map<?, ?> setMap)) {
            throw new IllegalArgumentException("no 'sets'");
        }
        setMap.forEach((set, ids) -> sets.put(set.toString(), ((List<Object>) ids).stream().map(Object::toString).toList()));
        Object seed = map.getOrDefault("seed", 0);
        return new HistoryEntry(String.valueOf(map.getOrDefault("run", "")), String.valueOf(map.getOrDefault("time", "")),
                String.valueOf(map.getOrDefault("bank", "")), ((Number) seed).longValue(),
                String.valueOf(map.getOrDefault("spec", "")), sets);
    }

    /** Adds a run at the end of the history. */
    public static void append(Path outDir, HistoryEntry entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("run", entry.run());
        map.put("time", entry.time());
        map.put("bank", entry.bank());
        map.put("seed", entry.seed());
        if (!entry.spec().isEmpty()) {
            map.put("spec", entry.spec());
        }
        map.put("sets", new TreeMap<>(entry.sets()));
        Path file = file(outDir);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
            String line = JSON.std.asString(map) + "\n";
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new RunFailure("Cannot add the run to the history " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * How often each id was used in the whole history, and which ids the last {@code avoidRecent}
     * runs used (to be left out).
     */
    public static Usage usage(List<HistoryEntry> entries, int avoidRecent) {
        Map<String, Integer> uses = new HashMap<>();
        for (HistoryEntry entry : entries) {
            entry.ids().forEach(id -> uses.merge(id, 1, Integer::sum));
        }
        Set<String> avoided = new TreeSet<>();
        int runs = Math.min(avoidRecent, entries.size());
        for (HistoryEntry entry : entries.subList(entries.size() - runs, entries.size())) {
            avoided.addAll(entry.ids());
        }
        String because = runs == 0 ? "" : "used in the last " + (runs == 1 ? "run" : runs + " runs")
                + " (--avoid-recent " + avoidRecent + ")";
        return new Usage(uses, avoided, because);
    }
}

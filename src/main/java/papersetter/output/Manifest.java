package papersetter.output;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import papersetter.model.Letters;
import papersetter.model.Marks;
import papersetter.model.OptionLabels;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Section;

/**
 * What a run made, in a form a program can read back: the seed and options to regenerate it, and
 * for every set the question ids in printed order with each item's option permutation and key.
 * It holds no clock time, so the same run gives the same bytes.
 */
public final class Manifest {
    private Manifest() {
    }

    /**
     * @param request the run's options as they were given (ordered: this is what a person reads first)
     * @param files for each set letter, the file names written for it (e.g. paper, key)
     */
    public static byte[] write(String version, long seed, Map<String, Object> request, List<Map<String, Object>> bankFiles,
            List<Paper> papers, Map<String, Map<String, String>> files, String printFile) {
        return write(version, seed, request, bankFiles, papers, files, printFile, Map.of());
    }

    /**
     * @param drawing how the sets came out (overlap between sets, mean difficulty), when there is anything to say
     */
    public static byte[] write(String version, long seed, Map<String, Object> request, List<Map<String, Object>> bankFiles,
            List<Paper> papers, Map<String, Map<String, String>> files, String printFile, Map<String, Object> drawing) {
        return write(version, seed, request, bankFiles, papers, files, printFile, drawing, OptionLabels.UPPER);
    }

    /** @param labels how the papers label their options: each item's printed answer names them alike */
    public static byte[] write(String version, long seed, Map<String, Object> request, List<Map<String, Object>> bankFiles,
            List<Paper> papers, Map<String, Map<String, String>> files, String printFile, Map<String, Object> drawing,
            OptionLabels labels) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("papersetter", version);
        root.put("seed", seed);
        root.put("request", request);
        root.put("bankFiles", bankFiles);
        root.put("printFile", printFile);
        root.put("keysFile", KeysCsv.FILE);
        if (!drawing.isEmpty()) {
            root.put("drawing", drawing);
        }
        List<Object> sets = new ArrayList<>();
        for (Paper paper : papers) {
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("set", paper.set());
            set.put("code", paper.code());
            set.putAll(files.getOrDefault(paper.set(), Map.of()));
            set.put("totalMarks", Marks.format(paper.totalMarks()));
            set.put("sections", sections(paper));
            List<Object> items = new ArrayList<>();
            for (PaperItem item : paper.items()) {
                items.add(item(item, labels));
            }
            set.put("questions", items);
            sets.add(set);
        }
        root.put("sets", sets);
        try {
            // Straight to UTF-8 bytes: a thousand sets' manifest is megabytes, and a String of it and a
            // copy with the final newline would be two more.
            byte[] json = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asBytes(root);
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the manifest", e);
        }
    }

    /** Each section's heading and instructions and the numbers of its first and last question. */
    private static List<Object> sections(Paper paper) {
        List<Object> sections = new ArrayList<>();
        for (Section section : paper.sections()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("heading", section.heading());
            entry.put("instructions", section.instructions());
            entry.put("first", section.items().get(0).number());
            entry.put("last", section.items().get(section.items().size() - 1).number());
            entry.put("marks", Marks.format(section.marks()));
            sections.add(entry);
        }
        return sections;
    }

    private static Map<String, Object> item(PaperItem item, OptionLabels labels) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("number", item.number());
        entry.put("id", item.question().id());
        entry.put("type", item.question().type().label());
        entry.put("marks", Marks.format(item.question().marks()));
        if (!item.optionOrder().isEmpty()) {
            // printed option A shows the bank's option options[0], B shows options[1], …
            entry.put("options", item.optionOrder().stream().map(Letters::of).toList());
            // The answer as printed, named as the key names it ("b" on a paper lettered "(a)").
            entry.put("answer", String.join(";", item.correctNames(labels)));
        }
        return entry;
    }
}

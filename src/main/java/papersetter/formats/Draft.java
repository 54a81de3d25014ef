package papersetter.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One question read from another format, in papersetter's terms, before it becomes a bank row. The
 * readers fill it; {@link #row()} writes it under {@link #HEADER}, and the bank's validator does the rest.
 */
final class Draft {
    /** Every column a reader may fill, in papersetter's names. */
    static final List<String> HEADER = List.of("id", "level", "topic", "type", "question",
            "option_a", "option_b", "option_c", "option_d", "option_e", "option_f", "option_g", "option_h",
            "answer", "marks", "explanation", "image", "shuffle", "difficulty", "tags", "lines", "group", "alt", "unit");
    static final int MAX_OPTIONS = 8;
    /** The level of questions from formats that have none (GIFT, Aiken, Moodle XML). */
    static final String DEFAULT_LEVEL = "general";

    final int line;
    String id = "";
    String level = DEFAULT_LEVEL;
    String topic = "";
    String type = "";
    String question = "";
    final List<String> options = new ArrayList<>();
    final SortedSet<Integer> correct = new TreeSet<>();
    String answer = "";
    String marks = "";
    String explanation = "";
    String image = "";
    String shuffle = "";
    String difficulty = "";
    String tags = "";
    String lines = "";
    String group = "";
    /** What the picture shows, in words (an HTML picture's alt text). */
    String alt = "";
    /** A numeric answer as papersetter's Moodle XML export spelled it in a tag ({@code 9.81 (3 s.f.)}). */
    String answerHint = "";
    /** A numeric question's unit (Moodle XML's unit with multiplier 1). */
    String unit = "";
    /** A type the source names beside its own (Moodle's essay exported from a papersetter short item). */
    String typeHint = "";

    Draft(int line) {
        this.line = line;
    }

    /** The answer column for a choice question: the letters of the right options. */
    void answerFromCorrect() {
        answer = correct.stream().map(i -> String.valueOf((char) ('A' + i))).collect(Collectors.joining(";"));
    }

    Table.Row row() {
        List<String> cells = new ArrayList<>(List.of(id, level, topic, type, question));
        for (int i = 0; i < MAX_OPTIONS; i++) {
            cells.add(i < options.size() ? options.get(i) : "");
        }
        cells.addAll(List.of(answer, marks, explanation, image, shuffle, difficulty, tags, lines, group, alt, unit));
        return new Table.Row(line, cells);
    }

    /**
     * A question name as a bank id: ids hold only letters, digits, '-', '_' and '.', and Moodle names
     * ("Q1 – ORM basics") are free text. Empty when nothing of the name is left.
     */
    static String idFrom(String name) {
        String id = name.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return id.length() > 60 ? id.substring(0, 60) : id;
    }

    /** An id for a question without a name: the file's name and the question's number in it. */
    static String idFor(String fileStem, int number) {
        String stem = idFrom(fileStem);
        return (stem.isEmpty() ? "Q" : stem) + "-" + number;
    }

    /** The last part of a Moodle category path ("$course$/top/Django/ORM" → "ORM"), as a topic. */
    static String topicFromCategory(String path) {
        String[] parts = path.strip().split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].strip();
            if (!part.isEmpty() && !part.startsWith("$") && !part.equalsIgnoreCase("top")) {
                return part;
            }
        }
        return "";
    }

    static String stem(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }
}

package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import papersetter.bank.BankReader;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.testing.Cli;
import papersetter.testing.PdfText;

/**
 * Reads every generated paper and key back as a student and a marker would, and checks them
 * against the bank itself: each selected question printed once, in the manifest's order, its
 * options under letters, and each key's answer pointing at the right option of its own set.
 */
class KeyMatchesPaperTest {
    private static final Pattern GRID_CELL = Pattern.compile("(\\d+)\\s+(True|False|fill|[A-H](?:,\\s*[A-H])*)");

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}: {1} questions, {2} sets")
    @CsvSource({
        "bank/django, 40, 3, 20261124",
        // Many sets of one paper: answers laid out for one set must never be reused for another
        // that letters the same options differently.
        "bank/django, 40, 12, 5",
        "src/test/resources/e2e/chemistry.csv, 16, 4, 7",
    })
    void everyKeyPointsAtTheRightOptionOfItsOwnPaper(String bank, int count, int sets, long seed) throws IOException {
        Cli run = Cli.run("generate", "--bank", bank, "--count", Integer.toString(count), "--sets",
                Integer.toString(sets), "--seed", Long.toString(seed), "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path folder = onlyRunFolder();
        Map<String, Question> bankById = BankReader.read(Path.of(bank)).questions().stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        Map<String, Object> manifest = JSON.std.mapFrom(Files.readString(folder.resolve("manifest.json")));
        List<?> manifestSets = (List<?>) manifest.get("sets");
        assertThat(manifestSets).hasSize(sets);

        List<List<String>> orders = new ArrayList<>();
        for (Object setObject : manifestSets) {
            Map<?, ?> set = (Map<?, ?>) setObject;
            String letter = (String) set.get("set");
            String paper = PdfText.compact(PdfText.text(folder.resolve("paper-" + letter + ".pdf")));
            String keyText = PdfText.text(folder.resolve("key-" + letter + ".pdf"));
            String key = PdfText.compact(keyText);
            Map<Integer, String> grid = glanceGrid(keyText);
            List<?> questions = (List<?>) set.get("questions");
            assertThat(questions).hasSize(count);
            List<String> ids = new ArrayList<>();
            int cursor = 0;
            for (Object questionObject : questions) {
                Map<?, ?> entry = (Map<?, ?>) questionObject;
                int number = ((Number) entry.get("number")).intValue();
                Question question = bankById.get((String) entry.get("id"));
                ids.add(question.id());
                List<String> parts = blocks(question.text());
                String stem = PdfText.compact(longestBlankFree(parts.get(0)));
                assertThat(occurrences(paper, stem)).as("set %s, question %d (%s) printed once", letter, number,
                        question.id()).isEqualTo(1);
                int at = paper.indexOf(stem);
                assertThat(at).as("set %s: question %d comes after question %d", letter, number, number - 1)
                        .isGreaterThanOrEqualTo(cursor);
                assertThat(paper.lastIndexOf(number + ".", at)).as("set %s: number %d before its stem", letter, number)
                        .isGreaterThanOrEqualTo(cursor);
                cursor = at + stem.length();
                for (String part : parts.subList(1, parts.size())) {
                    String text = PdfText.compact(longestBlankFree(part));
                    int next = paper.indexOf(text, cursor);
                    assertThat(next).as("set %s, question %d: the rest of the stem, in order: %s", letter, number, part)
                            .isGreaterThanOrEqualTo(cursor);
                    cursor = next + text.length();
                }

                String expected;
                if (question.type().hasOptions()) {
                    List<Integer> printed = printedOrder(paper, cursor, question);
                    assertThat(printed).as("set %s question %d: options read back from the paper", letter, number)
                            .doesNotContainNull();
                    assertThat(printed.stream().map(i -> String.valueOf((char) ('A' + i))).toList())
                            .as("manifest agrees with the paper").isEqualTo(entry.get("options"));
                    Answer.Choice choice = (Answer.Choice) question.answer();
                    List<String> letters = new ArrayList<>();
                    for (int p = 0; p < printed.size(); p++) {
                        if (choice.correct().contains(printed.get(p))) {
                            letters.add(String.valueOf((char) ('A' + p)));
                        }
                    }
                    StringBuilder keyEntry = new StringBuilder(number + "." + question.id());
                    for (String l : letters) {
                        String option = question.options().get(printed.get(l.charAt(0) - 'A'));
                        keyEntry.append(l).append(')').append(PdfText.compact(plain(option)));
                    }
                    assertThat(key).as("key %s, question %d", letter, number).contains(keyEntry.toString());
                    expected = String.join(",", letters);
                } else if (question.answer() instanceof Answer.TrueFalse tf) {
                    expected = tf.value() ? "True" : "False";
                    assertThat(paper.substring(cursor)).startsWith(mark(question) + "True/False");
                    assertThat(key).contains(number + "." + question.id() + expected);
                } else if (question.answer() instanceof Answer.Blanks blanks) {
                    expected = "fill";
                    List<List<String>> accepted = blanks.accepted();
                    StringBuilder answer = new StringBuilder();
                    for (int b = 0; b < accepted.size(); b++) {
                        answer.append(accepted.size() > 1 ? (b > 0 ? ";" : "") + "(" + (b + 1) + ")" : "")
                                .append(String.join("/", accepted.get(b)));
                    }
                    assertThat(key).contains(number + "." + question.id() + PdfText.compact(answer.toString()));
                } else {
                    expected = null;
                    assertThat(key).contains(number + "." + question.id() + "Modelanswer");
                }
                if (expected != null) {
                    assertThat(grid.get(number)).as("key %s at a glance, question %d", letter, number)
                            .isEqualTo(expected);
                }
            }
            assertThat(key).contains("Total" + set.get("totalMarks"));
            orders.add(ids);
        }
        assertThat(orders.stream().map(List::copyOf).distinct()).as("the same questions in every set")
                .allSatisfy(order -> assertThat(order).containsExactlyInAnyOrderElementsOf(orders.get(0)));
    }

    /** After the stem comes the marks label, then the options "A)…B)…", each a bank option. */
    private static List<Integer> printedOrder(String paper, int from, Question question) {
        List<Integer> printed = new ArrayList<>();
        int at = paper.indexOf("A)", from);
        for (int p = 0; p < question.options().size(); p++) {
            String label = (char) ('A' + p) + ")";
            Integer found = null;
            if (at >= 0 && paper.startsWith(label, at)) {
                for (int o = 0; o < question.options().size(); o++) {
                    String text = PdfText.compact(plain(question.options().get(o)));
                    if (!printed.contains(o) && paper.startsWith(label + text, at)
                            && (found == null || text.length() > PdfText.compact(plain(question.options().get(found))).length())) {
                        found = o;
                    }
                }
            }
            printed.add(found);
            if (found == null) {
                break;
            }
            at += label.length() + PdfText.compact(plain(question.options().get(found))).length();
        }
        return printed;
    }

    private static String mark(Question question) {
        String marks = question.marks().stripTrailingZeros().toPlainString();
        return "[" + marks + (marks.equals("1") ? "mark]" : "marks]");
    }

    private static Map<Integer, String> glanceGrid(String keyText) {
        Map<Integer, String> grid = new HashMap<>();
        int start = keyText.indexOf("At a glance");
        int end = keyText.indexOf("Question", start);
        if (start < 0 || end < 0) {
            return grid;
        }
        Matcher cell = GRID_CELL.matcher(keyText.substring(start, end));
        while (cell.find()) {
            grid.put(Integer.parseInt(cell.group(1)), cell.group(2).replaceAll("\\s", ""));
        }
        return grid;
    }

    private Path onlyRunFolder() throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            List<Path> folders = entries.filter(Files::isDirectory).toList();
            assertThat(folders).hasSize(1);
            return folders.get(0);
        }
    }

    /** The text as printed: backticks and code fences are markup, not words. */
    static String plain(String text) {
        return Stream.of(text.split("\n")).filter(line -> !line.strip().startsWith("```"))
                .collect(Collectors.joining("\n")).replace("`", "");
    }

    /** The question's paragraphs and code blocks, each printed as its own row. */
    static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("```") || line.isBlank()) {
                if (!current.toString().isBlank()) {
                    blocks.add(current.toString().replace("`", ""));
                }
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            blocks.add(current.toString().replace("`", ""));
        }
        return blocks;
    }

    /** Fill items print their blanks as numbered lines; compare the words around them. */
    static String longestBlankFree(String text) {
        String longest = "";
        for (String part : text.split("_{3,}")) {
            if (part.strip().length() > longest.length()) {
                longest = part.strip();
            }
        }
        return longest;
    }

    private static int occurrences(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}

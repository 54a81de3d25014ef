package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import papersetter.testing.Cli;
import papersetter.testing.PageWords;

/**
 * A 6 000-character question, a 300-line code block (some lines far wider than any column) and an
 * option of 2 000 characters, with long model answers, in every shipped layout: they run on over
 * pages and columns with "continued" marks, and every word reaches the page, in order, inside it,
 * clear of the footer and of every other line.
 */
class LongContentFlowsTest {
    private static final Pattern FOOTER = Pattern.compile("^(ANSWER KEY · )?Long flow|^Page \\d+ of \\d+|^Paper code");
    private static final Pattern MARK = Pattern.compile("^(Question \\d+ |At a glance )?\\(continued\\)$"
            + "|^continued (on the next page|in the next column)$");

    @TempDir
    static Path out;
    static Path bank;
    static String stem;
    static String code;
    static String option;
    static String answer;

    @BeforeAll
    static void writeBank() throws IOException {
        StringBuilder words = new StringBuilder();
        for (int i = 1; words.length() < 6000; i++) {
            words.append("stem").append(String.format("%04d", i)).append(i % 9 == 0 ? ". " : " ");
        }
        stem = words.toString().strip();
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= 300; n++) {
            if (n % 10 == 0) {
                lines.add("        result_" + n + " = some_function_with_a_long_name(argument_one, argument_two,"
                        + " argument_three, argument_four_" + n + ")");
            } else if (n % 25 == 0) {
                lines.add("    " + "x".repeat(150) + n);
            } else {
                lines.add("    value_" + n + " = compute(alpha, beta) + " + n + "  # line " + n);
            }
        }
        code = String.join("\n", lines);
        StringBuilder opt = new StringBuilder();
        for (int i = 1; opt.length() < 2000; i++) {
            opt.append("opt").append(String.format("%04d", i)).append(' ');
        }
        option = opt.substring(0, 2000).strip();
        StringBuilder model = new StringBuilder();
        for (int i = 1; model.length() < 5000; i++) {
            model.append("ans").append(String.format("%04d", i)).append(' ');
        }
        answer = model.toString().strip();
        bank = out.resolve("long.csv");
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(bank), CSVFormat.DEFAULT)) {
            csv.printRecord("id", "type", "level", "topic", "question", "option_a", "option_b", "option_c", "option_d",
                    "answer", "marks", "explanation");
            csv.printRecord("LONG-STEM", "short", "x", "t", stem, "", "", "", "", answer, "2", "Because.");
            csv.printRecord("LONG-CODE", "long", "x", "t", "What does this print?\n```python\n" + code + "\n```", "", "",
                    "", "", "It prints.\n```\n" + code + "\n```", "5", "");
            csv.printRecord("LONG-OPT", "mcq", "x", "t", "Which option is long?", option, "short b", "short c",
                    "short d", "A", "1", "");
            for (int k = 1; k <= 6; k++) {
                csv.printRecord("N-" + k, "mcq", "x", "t", "Normal question " + k + "?", "one", "two", "three", "four",
                        "B", "1", "");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"exam", "worksheet", "revision", "large-print", "compact"})
    void longContentRunsOnWithNothingLostOffThePageOrOverprinted(String layout) throws IOException {
        Path folder = generate(layout);
        Path paper = folder.resolve("paper-A.pdf");
        Path key = folder.resolve("key-A.pdf");
        List<PageWords.Page> paperPages = PageWords.read(paper);
        List<PageWords.Page> keyPages = PageWords.read(key);
        for (List<PageWords.Page> pages : List.of(paperPages, keyPages)) {
            String name = pages == paperPages ? "paper" : "key";
            assertThat(PageWords.problems(pages)).as("%s %s", layout, name).isEmpty();
            assertThat(intoTheFooter(pages)).as("%s %s: text in the footer's band", layout, name).isEmpty();
        }
        String paperText = reading(paperPages);
        assertInOrder(paperText, stem, layout + " paper: the long stem");
        assertInOrder(paperText, option, layout + " paper: the long option");
        assertInOrder(paperText, code, layout + " paper: the code block");
        String keyText = reading(keyPages);
        assertInOrder(keyText, answer, layout + " key: the long model answer");
        assertInOrder(keyText, code, layout + " key: the code in a model answer");
        if (layout.equals("revision")) {
            assertInOrder(paperText, answer, "revision sheet: the long model answer");
        }
        assertThat(paperPages.stream().flatMap(p -> p.lines().stream()).map(String::strip).toList()).as("the run-on is marked").anyMatch(line -> line.endsWith("(continued)"))
                .anyMatch(line -> line.startsWith("continued on the next page"));
        assertThat(firstLinesShareAPageWithTheirNumber(paperPages)).as("%s: the stem's first lines stay with 'Question'",
                layout).isTrue();
        if (layout.equals("large-print")) {
            assertThat(paperPages.stream().flatMap(p -> p.words().stream()))
                    .as("large print: every word at 18 pt or more, the footer's and the marks' too")
                    .allSatisfy(word -> assertThat(word.size()).as(word.text()).isGreaterThanOrEqualTo(17.99f));
        }
    }

    @org.junit.jupiter.api.Test
    void anAnswerBoxTallerThanAPageGoesOnOverThePage() throws IOException {
        Path layout = out.resolve("boxes.yaml");
        Files.writeString(layout, "extends: large-print\nanswer-space:\n  style: box\n");
        Path boxBank = out.resolve("box.csv");
        try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(boxBank), CSVFormat.DEFAULT)) {
            csv.printRecord("id", "type", "level", "topic", "question", "answer", "marks", "lines");
            csv.printRecord("BOX-1", "long", "x", "t", "Describe everything you know.", "Everything.", "10", "60");
        }
        Path target = out.resolve("box-run");
        Cli run = Cli.run("generate", "--layout", layout.toString(), "--bank", boxBank.toString(), "--count", "1",
                "--sets", "1", "--seed", "1", "--title", "Long flow", "--out", target.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path folder;
        try (Stream<Path> entries = Files.list(target)) {
            folder = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        List<PageWords.Page> pages = PageWords.read(folder.resolve("paper-A.pdf"));
        // 60 lines of 38 pt do not fit one page: the box goes on, and nothing reaches the footer or the edge.
        assertThat(pages).hasSizeGreaterThan(2);
        assertThat(PageWords.problems(pages)).isEmpty();
        assertThat(intoTheFooter(pages)).isEmpty();
    }

    /** The stem's number and its first lines (six words, two lines in large print) are on one page. */
    private static boolean firstLinesShareAPageWithTheirNumber(List<PageWords.Page> pages) {
        for (PageWords.Page page : pages) {
            String text = String.join(" ", page.lines());
            if (text.contains("stem0001")) {
                return text.contains("stem0006") && Pattern.compile("\\d+\\.\\s*stem0001").matcher(text).find();
            }
        }
        return false;
    }

    /** Words of the body that reach down into the footer's band (the band starts at the footer's highest word). */
    private static List<String> intoTheFooter(List<PageWords.Page> pages) {
        List<String> found = new ArrayList<>();
        for (PageWords.Page page : pages) {
            float footerTop = Float.MAX_VALUE;
            for (PageWords.Word word : page.words()) {
                if (isFooter(page, word)) {
                    footerTop = Math.min(footerTop, word.top());
                }
            }
            assertThat(footerTop).as("page %d has a footer", page.number()).isLessThan(Float.MAX_VALUE);
            for (PageWords.Word word : page.words()) {
                if (!isFooter(page, word) && word.bottom() > footerTop) {
                    found.add("page " + page.number() + ": '" + word.text() + "'");
                }
            }
        }
        return found;
    }

    private static boolean isFooter(PageWords.Page page, PageWords.Word word) {
        return word.top() > page.height() * 0.8f && FOOTER.matcher(page.lines().get(word.line()).strip()).find();
    }

    /** What a reader reads: every line but the footers and the "continued" marks, with no spaces. */
    private static String reading(List<PageWords.Page> pages) {
        StringBuilder text = new StringBuilder();
        for (PageWords.Page page : pages) {
            java.util.Set<Integer> footer = new java.util.HashSet<>();
            page.words().stream().filter(w -> isFooter(page, w)).forEach(w -> footer.add(w.line()));
            for (int l = 0; l < page.lines().size(); l++) {
                String line = page.lines().get(l).strip();
                if (!footer.contains(l) && !MARK.matcher(line).matches()) {
                    text.append(line);
                }
            }
        }
        return squeeze(text.toString());
    }

    /**
     * Every word of the expected text, in order, with nothing between two of them but what a row
     * may set beside a long text (its marks, "[2 marks]").
     */
    private static void assertInOrder(String text, String expected, String what) {
        int cursor = -1;
        for (String word : expected.split("\\s+")) {
            String w = squeeze(word);
            if (w.isEmpty()) {
                continue;
            }
            int at = cursor < 0 ? text.indexOf(w) : text.indexOf(w, cursor);
            assertThat(at).as("%s: '%s' after position %d", what, word, cursor).isGreaterThanOrEqualTo(0);
            if (cursor >= 0) {
                assertThat(at - cursor).as("%s: what comes between the words before '%s': %s", what, word,
                        text.substring(cursor, at)).isLessThanOrEqualTo(12);
            }
            cursor = at + w.length();
        }
    }

    /** Without spaces or the mark of a wrapped code line. */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00a0\\u21aa]+", "");
    }

    private Path generate(String layout) throws IOException {
        Path target = out.resolve(layout);
        Cli run = Cli.run("generate", "--layout", layout, "--bank", bank.toString(), "--count", "9", "--sets", "1",
                "--seed", "3", "--title", "Long flow", "--out", target.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> entries = Files.list(target)) {
            return entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}

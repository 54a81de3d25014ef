package papersetter.select;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.bank.BankReader;
import papersetter.model.Question;
import papersetter.testing.Cli;
import papersetter.testing.PdfText;

/** Paper specs end to end: sections, counts, marks and quotas hold on paper; what cannot hold is explained. */
class BlueprintTest {
    static final String FRESHER = "bank/django/specs/fresher-50.yaml";
    static final String EXPERIENCED = "bank/django/specs/experienced-50.yaml";

    @TempDir
    Path out;
    @TempDir
    Path again;
    @TempDir
    Path scratch;

    @Test
    void theFresherSpecHoldsOnEverySetsPaper() throws IOException {
        Cli run = Cli.run("generate", "--spec", FRESHER, "--sets", "2", "--vary", "questions", "--seed", "11",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path folder = only(out);
        Map<String, Question> bank = bank();
        for (Map<String, Object> set : sets(folder)) {
            String letter = (String) set.get("set");
            String paper = PdfText.compact(PdfText.text(folder.resolve("paper-" + letter + ".pdf")));
            assertThat(paper).contains("Section1·Multiplechoice", "Section2·Trueorfalse,andfillintheblanks",
                    "Section3·Shortanswers", "Section4·Longanswer", "Totalmarks:50", "Questions:35",
                    "Djangofundamentals—freshertest");
            List<Map<String, Object>> sections = list(set.get("sections"));
            assertThat(sections).extracting(s -> s.get("marks")).containsExactly("20", "10", "10", "10");
            List<Question> questions = list(set.get("questions")).stream().map(q -> bank.get((String) q.get("id"))).toList();
            assertThat(questions).allMatch(q -> q.level().equals("fresher"));
            List<Question> mcq = questions.subList(0, 20);
            assertThat(mcq).allMatch(q -> q.type().label().equals("mcq"));
            for (String topic : List.of("orm", "views", "urls")) {
                assertThat(mcq.stream().filter(q -> q.topic().equals(topic)).count()).as(topic).isGreaterThanOrEqualTo(2);
            }
            assertThat(mcq.stream().collect(java.util.stream.Collectors.groupingBy(Question::topic,
                    java.util.stream.Collectors.counting())).values()).allMatch(n -> n <= 5);
            List<Question> shorts = questions.subList(30, 33);
            assertThat(shorts).allMatch(q -> q.type().label().equals("short"));
            assertThat(shorts.stream().map(Question::topic).distinct()).hasSize(3);
            assertThat(questions.subList(33, 35)).allMatch(q -> q.type().label().equals("long"));
            // every question printed once, numbered on from section to section
            for (int n = 1; n <= 35; n++) {
                assertThat(paper).contains(n + ".");
            }
        }
    }

    @Test
    void theExperiencedSpecIsFeasible() {
        Cli run = Cli.run("generate", "--spec", EXPERIENCED, "--sets", "1", "--seed", "3", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("(50 marks each)");
    }

    @Test
    void anInfeasibleSpecNamesTheShortfallAndWritesNothing() throws IOException {
        Path spec = write("bad.yaml", """
                level: fresher
                sections:
                  - heading: Short answers
                    type: short
                    topic: orm
                    count: 4
                  - heading: Long
                    type: long
                    count: 2
                    marks: 13
                """);
        Cli run = Cli.run("generate", "--spec", spec.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml: line 3: section 1 'Short answers' needs 4 short items on orm at"
                + " fresher level; the bank has 2: DJ-ORM-W02, DJ-ORM-W03.");
        assertThat(run.err()).contains("bad.yaml: line 7: section 2 'Long' needs 2 items making 13 marks",
                "are worth 5 or 6 marks each, so 2 of them make 10 to 12 marks");
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(entries(out)).isEmpty();
    }

    @Test
    void marksThatCannotMakeTheTotalAreExplained() throws IOException {
        Path spec = write("total.yaml", """
                level: fresher
                total: 50
                sections:
                  - heading: Multiple choice
                    type: mcq
                    count: 10
                  - heading: Long
                    type: long
                    count: 2
                """);
        Cli run = Cli.run("generate", "--spec", spec.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("total.yaml: line 2: total is 50 marks but the sections make 20 to 22 marks"
                + " ('Multiple choice' 10 marks, 'Long' 10 to 12 marks)");
        assertThat(entries(out)).isEmpty();
    }

    @Test
    void mistakesInTheSpecFileAreAllReportedWithTheirLines() throws IOException {
        Path spec = write("typos.yaml", """
                titel: Quiz
                sections:
                  - heading: One
                    type: essay
                    count: 3
                  - heading: Two
                    topic: form
                    count: 2
                """);
        Cli run = Cli.run("generate", "--spec", spec.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("typos.yaml: line 1: unknown key 'titel' — did you mean 'title'?",
                "typos.yaml: line 4: type 'essay' is not a question type");
    }

    @Test
    void itemsThatFitTwoSectionsAreDrawnOnce() throws IOException {
        Path spec = write("shared.yaml", """
                level: fresher
                sections:
                  - heading: ORM
                    topic: orm
                    type: short
                    count: 2
                  - heading: Any short
                    type: short
                    count: 16
                """);
        Cli run = Cli.run("generate", "--spec", spec.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("draw on the same items: together they need 18 but only 17 items fit");
    }

    @Test
    void avoidRecentUsesNoneOfTheLastRunsQuestions() throws IOException {
        Cli first = Cli.run("generate", "--level", "fresher", "--count", "40", "--sets", "1", "--seed", "5",
                "--out", out.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Cli second = Cli.run("generate", "--level", "fresher", "--count", "40", "--sets", "1", "--seed", "5",
                "--avoid-recent", "1", "--out", out.toString());
        assertThat(second.exitCode()).as(second.toString()).isZero();
        List<Path> runs = folders(out);
        Set<String> a = ids(runs.get(0));
        Set<String> b = ids(runs.get(1));
        assertThat(a).hasSize(40);
        assertThat(b).hasSize(40).doesNotContainAnyElementsOf(a);
        Cli history = Cli.run("history", "--out", out.toString());
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).contains("2 runs recorded", "80 questions used");
    }

    @Test
    void avoidRecentThatLeavesTooFewSaysSo() {
        Cli first = Cli.run("generate", "--level", "fresher", "--topic", "orm", "--type", "mcq", "--count", "5",
                "--sets", "1", "--seed", "5", "--out", out.toString());
        assertThat(first.exitCode()).isZero();
        Cli second = Cli.run("generate", "--level", "fresher", "--topic", "orm", "--type", "mcq", "--count", "5",
                "--sets", "1", "--avoid-recent", "1", "--out", out.toString());
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.err()).contains("5 more questions match but were used in the last run (--avoid-recent 1)");
    }

    @Test
    void aRunIsReprintedFromItsManifestByteForByte() throws IOException {
        Cli run = Cli.run("generate", "--spec", FRESHER, "--sets", "3", "--vary", "questions", "--seed", "21",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path original = only(out);
        Cli reprint = Cli.run("generate", "--from", original.resolve("manifest.json").toString(), "--out", again.toString());
        assertThat(reprint.exitCode()).as(reprint.toString()).isZero();
        Path copy = only(again);
        List<String> files = names(original);
        assertThat(names(copy)).isEqualTo(files);
        for (String file : files) {
            assertThat(sha256(copy.resolve(file))).as(file).isEqualTo(sha256(original.resolve(file)));
        }
    }

    @Test
    void aReprintFromAChangedBankIsRefused() throws IOException {
        Path bank = scratch.resolve("bank");
        Files.createDirectories(bank);
        Files.copy(Path.of("bank/django/orm.csv"), bank.resolve("orm.csv"));
        Cli run = Cli.run("generate", "--bank", bank.toString(), "--count", "5", "--seed", "2", "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Files.writeString(bank.resolve("orm.csv"), Files.readString(bank.resolve("orm.csv")).replace("How many", "How much"));
        Cli reprint = Cli.run("generate", "--from", only(out).resolve("manifest.json").toString(), "--out", again.toString());
        assertThat(reprint.exitCode()).isEqualTo(2);
        assertThat(reprint.err()).contains("Cannot reproduce", "orm.csv has changed");
        assertThat(entries(again)).isEmpty();
    }

    @Test
    void linkedItemsStayTogetherAndInOrder() throws IOException {
        StringBuilder csv = new StringBuilder("id,level,topic,type,question,answer,group\n");
        for (int i = 1; i <= 8; i++) {
            csv.append("S").append(i).append(",l,t,short,Question ").append(i).append(",Answer,\n");
        }
        csv.append("C1,l,t,short,Case part one,Answer,CASE\nC2,l,t,short,Case part two,Answer,CASE\n")
                .append("C3,l,t,short,Case part three,Answer,CASE\n");
        Path bank = write("linked.csv", csv.toString());
        for (int seed = 1; seed <= 6; seed++) {
            Path folder = Files.createDirectories(out.resolve("s" + seed));
            Cli run = Cli.run("generate", "--bank", bank.toString(), "--count", "9", "--sets", "2", "--seed",
                    Integer.toString(seed), "--out", folder.toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            for (Map<String, Object> set : sets(only(folder))) {
                List<String> order = list(set.get("questions")).stream().map(q -> (String) q.get("id")).toList();
                assertThat(order).hasSize(9);
                if (order.contains("C1")) {
                    int at = order.indexOf("C1");
                    assertThat(order.subList(at, at + 3)).containsExactly("C1", "C2", "C3");
                } else {
                    assertThat(order).doesNotContain("C2", "C3");
                }
            }
        }
    }

    // helpers

    private Path write(String name, String text) throws IOException {
        return Files.writeString(scratch.resolve(name), text, StandardCharsets.UTF_8);
    }

    static Map<String, Question> bank() {
        Map<String, Question> byId = new HashMap<>();
        BankReader.read(Path.of("bank/django")).questions().forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> sets(Path folder) throws IOException {
        Map<String, Object> manifest = JSON.std.mapFrom(Files.readAllBytes(folder.resolve("manifest.json")));
        return (List<Map<String, Object>>) manifest.get("sets");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static Set<String> ids(Path folder) throws IOException {
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> set : sets(folder)) {
            list(set.get("questions")).forEach(q -> ids.add((String) q.get("id")));
        }
        return ids;
    }

    static Path only(Path parent) throws IOException {
        List<Path> runs = folders(parent);
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    static List<Path> folders(Path parent) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }

    static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static List<String> names(Path folder) throws IOException {
        List<String> names = new ArrayList<>(entries(folder));
        names.sort(null);
        return names;
    }

    static String sha256(Path file) {
        return papersetter.model.Sha256.hex(file);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

package papersetter.marking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.bank.BankReader;
import papersetter.model.Answer;
import papersetter.model.Question;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.testing.Cli;

/**
 * The loop through the real command line: generate a run, simulate a class typing its answers
 * (right, wrong, partly right, blank, in the spellings people use, as a Google Forms export with a
 * byte-order mark, CRLF, ';' and a Timestamp column), mark it with negative marking, partial credit
 * and a corrected key, and check that results.csv holds the scores the simulated class earned. The
 * expected scores are worked here from the manifest and the bank by the rules the README states,
 * not by the marking code.
 */
class MarkTypedResponsesTest {
    private static final BigDecimal MCQ_PENALTY = new BigDecimal("-0.25");
    private static final BigDecimal TF_PENALTY = new BigDecimal("-0.5");

    @TempDir
    Path out;

    record Expected(String roll, String set, BigDecimal total, Map<String, BigDecimal> items) {
    }

    @Test
    void resultsHoldTheSimulatedClassesScores() throws IOException, SQLException {
        Path run = generate(3, 40, 11);
        Manifest manifest = ManifestReader.read(run.resolve("manifest.json"));
        Map<String, Question> bank = BankReader.read(Path.of("bank/django")).questions().stream()
                .collect(Collectors.toMap(Question::id, q -> q));
        Set<String> types = manifest.sets().get(0).questions().stream().map(Manifest.Item::type)
                .collect(Collectors.toSet());
        assertThat(types).as("the run has every type, so every rule is tried")
                .contains("mcq", "multi", "truefalse", "fill", "short", "long");

        // The key of one mcq item is corrected after the test: the bank option after the right one becomes right.
        Question rekeyed = manifest.sets().get(0).questions().stream().map(i -> bank.get(i.id()))
                .filter(q -> q.type().label().equals("mcq")).findFirst().orElseThrow();
        int oldRight = ((Answer.Choice) rekeyed.answer()).correct().first();
        int newRight = (oldRight + 1) % rekeyed.options().size();
        String rekey = rekeyed.id() + "=" + (char) ('A' + newRight);

        Random random = new Random(20261207);
        int questions = manifest.sets().get(0).questions().size();
        StringBuilder csv = new StringBuilder("\uFEFFTimestamp;Roll;Name;Set");
        for (int q = 1; q <= questions; q++) {
            csv.append(";Q").append(q);
        }
        csv.append("\r\n");
        List<Expected> expected = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            Manifest.SetEntry set = manifest.sets().get(s % manifest.sets().size());
            String roll = String.format("R%03d", s + 1);
            // student 0 answers every key; student 1 gets everything wrong (a total held at 0)
            double skill = s == 0 ? 1.0 : s == 1 ? -1 : random.nextDouble();
            String name = s == 2 ? "=HYPERLINK(\"\"x\"\")" : "Student " + (s + 1);
            csv.append("2026-12-07 09:").append(10 + s).append(";").append(roll).append(";\"").append(name)
                    .append("\";").append(s % 2 == 0 ? set.set() : set.set().toLowerCase());
            Map<String, BigDecimal> items = new LinkedHashMap<>();
            for (Manifest.Item item : set.questions()) {
                Question question = bank.get(item.id());
                Answer answer = question.id().equals(rekeyed.id()) ? Answer.Choice.of(newRight) : question.answer();
                String[] cell = new String[1];
                items.put(item.id(), simulate(random, skill, item, question, answer, cell));
                csv.append(';').append(cell[0].contains(";") ? "\"" + cell[0] + "\"" : cell[0]);
            }
            csv.append("\r\n");
            BigDecimal total = items.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).max(BigDecimal.ZERO);
            expected.add(new Expected(roll, set.set(), total, items));
        }
        Path responses = out.resolve("class.csv");
        Files.writeString(responses, csv, StandardCharsets.UTF_8);

        Cli mark = Cli.run("mark", run.toString(), "--responses", responses.toString(), "--wrong",
                "mcq=-0.25,truefalse=-0.5", "--multi", "partial", "--rekey", rekey);
        assertThat(mark.exitCode()).as(mark.toString()).isZero();
        assertThat(mark.out()).contains("students    30").contains("KR-20").contains("keys corrected: " + rekey);
        assertThat(mark.out()).contains("column Timestamp left out");

        List<CSVRecord> rows = readCsv(run.resolve("marks/results.csv"));
        Map<String, CSVRecord> byRoll = new HashMap<>();
        rows.forEach(row -> byRoll.put(row.get("roll"), row));
        assertThat(rows).hasSize(30);
        for (Expected student : expected) {
            CSVRecord row = byRoll.get(student.roll());
            assertThat(row.get("set")).isEqualTo(student.set());
            assertThat(new BigDecimal(row.get("score"))).as("%s's total", student.roll())
                    .isEqualByComparingTo(student.total());
            for (Map.Entry<String, BigDecimal> item : student.items().entrySet()) {
                assertThat(new BigDecimal(row.get(item.getKey() + " marks"))).as("%s, %s", student.roll(), item.getKey())
                        .isEqualByComparingTo(item.getValue());
            }
        }
        BigDecimal full = new BigDecimal(manifest.sets().get(0).totalMarks());
        assertThat(new BigDecimal(byRoll.get("R001").get("score"))).isEqualByComparingTo(full);
        assertThat(byRoll.get("R001").get("percent")).isEqualTo("100");
        assertThat(new BigDecimal(byRoll.get("R002").get("score"))).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(byRoll.get("R003").get("name")).startsWith("'=HYPERLINK");

        List<CSVRecord> items = readCsv(run.resolve("marks/items.csv"));
        assertThat(items).extracting(r -> r.get("id")).doesNotHaveDuplicates()
                .containsAll(manifest.sets().get(0).questions().stream().map(Manifest.Item::id).toList());
        CSVRecord allRight = items.stream().filter(r -> r.get("id").equals(rekeyed.id())).findFirst().orElseThrow();
        assertThat(allRight.get("students")).isEqualTo("30");

        Cli history = Cli.run("history", "--out", out.toString(), "--item", rekeyed.id());
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out()).contains(rekeyed.id() + " in 1 marked run").contains("30 students");

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("papersetter.db"));
                Statement query = db.createStatement()) {
            assertThat(count(query, "SELECT count(*) FROM markings")).isEqualTo(1);
            assertThat(count(query, "SELECT count(*) FROM scores")).isEqualTo(30);
            assertThat(count(query, "SELECT count(*) FROM responses")).isEqualTo(30 * questions);
            assertThat(count(query, "SELECT count(DISTINCT question) FROM item_stats")).isEqualTo(questions);
            try (ResultSet score = query.executeQuery("SELECT score FROM scores WHERE roll = 'R001'")) {
                score.next();
                assertThat(new BigDecimal(score.getString(1))).isEqualByComparingTo(full);
            }
            // A record made before markings were kept (version 1) takes the tables up when it is next opened.
            query.execute("DROP TABLE item_stats");
            query.execute("PRAGMA user_version = 1");
        }

        // Marking again replaces the earlier marking, in the folder and in the record.
        Cli again = Cli.run("mark", run.toString(), "--responses", responses.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(Cli.run("history", "--out", out.toString(), "--item", rekeyed.id()).out())
                .contains("in 1 marked run");
        try (var left = Files.list(run)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".marks"));
        }
    }

    private static int count(Statement query, String sql) throws SQLException {
        try (ResultSet result = query.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    /** One simulated answer: the cell typed and the marks it must earn. */
    private static BigDecimal simulate(Random random, double skill, Manifest.Item item, Question question,
            Answer answer, String[] cell) {
        BigDecimal marks = new BigDecimal(item.marks());
        double roll = random.nextDouble();
        boolean blank = skill >= 0 && skill < 1 && roll > 0.9;
        boolean right = skill >= 1 || skill >= 0 && roll < skill;
        if (blank) {
            cell[0] = random.nextBoolean() ? "" : " ";
            return BigDecimal.ZERO;
        }
        switch (question.type()) {
            case MCQ -> {
                int rightPrinted = item.options().indexOf(letter(((Answer.Choice) answer).correct().first()));
                int chosen = right ? rightPrinted : (rightPrinted + 1 + random.nextInt(item.options().size() - 1))
                        % item.options().size();
                String letter = letter(chosen);
                cell[0] = random.nextBoolean() ? letter : letter.toLowerCase();
                return chosen == rightPrinted ? marks : marks.multiply(MCQ_PENALTY).setScale(2, RoundingMode.HALF_UP);
            }
            case MULTI -> {
                Set<Integer> correct = ((Answer.Choice) answer).correct();
                int n = item.options().size();
                Set<Integer> chosenBank = new TreeSet<>();
                if (right) {
                    chosenBank.addAll(correct);
                } else {
                    for (int option = 0; option < n; option++) {
                        if (random.nextDouble() < 0.5) {
                            chosenBank.add(option);
                        }
                    }
                    if (chosenBank.isEmpty()) {
                        chosenBank.add(random.nextInt(n));
                    }
                }
                List<String> printed = new ArrayList<>();
                chosenBank.forEach(bankOption -> printed.add(letter(item.options().indexOf(letter(bankOption)))));
                Collections.shuffle(printed, random);
                String[] separators = {";", "", ", ", " "};
                cell[0] = String.join(separators[random.nextInt(separators.length)], printed);
                if (chosenBank.equals(correct)) {
                    return marks;
                }
                long hits = chosenBank.stream().filter(correct::contains).count();
                long misses = chosenBank.size() - hits;
                int distractors = n - correct.size();
                BigDecimal share = BigDecimal.valueOf(hits).divide(BigDecimal.valueOf(correct.size()), 12,
                        RoundingMode.HALF_UP);
                if (distractors > 0) {
                    share = share.subtract(BigDecimal.valueOf(misses).divide(BigDecimal.valueOf(distractors), 12,
                            RoundingMode.HALF_UP));
                }
                return share.signum() <= 0 ? BigDecimal.ZERO : marks.multiply(share).setScale(2, RoundingMode.HALF_UP);
            }
            case TRUEFALSE -> {
                boolean value = ((Answer.TrueFalse) answer).value() == right;
                String[][] spellings = {{"T", "true", "Yes", "y"}, {"F", "False", "no", "N"}};
                cell[0] = spellings[value ? 0 : 1][random.nextInt(4)];
                return right ? marks : marks.multiply(TF_PENALTY).setScale(2, RoundingMode.HALF_UP);
            }
            case FILL -> {
                List<List<String>> accepted = ((Answer.Blanks) answer).accepted();
                List<String> parts = new ArrayList<>();
                int rightBlanks = 0;
                for (List<String> blank1 : accepted) {
                    boolean thisRight = right || random.nextDouble() < 0.3;
                    if (thisRight) {
                        String word = blank1.get(random.nextInt(blank1.size()));
                        parts.add(random.nextBoolean() ? " " + word.toUpperCase() + " " : word);
                        rightBlanks++;
                    } else {
                        parts.add("zzz-not-it");
                    }
                }
                cell[0] = String.join(";", parts);
                return marks.multiply(BigDecimal.valueOf(rightBlanks))
                        .divide(BigDecimal.valueOf(accepted.size()), 6, RoundingMode.HALF_UP)
                        .setScale(2, RoundingMode.HALF_UP);
            }
            default -> {
                BigDecimal given = skill >= 1 ? marks : skill < 0 ? BigDecimal.ZERO
                        : marks.multiply(BigDecimal.valueOf(random.nextInt(5))).divide(BigDecimal.valueOf(4), 2,
                                RoundingMode.DOWN);
                cell[0] = given.stripTrailingZeros().toPlainString();
                return given;
            }
        }
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private Path generate(int sets, int count, long seed) throws IOException {
        Cli run = Cli.run("generate", "--count", Integer.toString(count), "--sets", Integer.toString(sets), "--seed",
                Long.toString(seed), "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (var folders = Files.list(out)) {
            return folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
    }

    static List<CSVRecord> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }
}

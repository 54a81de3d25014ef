package papersetter.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import papersetter.model.Answer;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.model.Section;
import papersetter.model.SourceRef;

/**
 * The class and item statistics, first on a class small enough to work by hand, then against
 * Apache Commons Math on random classes.
 */
class MarkingStatisticsTest {
    /*
     * The hand-worked class: five students, four one-mark mcq items (options A–D, key A), 1 = right.
     *
     *           Q1 Q2 Q3 Q4  total
     *      S1    1  1  1  1    4
     *      S2    1  1  1  0    3
     *      S3    1  1  0  0    2
     *      S4    1  0  0  1    2
     *      S5    0  0  0  0    0
     *
     * mean = 11/5 = 2.2; median = 2; deviations 1.8, 0.8, -0.2, -0.2, -2.2, squares sum to 8.8,
     * so the sample SD = sqrt(8.8/4) = sqrt(2.2) = 1.4832 and the population variance = 8.8/5 = 1.76.
     * p = 0.8, 0.6, 0.4, 0.4; Σpq = 0.16 + 0.24 + 0.24 + 0.24 = 0.88;
     * KR-20 = 4/3 · (1 − 0.88/1.76) = 4/3 · 0.5 = 0.6667.
     *
     * Q1 against the rest (total − Q1 = 3, 2, 1, 1, 0): means 0.8 and 1.4; Σdxdy = 0.32 + 0.12 − 0.08
     * − 0.08 + 1.12 = 1.4, Σdx² = 0.8, Σdy² = 5.2; r = 1.4 / sqrt(4.16) = 0.6864.
     * Q4 against the rest (3, 3, 2, 1, 0): means 0.4 and 1.8; Σdxdy = 0.72 − 0.48 − 0.08 − 0.48 + 0.72
     * = 0.40, Σdx² = 1.2, Σdy² = 6.8; r = 0.4 / sqrt(8.16) = 0.1400.
     * Upper and lower groups: round(0.27 · 5) = 1 student each, S1 (4) and S5 (0): Q4's upper-lower = 1 − 0 = 1,
     * Q3's = 1 − 0 = 1.
     *
     * Wrong answers are chosen so that options show: S5 answers B to every question, S4 answers C to
     * Q2 and Q3, S3 answers B to Q3 and Q4, S2 answers B to Q4. Q4: A by S1, S4 (0.4), B by S2, S3, S5
     * (0.6), C and D by nobody; the top group (S1) chose the key, so no wrong-key flag.
     */
    private static final int[][] RIGHT = {{1, 1, 1, 1}, {1, 1, 1, 0}, {1, 1, 0, 0}, {1, 0, 0, 1}, {0, 0, 0, 0}};
    private static final String[][] CHOSEN = {{"A", "A", "A", "A"}, {"A", "A", "A", "B"}, {"A", "A", "B", "B"},
        {"A", "C", "C", "A"}, {"B", "B", "B", "B"}};

    @Test
    void aClassWorkedByHand() throws Exception {
        List<Question> questions = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            questions.add(mcq("Q" + i, 0));
        }
        Paper paper = paper(questions);
        List<Student> students = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            students.add(student("S" + (s + 1), paper, CHOSEN[s]));
        }
        Report report = Report.of(students, questions);
        assertThat(report.mean()).isCloseTo(2.2, within(1e-12));
        assertThat(report.median()).isCloseTo(2.0, within(1e-12));
        assertThat(report.sd()).isCloseTo(1.4832, within(1e-4));
        assertThat(report.kr20()).isCloseTo(0.6667, within(1e-4));
        ItemStat q1 = report.items().get(0);
        ItemStat q4 = report.items().get(3);
        assertThat(q1.facility()).isEqualTo(0.8);
        assertThat(q1.pointBiserial()).isCloseTo(0.6864, within(1e-4));
        assertThat(q4.facility()).isEqualTo(0.4);
        assertThat(q4.pointBiserial()).isCloseTo(0.1400, within(1e-4));
        assertThat(q4.upperLower()).isEqualTo(1.0);
        assertThat(report.items().get(2).upperLower()).isEqualTo(1.0);
        assertThat(q4.optionShares()).containsExactly(0.4, 0.6, 0.0, 0.0);
        assertThat(q4.flags()).containsExactly("distractors C, D chosen by nobody");
        for (int s = 0; s < 5; s++) {
            int total = java.util.Arrays.stream(RIGHT[s]).sum();
            assertThat(students.get(s).score()).isEqualByComparingTo(BigDecimal.valueOf(total));
        }
    }

    /*
     * A class worked by hand with items of different marks and partial credit: M1 an mcq of 1 mark,
     * M2 an mcq of 2 marks (key A for both), W1 a short item of 2 marks, marked 0 to 2.
     *
     *           M1      M2      W1     total   credit M1 M2 W1   right (full marks) M1 M2 W1
     *      S1   A 1     A 2     2      5              1  1  1                       1  1  1
     *      S2   A 1     B 0     1.5    2.5            1  0  .75                     1  0  0
     *      S3   B 0     A 2     1      3              0  1  .5                      0  1  0
     *      S4   A 1     B 0     0.5    1.5            1  0  .25                     1  0  0
     *      S5   B 0     B 0     0      0              0  0  0                       0  0  0
     *
     * mean = 12/5 = 2.4; median = 2.5; deviations 2.6, 0.1, 0.6, −0.9, −2.4, squares 6.76 + 0.01 +
     * 0.36 + 0.81 + 5.76 = 13.7, sample SD = sqrt(13.7/4) = 1.8507.
     * Facility is the mean credit: M1 3/5 = 0.6, M2 2/5 = 0.4, W1 2.5/5 = 0.5.
     * KR-20 counts an item right only with full marks: numbers right 3, 1, 1, 1, 0 (mean 1.2, squares
     * of deviations 3.24 + 0.04 · 3 + 1.44 = 4.8, population variance 0.96); p = 0.6, 0.4, 0.2,
     * Σpq = 0.24 + 0.24 + 0.16 = 0.64; KR-20 = 3/2 · (1 − 0.64/0.96) = 0.5.
     * W1 against the rest (total − W1's marks = 3, 1, 2, 1, 0; mean 1.4): dx = .5, .25, 0, −.25, −.5,
     * dy = 1.6, −.4, .6, −.4, −1.4; Σdxdy = .8 − .1 + 0 + .1 + .7 = 1.5, Σdx² = .625, Σdy² = 5.2;
     * r = 1.5 / sqrt(3.25) = 0.8321.
     * M2 against the rest (3, 2.5, 1, 1.5, 0; mean 1.6): dx = .6, −.4, .6, −.4, −.4, dy = 1.4, .9,
     * −.6, −.1, −1.6; Σdxdy = .84 − .36 − .36 + .04 + .64 = .8, Σdx² = 1.2, Σdy² = 5.7;
     * r = .8 / sqrt(6.84) = 0.3059.
     * Upper and lower groups of round(0.27 · 5) = 1: S1 and S5; W1's upper-lower = 1 − 0 = 1.
     */
    private static final String[][] MIXED = {{"A", "A", "2"}, {"A", "B", "1.5"}, {"B", "A", "1"}, {"A", "B", "0.5"},
        {"B", "B", "0"}};

    @Test
    void aClassWithWeightsAndPartCreditWorkedByHand() throws Exception {
        List<Question> questions = mixedItems();
        Paper paper = paper(questions);
        List<Student> students = new ArrayList<>();
        for (int s = 0; s < MIXED.length; s++) {
            students.add(student("S" + (s + 1), paper, MIXED[s], Scoring.DEFAULT));
        }
        Report report = Report.of(students, questions);
        assertThat(report.mean()).isCloseTo(2.4, within(1e-12));
        assertThat(report.median()).isCloseTo(2.5, within(1e-12));
        assertThat(report.sd()).isCloseTo(1.8507, within(1e-4));
        assertThat(report.kr20()).isCloseTo(0.5, within(1e-12));
        assertThat(report.items()).extracting(ItemStat::facility).containsExactly(0.6, 0.4, 0.5);
        assertThat(report.items().get(2).pointBiserial()).isCloseTo(0.8321, within(1e-4));
        assertThat(report.items().get(1).pointBiserial()).isCloseTo(0.3059, within(1e-4));
        assertThat(report.items().get(2).upperLower()).isEqualTo(1.0);
        assertThat(report.items().get(2).optionShares()).isEmpty();
    }

    /*
     * The same class with negative marking: a wrong mcq answer costs a quarter of its marks (−0.25 on
     * M1, −0.5 on M2). Totals before holding at 0: S1 5, S2 1 − .5 + 1.5 = 2, S3 −.25 + 2 + 1 = 2.75,
     * S4 1 − .5 + .5 = 1, S5 −.25 − .5 + 0 = −0.75; S5 scores 0.
     * The class's numbers are of the scores as given (5, 2, 2.75, 1, 0): mean 10.75/5 = 2.15,
     * median 2, sample SD = sqrt((2.85² + .15² + .6² + 1.15² + 2.15²)/4) = sqrt(14.45/4) = 1.9007.
     * The item statistics use the totals before holding at 0 (a penalty is part of how the student
     * did), and a penalty counts as no credit: M2 against the rest (raw total − M2's marks = 3, 2.5,
     * .75, 1.5, −.25; mean 1.5): dy = 1.5, 1, −.75, 0, −1.75; Σdxdy = .9 − .4 − .45 + 0 + .7 = .75,
     * Σdx² = 1.2, Σdy² = 6.875; r = .75 / sqrt(8.25) = 0.2611. Facilities are as before.
     */
    @Test
    void negativeMarkingWorkedByHand() throws Exception {
        List<Question> questions = mixedItems();
        Paper paper = paper(questions);
        Scoring quarter = Scoring.of("all", List.of("-0.25"));
        List<Student> students = new ArrayList<>();
        for (int s = 0; s < MIXED.length; s++) {
            students.add(student("S" + (s + 1), paper, MIXED[s], quarter));
        }
        assertThat(students.get(4).raw()).isEqualByComparingTo("-0.75");
        assertThat(students.get(4).score()).isEqualByComparingTo("0");
        Report report = Report.of(students, questions);
        assertThat(report.mean()).isCloseTo(2.15, within(1e-12));
        assertThat(report.median()).isCloseTo(2.0, within(1e-12));
        assertThat(report.sd()).isCloseTo(1.9007, within(1e-4));
        assertThat(report.min()).isZero();
        assertThat(report.items()).extracting(ItemStat::facility).containsExactly(0.6, 0.4, 0.5);
        assertThat(report.items().get(1).pointBiserial()).isCloseTo(0.2611, within(1e-4));
    }

    /**
     * Random classes with items of 1 to 3 marks, written items marked in halves, and negative
     * marking: every number against Commons Math's, the upper and lower groups chosen here by a
     * sort of the students.
     */
    @RepeatedTest(30)
    void weightedAndPartCreditClassesAgreeWithCommonsMath(org.junit.jupiter.api.RepetitionInfo repetition)
            throws Exception {
        Random random = new Random(1000 + repetition.getCurrentRepetition());
        int items = 2 + random.nextInt(10);
        int size = 3 + random.nextInt(50);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            questions.add(random.nextBoolean() ? weighted("I" + i, random.nextInt(4), 1 + random.nextInt(3))
                    : written("I" + i, 1 + random.nextInt(3)));
        }
        Paper paper = paper(questions);
        Scoring scoring = random.nextBoolean() ? Scoring.DEFAULT : Scoring.of("all", List.of("-0.25"));
        List<Student> students = new ArrayList<>();
        double[][] credit = new double[size][items];
        double[][] marks = new double[size][items];
        for (int s = 0; s < size; s++) {
            double skill = random.nextDouble();
            String[] answers = new String[items];
            for (int i = 0; i < items; i++) {
                Question question = questions.get(i);
                double full = question.marks().doubleValue();
                if (question.answer() instanceof Answer.Choice choice) {
                    int key = choice.correct().first();
                    int answer = random.nextDouble() < skill ? key : random.nextInt(4);
                    answers[i] = String.valueOf((char) ('A' + answer));
                    credit[s][i] = answer == key ? 1 : 0;
                    marks[s][i] = answer == key ? full : scoring.negative() ? -0.25 * full : 0;
                } else {
                    double given = Math.round(skill * full * 2 * random.nextDouble()) / 2.0;
                    given = Math.min(full, given);
                    answers[i] = String.valueOf(given);
                    credit[s][i] = given / full;
                    marks[s][i] = given;
                }
            }
            students.add(student("S" + s, paper, answers, scoring));
        }
        Report report = Report.of(students, questions);
        double[] raw = new double[size];
        double[] scores = new double[size];
        double[] right = new double[size];
        for (int s = 0; s < size; s++) {
            raw[s] = java.util.Arrays.stream(marks[s]).sum();
            scores[s] = Math.max(0, raw[s]);
            for (int i = 0; i < items; i++) {
                right[s] += credit[s][i] >= 1 ? 1 : 0;
            }
        }
        DescriptiveStatistics described = new DescriptiveStatistics(scores);
        assertThat(report.mean()).isCloseTo(described.getMean(), within(1e-9));
        assertThat(report.median()).isCloseTo(described.getPercentile(50), within(1e-9));
        assertThat(report.sd()).isCloseTo(described.getStandardDeviation(), within(1e-9));
        assertThat(report.min()).isCloseTo(described.getMin(), within(1e-9));
        assertThat(report.max()).isCloseTo(described.getMax(), within(1e-9));

        Integer[] order = new Integer[size];
        for (int s = 0; s < size; s++) {
            order[s] = s;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(raw[b], raw[a])); // stable: ties in class order
        int group = Math.min(size / 2, Math.max(1, (int) Math.round(0.27 * size)));
        double pq = 0;
        for (int i = 0; i < items; i++) {
            double[] column = column(credit, i);
            double[] rest = new double[size];
            double[] fullMarks = new double[size];
            for (int s = 0; s < size; s++) {
                rest[s] = raw[s] - marks[s][i];
                fullMarks[s] = credit[s][i] >= 1 ? 1 : 0;
            }
            double p = new DescriptiveStatistics(fullMarks).getMean();
            pq += p * (1 - p);
            ItemStat stat = report.items().get(i);
            assertThat(stat.facility()).isCloseTo(new DescriptiveStatistics(column).getMean(), within(1e-9));
            boolean flat = new Variance().evaluate(column) == 0 || new Variance().evaluate(rest) == 0;
            if (flat) {
                assertThat(stat.pointBiserial()).isNaN();
            } else {
                assertThat(stat.pointBiserial()).isCloseTo(new PearsonsCorrelation().correlation(column, rest),
                        within(1e-9));
            }
            double upper = 0;
            double lower = 0;
            for (int g = 0; g < group; g++) {
                upper += credit[order[g]][i];
                lower += credit[order[size - 1 - g]][i];
            }
            assertThat(stat.upperLower()).isCloseTo((upper - lower) / group, within(1e-9));
        }
        double variance = new Variance(false).evaluate(right);
        if (variance == 0) {
            assertThat(report.kr20()).isNaN();
        } else {
            assertThat(report.kr20()).isCloseTo((double) items / (items - 1) * (1 - pq / variance), within(1e-9));
        }
    }

    private static List<Question> mixedItems() {
        return List.of(weighted("M1", 0, 1), weighted("M2", 0, 2), written("W1", 2));
    }

    static Question weighted(String id, int key, int marks) {
        Question mcq = mcq(id, key);
        return new Question(id, "level", "topic", QuestionType.MCQ, id + "?", mcq.options(), mcq.answer(),
                BigDecimal.valueOf(marks), "", 0, List.of(), true, 0, Optional.empty(), mcq.source());
    }

    static Question written(String id, int marks) {
        return new Question(id, "level", "topic", QuestionType.SHORT, id + "?", List.of(),
                new Answer.Model("the model answer"), BigDecimal.valueOf(marks), "", 0, List.of(), true, 0,
                Optional.empty(), mcq(id, 0).source());
    }

    static Student student(String roll, Paper paper, String[] answers, Scoring scoring) throws Scorer.Unreadable {
        Map<String, Scorer.Mark> marks = new HashMap<>();
        for (PaperItem item : paper.items()) {
            marks.put(item.question().id(), Scorer.score(item, answers[item.number() - 1], scoring));
        }
        return Student.of(1, roll, roll, paper, marks);
    }

    /*
     * A key that strong students avoided: the bank says A, but the best two of six students (the top
     * round(0.27 · 6) = 2) both chose C, and the weakest chose A. The item is flagged as likely
     * wrong and as discriminating negatively.
     */
    @Test
    void aKeyTheStrongStudentsAvoidedIsFlagged() throws Exception {
        List<Question> questions = List.of(mcq("K1", 0), mcq("K2", 0), mcq("K3", 0), mcq("SUSPECT", 0));
        Paper paper = paper(questions);
        String[][] chosen = {{"A", "A", "A", "C"}, {"A", "A", "A", "C"}, {"A", "A", "B", "C"}, {"A", "B", "B", "A"},
            {"B", "B", "B", "A"}, {"B", "B", "B", "A"}};
        List<Student> students = new ArrayList<>();
        for (int s = 0; s < chosen.length; s++) {
            students.add(student("S" + s, paper, chosen[s]));
        }
        ItemStat suspect = Report.of(students, questions).items().get(3);
        assertThat(suspect.pointBiserial()).isNegative();
        assertThat(suspect.flags()).contains("negative discrimination")
                .anyMatch(flag -> flag.startsWith("likely wrong key: the top group chose C (2 of 2) more than the key A (0)"));
    }

    /** Random classes: every number against Commons Math's. */
    @RepeatedTest(50)
    void agreesWithCommonsMath(org.junit.jupiter.api.RepetitionInfo repetition) throws Exception {
        Random random = new Random(repetition.getCurrentRepetition());
        int items = 2 + random.nextInt(12);
        int size = 2 + random.nextInt(60);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            questions.add(mcq("I" + i, random.nextInt(4)));
        }
        Paper paper = paper(questions);
        List<Student> students = new ArrayList<>();
        double[][] right = new double[size][items];
        for (int s = 0; s < size; s++) {
            double skill = random.nextDouble();
            String[] answers = new String[items];
            for (int i = 0; i < items; i++) {
                int key = ((Answer.Choice) questions.get(i).answer()).correct().first();
                int answer = random.nextDouble() < skill ? key : random.nextInt(4);
                answers[i] = String.valueOf((char) ('A' + answer));
                right[s][i] = answer == key ? 1 : 0;
            }
            students.add(student("S" + s, paper, answers));
        }
        Report report = Report.of(students, questions);
        double[] totals = new double[size];
        for (int s = 0; s < size; s++) {
            totals[s] = java.util.Arrays.stream(right[s]).sum();
        }
        DescriptiveStatistics described = new DescriptiveStatistics(totals);
        assertThat(report.mean()).isCloseTo(described.getMean(), within(1e-9));
        assertThat(report.median()).isCloseTo(described.getPercentile(50), within(1e-9));
        assertThat(report.sd()).isCloseTo(described.getStandardDeviation(), within(1e-9));

        double pq = 0;
        for (int i = 0; i < items; i++) {
            double[] column = column(right, i);
            double p = new DescriptiveStatistics(column).getMean();
            pq += p * (1 - p);
            ItemStat stat = report.items().get(i);
            assertThat(stat.facility()).isCloseTo(p, within(1e-9));
            double[] rest = new double[size];
            for (int s = 0; s < size; s++) {
                rest[s] = totals[s] - right[s][i];
            }
            double expected = new Variance().evaluate(column) == 0 || new Variance().evaluate(rest) == 0 ? Double.NaN
                    : new PearsonsCorrelation().correlation(column, rest);
            if (Double.isNaN(expected)) {
                assertThat(stat.pointBiserial()).isNaN();
            } else {
                assertThat(stat.pointBiserial()).isCloseTo(expected, within(1e-9));
            }
        }
        double variance = new Variance(false).evaluate(totals);
        if (variance == 0) {
            assertThat(report.kr20()).isNaN();
        } else {
            assertThat(report.kr20()).isCloseTo((double) items / (items - 1) * (1 - pq / variance), within(1e-9));
        }
    }

    private static double[] column(double[][] matrix, int index) {
        return java.util.Arrays.stream(matrix).mapToDouble(row -> row[index]).toArray();
    }

    static Question mcq(String id, int key) {
        return new Question(id, "level", "topic", QuestionType.MCQ, id + "?", List.of("a", "b", "c", "d"),
                Answer.Choice.of(key), BigDecimal.ONE, "", 0, List.of(), true, 0, Optional.empty(),
                new SourceRef(Path.of("bank.csv"), 2 + Integer.parseInt("0" + id.replaceAll("\\D", ""))));
    }

    static Paper paper(List<Question> questions) {
        return paper("A", questions);
    }

    static Paper paper(String set, List<Question> questions) {
        List<PaperItem> items = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            items.add(new PaperItem(i + 1, questions.get(i), java.util.stream.IntStream
                    .range(0, questions.get(i).options().size()).boxed().toList()));
        }
        return new Paper(set, 1, "X1", List.of(new Section("", "", items)));
    }

    static Student student(String roll, Paper paper, String[] answers) throws Scorer.Unreadable {
        Map<String, Scorer.Mark> marks = new HashMap<>();
        for (PaperItem item : paper.items()) {
            marks.put(item.question().id(), Scorer.score(item, answers[item.number() - 1], Scoring.DEFAULT));
        }
        return Student.of(1, roll, roll, paper, marks);
    }

    /*
     * Sets with different questions (--vary questions) share no item: set A is the hand-worked class
     * above (KR-20 0.6667), set B the same answers to other questions, so its KR-20 is the same; the
     * class's facility per item counts only the students whose paper had it.
     */
    @Test
    void setsWithDifferentQuestionsGetAKr20Each() throws Exception {
        List<Question> a = new ArrayList<>();
        List<Question> b = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            a.add(mcq("A" + i, 0));
            b.add(mcq("B" + i, 0));
        }
        Paper paperA = paper("A", a);
        Paper paperB = paper("B", b);
        List<Student> students = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            students.add(student("A" + s, paperA, CHOSEN[s]));
            students.add(student("B" + s, paperB, CHOSEN[s]));
        }
        List<Question> all = new ArrayList<>(a);
        all.addAll(b);
        Report report = Report.of(students, all);
        assertThat(report.kr20()).isNaN();
        assertThat(report.kr20BySet()).containsOnlyKeys("A", "B");
        assertThat(report.kr20BySet().get("A")).isCloseTo(0.6667, within(1e-4));
        assertThat(report.kr20BySet().get("B")).isCloseTo(0.6667, within(1e-4));
        assertThat(report.items().get(0).students()).isEqualTo(5);
        assertThat(report.items().get(0).facility()).isEqualTo(0.8);
        assertThat(report.summary(Path.of("run"), new MarkRequest(Path.of("run"), Path.of("r.csv")), Scoring.DEFAULT,
                List.of())).contains("KR-20       by set (the sets hold different questions): A 0.67, B 0.67");
    }

    @Test
    void groupsAreAQuarterAndMoreOfTheClass() {
        assertThat(Statistics.groupSize(1)).isZero();
        assertThat(Statistics.groupSize(2)).isEqualTo(1);
        assertThat(Statistics.groupSize(10)).isEqualTo(3);
        assertThat(Statistics.groupSize(30)).isEqualTo(8);
        assertThat(Set.of(Statistics.groupSize(100))).containsExactly(27);
    }
}

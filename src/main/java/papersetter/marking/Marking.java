package papersetter.marking;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import papersetter.engine.Pipeline;
import papersetter.history.History;
import papersetter.history.MarkingEntry;
import papersetter.model.BadInputException;
import papersetter.model.Marks;
import papersetter.model.OptionLabels;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.scan.ScanOutcome;
import papersetter.scan.Scans;

/**
 * Marks a run from typed responses: rebuilds the run's papers from its manifest and unchanged bank
 * (so every key is the printed one), applies any corrected keys, scores each student's answers,
 * works out the class's and each item's statistics, and writes {@code RUN/marks/} whole or not at
 * all. Every problem in the responses is collected in one pass; any problem stops the marking
 * before anything is written.
 */
public final class Marking {
    /** The responses a marking used, kept in marks/: what a scan read, or the typed file. */
    static final String RESPONSES = "responses.csv";
    static final String REVIEW = "review.pdf";

    private Marking() {
    }

    /**
     * Scans with doubts or pages not placed: nothing is marked, nothing guessed. marks/ gets the
     * responses read (doubtful answers blank, named in the 'review' column) and review.pdf.
     */
    private static MarkResult toReview(Path run, MarkRequest request, ScanOutcome scan) {
        StringBuilder text = new StringBuilder();
        text.append("Read ").append(scan.pages()).append(scan.pages() == 1 ? " page" : " pages").append(" of ")
                .append(request.scans()).append(" for ").append(run).append(": ").append(scan.students())
                .append(scan.students() == 1 ? " student" : " students").append(".\n");
        text.append(scan.doubts()).append(scan.doubts() == 1 ? " doubtful answer" : " doubtful answers")
                .append(" and ").append(scan.problems().size())
                .append(scan.problems().size() == 1 ? " page problem" : " page problems")
                .append(": nothing is marked yet, and nothing was guessed.\n");
        int shown = Math.min(10, scan.problems().size());
        scan.problems().subList(0, shown).forEach(problem -> text.append("  ").append(problem).append('\n'));
        if (scan.problems().size() > shown) {
            text.append("  … and ").append(scan.problems().size() - shown).append(" more (see review.pdf)\n");
        }
        scan.notes().forEach(note -> text.append("Note: ").append(note).append('\n'));
        Path marks = run.resolve(MarksFolder.NAME);
        text.append("Look at ").append(marks.resolve(REVIEW)).append(", type what each student meant into ")
                .append(marks.resolve(RESPONSES)).append(" (its 'review' column says what to check), then mark:\n")
                .append("  papersetter mark ").append(run).append(" --responses ").append(marks.resolve(RESPONSES))
                .append('\n');
        String summary = text.toString();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(RESPONSES, scan.responses());
        if (scan.review() != null) {
            files.put(REVIEW, scan.review());
        }
        files.put("summary.txt", summary.replace("\n", System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        Path folder = MarksFolder.write(run, files);
        return new MarkResult(folder, scan.students(), scan.notes(), summary, null);
    }

    public static MarkResult mark(MarkRequest request) {
        return mark(request, Scans.Progress.NONE);
    }

    /** @param progress told how reading the scans goes (with {@code --scans}) */
    public static MarkResult mark(MarkRequest request, Scans.Progress progress) {
        Path run = request.run();
        Path manifest = run.resolve(Pipeline.MANIFEST);
        if (!Files.isDirectory(run)) {
            throw new BadInputException(run + ": no such run folder — give the folder a run wrote, e.g."
                    + " output/django-20261207-091500-seed42 (papersetter history lists them).");
        }
        if (!Files.isRegularFile(manifest)) {
            throw new BadInputException(run + ": no " + Pipeline.MANIFEST + " in this folder, so it is not a run"
                    + " papersetter wrote (or its manifest was removed) — give the run's own folder.");
        }
        Scoring.of(request.multi(), request.wrong()); // bad scoring options are refused before the bank is read
        List<Paper> papers;
        try {
            papers = Pipeline.recordedPapers(manifest);
        } catch (BadInputException e) {
            throw new BadInputException("Cannot mark " + run + " from its bank: " + e.getMessage(), e);
        }
        Manifest recorded = ManifestReader.read(manifest);
        OptionLabels labels = printedLabels(manifest, recorded, papers);
        Scoring scoring = Scoring.of(request.multi(), request.wrong(), recorded);
        papers = Rekeys.apply(request.rekeys(), papers, labels);
        ResponsesFile responses;
        List<String> scanNotes = List.of();
        if (request.scans() != null) {
            ScanOutcome scan = Scans.read(run, recorded, request.scans(), progress);
            if (!scan.complete()) {
                return toReview(run, request, scan);
            }
            responses = ResponsesFile.parse(run.resolve(MarksFolder.NAME).resolve(RESPONSES), scan.responses());
            scanNotes = scan.notes();
            request = request.typedFrom(request.scans());
        } else {
            responses = ResponsesFile.read(request.responses());
        }
        List<String> notes = new ArrayList<>(scanNotes);
        notes.addAll(responses.notes);
        List<Student> students = students(responses, papers, scoring, labels, notes);

        List<Question> items = bankOrder(papers);
        Report report = Report.of(students, items);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("results.csv", MarksFiles.results(students, items));
        files.put("items.csv", MarksFiles.items(report.items()));
        // The responses marked stay with the marks: corrected after a scan, they are the record.
        files.put(RESPONSES, responses.bytes);
        files.put("report.pdf", ReportPdf.write(run.toAbsolutePath().normalize().getFileName().toString(),
                recorded.request() == null ? "" : recorded.request().title(), report, students, scoring,
                request.rekeys(), request.responses(), ReportPdf.layout(recorded, notes)));
        String summary = report.summary(run, request, scoring, notes);
        files.put("summary.txt", summary.replace("\n", System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        Path folder = MarksFolder.write(run, files);
        Path outDir = run.toAbsolutePath().normalize().getParent();
        String unrecorded = outDir == null ? null : History.recordMarking(outDir, entry(run, request, students, report))
                .orElse(null);
        return new MarkResult(folder, students.size(), notes, summary, unrecorded);
    }

    /**
     * How the run's papers labelled their options (the layout's {@code option-labels}), read from
     * the answers the manifest records, which name the right options as printed ({@code B},
     * {@code b}, {@code 2}, {@code ii}). The keys rebuilt from the bank must be the ones recorded:
     * they differ only when the manifest was edited, and then it is not known which the students saw.
     */
    private static OptionLabels printedLabels(Path manifestFile, Manifest manifest, List<Paper> papers) {
        List<String> differ = List.of();
        for (OptionLabels labels : OptionLabels.values()) {
            List<String> found = differences(manifest, papers, labels);
            if (found.isEmpty()) {
                return labels;
            }
            if (differ.isEmpty() || found.size() < differ.size()) {
                differ = found;
            }
        }
        throw new BadInputException(manifestFile + ": the printed keys it records differ from the keys its bank and"
                + " option orders give (" + differ.size() + "), first " + differ.get(0) + " — the manifest was"
                + " edited; restore it from the run as written, or correct a key with --rekey.");
    }

    private static List<String> differences(Manifest manifest, List<Paper> papers, OptionLabels labels) {
        List<String> differ = new ArrayList<>();
        for (int s = 0; s < papers.size(); s++) {
            List<PaperItem> items = papers.get(s).items();
            List<Manifest.Item> recorded = manifest.sets().get(s).questions();
            for (int i = 0; i < items.size(); i++) {
                String numeric = Manifest.Item.numeric(items.get(i));
                String rebuilt = numeric != null ? numeric : String.join(";", items.get(i).correctNames(labels));
                String printed = recorded.get(i).answer() == null ? "" : recorded.get(i).answer();
                if (!rebuilt.equals(printed)) {
                    differ.add("set " + papers.get(s).set() + " question " + items.get(i).number() + ": the manifest"
                            + " records " + (printed.isEmpty() ? "no answer" : printed) + ", the bank and option order"
                            + " give " + (rebuilt.isEmpty() ? "none" : rebuilt));
                }
            }
        }
        return differ;
    }

    private static List<Student> students(ResponsesFile file, List<Paper> papers, Scoring scoring,
            OptionLabels labels, List<String> notes) {
        Problems problems = new Problems();
        Map<String, Paper> bySet = new LinkedHashMap<>();
        papers.forEach(paper -> bySet.put(paper.set(), paper));
        String sets = String.join(", ", bySet.keySet());
        int longest = papers.stream().mapToInt(p -> p.items().size()).max().orElse(0);
        for (Map.Entry<Integer, Integer> question : file.questions.entrySet()) {
            if (question.getKey() > longest) {
                problems.add("past", file.file + ":1: " + file.column(question.getValue()) + ": question "
                        + question.getKey() + " but the papers have " + longest + " questions — delete the column,"
                        + " or check that these are the responses to this run.");
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int number = 1; number <= longest; number++) {
            if (!file.questions.containsKey(number)) {
                missing.add(number);
            }
        }
        if (!missing.isEmpty()) {
            notes.add(file.file + ": no column for " + (missing.size() == 1 ? "question " : "questions ")
                    + ranges(missing) + ": scored as not answered.");
        }
        if (file.set < 0 && bySet.size() > 1) {
            problems.add("set", file.file + ":1: no 'set' column, but the run has sets " + sets + " — add a column"
                    + " 'set' with the set letter printed on each student's paper.");
            problems.throwIfAny();
        }
        Map<String, Integer> rolls = new HashMap<>();
        List<Student> students = new ArrayList<>();
        for (ResponsesFile.Row row : file.rows) {
            String where = file.file + ":" + row.line() + ": ";
            String roll = row.cell(file.roll);
            if (roll.isEmpty()) {
                problems.add("roll", where + file.column(file.roll) + ": no roll number — type the student's roll.");
                continue;
            }
            Integer first = rolls.putIfAbsent(roll, row.line());
            if (first != null) {
                problems.add("repeated", where + file.column(file.roll) + ": roll " + roll + " again (first on line "
                        + first + ") — one row per student; delete or correct one of them.");
                continue;
            }
            String setGiven = file.set < 0 ? "" : row.cell(file.set).toUpperCase(java.util.Locale.ROOT)
                    .replaceFirst("^SET\\s*", "");
            Paper paper;
            if (setGiven.isEmpty() && bySet.size() == 1) {
                paper = papers.get(0);
            } else {
                paper = bySet.get(setGiven);
                if (paper == null) {
                    String column = file.set < 0 ? "no 'set' column" : file.column(file.set);
                    problems.add("set", where + column + ": " + (setGiven.isEmpty() ? "no set" : "set '" + setGiven
                            + "'") + ", but the run has " + (bySet.size() == 1 ? "only set " : "sets ") + sets
                            + " — type the set letter printed on the student's paper.");
                    continue;
                }
            }
            Map<String, Scorer.Mark> marks = new HashMap<>();
            List<PaperItem> items = paper.items();
            boolean readable = true;
            for (PaperItem item : items) {
                Integer column = file.questions.get(item.number());
                String cell = column == null ? "" : row.cell(column);
                try {
                    marks.put(item.question().id(), Scorer.score(paper.set(), item, cell, scoring, labels));
                } catch (Scorer.Unreadable e) {
                    problems.add("cell-" + item.question().type(), where + file.column(column) + ", set "
                            + paper.set() + ": " + e.getMessage() + " — " + e.fix + ".");
                    readable = false;
                }
            }
            for (Map.Entry<Integer, Integer> question : file.questions.entrySet()) {
                if (question.getKey() > items.size() && question.getKey() <= longest
                        && !row.cell(question.getValue()).isEmpty()) {
                    problems.add("past-set", where + file.column(question.getValue()) + ": an answer to question "
                            + question.getKey() + " but set " + paper.set() + " has " + items.size()
                            + " questions — check the student's set, or clear the cell.");
                    readable = false;
                }
            }
            if (!readable) {
                continue;
            }
            students.add(Student.of(row.line(), roll, row.cell(file.name), paper, marks));
        }
        if (file.rows.isEmpty()) {
            problems.add("empty", file.file + ": no students — the file has a header but no rows of answers.");
        }
        problems.throwIfAny();
        return students;
    }

    /** Every item on any paper, in the bank's order (file, then line), so that the sets line up. */
    static List<Question> bankOrder(List<Paper> papers) {
        Map<String, Question> byId = new TreeMap<>();
        papers.forEach(paper -> paper.items().forEach(item -> byId.putIfAbsent(item.question().id(), item.question())));
        return byId.values().stream().sorted(Comparator
                .comparing((Question q) -> q.source() == null ? "" : q.source().file().toString())
                .thenComparingInt(q -> q.source() == null ? 0 : q.source().line())
                .thenComparing(Question::id)).toList();
    }

    private static String ranges(List<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        int start = numbers.get(0);
        int end = start;
        for (int i = 1; i <= numbers.size(); i++) {
            if (i < numbers.size() && numbers.get(i) == end + 1) {
                end = numbers.get(i);
                continue;
            }
            parts.add(start == end ? String.valueOf(start) : start + "–" + end);
            if (i < numbers.size()) {
                start = numbers.get(i);
                end = start;
            }
        }
        return String.join(", ", parts);
    }

    private static MarkingEntry entry(Path run, MarkRequest request, List<Student> students, Report report) {
        List<MarkingEntry.Score> scores = new ArrayList<>();
        List<MarkingEntry.Response> responses = new ArrayList<>();
        for (Student student : students) {
            scores.add(new MarkingEntry.Score(student.roll(), student.name(), student.paper().set(),
                    Marks.format(student.score()), Marks.format(student.outOf())));
            for (PaperItem item : student.paper().items()) {
                Scorer.Mark mark = student.marks().get(item.question().id());
                responses.add(new MarkingEntry.Response(student.roll(), item.question().id(), student.paper().set(),
                        item.number(), mark.response(), Marks.format(mark.marks())));
            }
        }
        List<MarkingEntry.ItemRow> items = report.items().stream().map(stat -> new MarkingEntry.ItemRow(
                stat.question().id(), stat.students(), stat.facility(), finite(stat.pointBiserial()),
                finite(stat.upperLower()), String.join("; ", stat.flags()))).toList();
        return new MarkingEntry(run.toAbsolutePath().normalize().getFileName().toString(),
                LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19),
                request.responses().toString(), students.size(), report.mean(), report.median(), finite(report.sd()),
                finite(report.kr20()), scores, responses, items);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}

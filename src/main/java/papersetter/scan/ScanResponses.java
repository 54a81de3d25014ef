package papersetter.scan;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import papersetter.output.SpreadsheetCsv;
import papersetter.pdf.PdfImage;
import papersetter.render.ReviewRenderer;

/**
 * Puts the pages read together into students: a personalised sheet's QR code or the roll grid
 * says whose a page is; a roll that is not certain is left blank, never guessed. A page scanned
 * twice, a roll on two sheets and a missing page are said. Every doubt becomes an entry of the
 * review with the part of the scan it is about.
 */
final class ScanResponses {
    /** The column of responses.csv that names what to check on a row; marking leaves it out. */
    static final String REVIEW = "review";
    /** Notes of one kind shown before the rest are counted. */
    private static final int SHOWN = 5;

    private static final class Student {
        final String key;
        final String set;
        final String roll;
        final String name;
        final int pages;
        final Map<Integer, PageResult> byPage = new TreeMap<>();
        final Map<String, String> answers = new LinkedHashMap<>();
        final List<String> review = new ArrayList<>();
        final int first;

        Student(String key, String set, String roll, String name, int pages, int first) {
            this.key = key;
            this.set = set;
            this.roll = roll;
            this.name = name;
            this.pages = pages;
            this.first = first;
        }
    }

    private ScanResponses() {
    }

    static ScanOutcome assemble(List<PageResult> results, int questions, String runName) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int twiceAlike = 0;
        List<ReviewRenderer.Entry> review = new ArrayList<>();
        Map<String, Student> students = new LinkedHashMap<>();
        int doubts = 0;
        for (PageResult page : results) {
            if (page.problem() != null) {
                problems.add(page.where() + ": " + page.problem() + ".");
                review.add(new ReviewRenderer.Entry(page.where() + ": not read", page.problem() + ".",
                        picture(page.crops().isEmpty() ? null : page.crops().get(0)), 300));
                continue;
            }
            Sheets.Identity id = page.identity();
            int rollCount = id.rollRows().size();
            List<RowReading> rollDigits = page.readings().subList(0, rollCount);
            List<RowReading> answers = page.readings().subList(rollCount, page.readings().size());
            String roll = id.roll();
            String rollDoubt = null;
            String rollWould = null;
            if (roll == null) {
                StringBuilder digits = new StringBuilder();
                StringBuilder would = new StringBuilder();
                List<String> why = new ArrayList<>();
                for (int d = 0; d < rollDigits.size(); d++) {
                    RowReading digit = rollDigits.get(d);
                    if (digit.doubtful()) {
                        why.add("digit " + (d + 1) + ": " + digit.doubt());
                        would.append(digit.value().isEmpty() ? "?" : digit.value().replace(";", "/"));
                    } else if (digit.value().isEmpty()) {
                        why.add("digit " + (d + 1) + " not filled in");
                        would.append('?');
                    } else {
                        digits.append(digit.value());
                        would.append(digit.value());
                    }
                }
                if (why.isEmpty()) {
                    roll = digits.toString();
                } else {
                    rollDoubt = "roll number not certain (" + String.join("; ", why) + ")";
                    rollWould = would.toString();
                }
            }
            String who = "set " + id.set() + (roll == null ? "" : ", roll " + roll)
                    + (id.name().isEmpty() ? "" : " (" + id.name() + ")");
            String key = roll == null ? "page " + page.number() : roll;
            Student student = students.get(key);
            if (student == null) {
                student = new Student(key, id.set(), roll, id.name(), id.pages(), page.number());
                students.put(key, student);
            } else if (!student.set.equals(id.set())) {
                String first = student.byPage.values().iterator().next().where();
                problems.add(page.where() + ": roll " + roll + " again, on a sheet of set " + id.set() + " (" + first
                        + " is set " + student.set + ") — two students filled in the same roll, or a sheet of another"
                        + " student; correct the roll in responses.csv.");
                student.review.add("roll " + roll + " also on " + page.where() + " (set " + id.set() + ")");
                review.add(new ReviewRenderer.Entry(page.where() + ": " + who, "Roll " + roll + " is also on " + first
                        + ", a sheet of set " + student.set + ". This page's answers are not in responses.csv.", null, 0));
                continue;
            }
            PageResult earlier = student.byPage.putIfAbsent(id.page(), page);
            if (earlier != null) {
                boolean same = same(earlier, page);
                String message = page.where() + ": page " + id.page() + " of " + who + " again (first " + earlier.where()
                        + ")" + (same ? ", read alike: counted once." : " and read differently — a page scanned twice,"
                                + " or two students filled in the same roll; check both and correct responses.csv.");
                if (same) {
                    if (++twiceAlike <= SHOWN) {
                        notes.add(message);
                    }
                    continue;
                }
                problems.add(message);
                student.review.add("page " + id.page() + " scanned twice, read differently (" + earlier.where() + ", "
                        + page.where() + ")");
                review.add(new ReviewRenderer.Entry(page.where() + ": " + who, "Page " + id.page() + " is also "
                        + earlier.where() + ", and the two read differently. Answers from the first are in"
                        + " responses.csv.", null, 0));
                continue;
            }
            int crop = 0;
            if (rollDoubt != null) {
                doubts++;
                student.review.add(rollDoubt + ", would read " + rollWould);
                review.add(new ReviewRenderer.Entry(page.where() + ": " + who, "The " + rollDoubt + "; it would read "
                        + rollWould + ". Type the roll into responses.csv.", picture(page.crops().get(crop)),
                        page.crops().get(crop).pointsWide()));
                crop++;
            }
            for (RowReading answer : answers) {
                if (answer.doubtful()) {
                    doubts++;
                    student.answers.put(answer.row().key(), "");
                    String would = answer.value().isEmpty() ? "no answer" : answer.value();
                    student.review.add(answer.row().key() + ": " + answer.doubt() + ", would read " + would);
                    review.add(new ReviewRenderer.Entry(page.where() + ": " + who, "Question " + answer.row().key()
                            + ": " + answer.doubt() + ". It would read: " + would + ". Type the answer into"
                            + " responses.csv (blank for none).", picture(page.crops().get(crop)),
                            page.crops().get(crop).pointsWide()));
                    crop++;
                } else {
                    student.answers.put(answer.row().key(), answer.value());
                }
            }
        }
        if (twiceAlike > SHOWN) {
            notes.add("… and " + (twiceAlike - SHOWN) + " more pages scanned twice and read alike, each counted once.");
        }
        List<String> header = new ArrayList<>(List.of("roll", "name", "set"));
        for (int q = 1; q <= questions; q++) {
            header.add(String.valueOf(q));
        }
        header.add(REVIEW);
        SpreadsheetCsv csv = new SpreadsheetCsv(header.toArray(String[]::new));
        for (Student student : students.values()) {
            for (int p = 1; p <= student.pages; p++) {
                if (!student.byPage.containsKey(p)) {
                    String who = "set " + student.set + (student.roll == null ? "" : ", roll " + student.roll)
                            + (student.name.isEmpty() ? "" : " (" + student.name + ")");
                    problems.add(who + ": page " + p + " of " + student.pages + " is not among the scans — scan it, or"
                            + " type its answers into responses.csv.");
                    student.review.add("page " + p + " of " + student.pages + " missing");
                    review.add(new ReviewRenderer.Entry(who + ": page " + p + " of " + student.pages + " missing",
                            "No scan of this page was given; its answers are blank in responses.csv.", null, 0));
                }
            }
            List<Object> row = new ArrayList<>(List.of(student.roll == null ? "" : student.roll, student.name,
                    student.set));
            for (int q = 1; q <= questions; q++) {
                row.add(student.answers.getOrDefault(String.valueOf(q), ""));
            }
            row.add(String.join("; ", student.review));
            csv.row(row);
        }
        byte[] pdf = null;
        if (!review.isEmpty()) {
            List<String> intro = List.of(results.size() + (results.size() == 1 ? " page" : " pages") + " read, "
                    + students.size() + (students.size() == 1 ? " student" : " students") + "; " + doubts
                    + (doubts == 1 ? " doubtful answer" : " doubtful answers") + ", " + problems.size()
                    + (problems.size() == 1 ? " page problem" : " page problems") + ".",
                    "Look at each part of a scan below, type what the student meant into marks/responses.csv (its"
                    + " 'review' column says what to check; clear it when done), then mark again with"
                    + " --responses marks/responses.csv.");
            pdf = ReviewRenderer.render("Scans to review — " + runName, intro, review, "review " + runName);
        }
        return new ScanOutcome(csv.bytes(), pdf, results.size(), students.size(), doubts, problems, notes);
    }

    private static boolean same(PageResult a, PageResult b) {
        if (a.readings().size() != b.readings().size()) {
            return false;
        }
        for (int i = 0; i < a.readings().size(); i++) {
            RowReading x = a.readings().get(i);
            RowReading y = b.readings().get(i);
            if (x.doubtful() || y.doubtful() || !x.value().equals(y.value())) {
                return false;
            }
        }
        return true;
    }

    /** A crop as a picture the PDF layer embeds: its grey pixels, Flate-compressed. */
    static PdfImage picture(Crop crop) {
        if (crop == null) {
            return null;
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(crop.image().pixels());
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 14];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return new PdfImage(crop.image().width(), crop.image().height(), 1, false, false, out.toByteArray(), null);
    }
}

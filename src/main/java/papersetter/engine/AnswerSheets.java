package papersetter.engine;

import java.util.ArrayList;
import java.util.List;
import papersetter.model.BadInputException;
import papersetter.model.Paper;
import papersetter.model.Sha256;
import papersetter.output.Manifest;
import papersetter.pdf.DrawnDocument;
import papersetter.render.FontCoverage;
import papersetter.render.Layout;
import papersetter.render.SheetRenderer;
import papersetter.sheet.Roster;
import papersetter.sheet.SheetPlanner;
import papersetter.sheet.SheetSpec;
import papersetter.sheet.SheetSpecs;

/**
 * A run's answer sheets (issue 15): whether it writes them, what the manifest records of them, and
 * each set's sheet file, planned from that record as a scan reader plans it again. With a class
 * list, each set's file holds a personalised copy for every student who sits the set.
 *
 * @param mode files only, or the print file too
 * @param roster the class list, or null for sheets anyone fills in
 */
record AnswerSheets(Layout.SheetMode mode, Roster roster) {
    /** Letter's width and height, a little less than A4's width; anything smaller gets an A4 sheet. */
    private static final float SMALLEST_WIDTH = 590;
    private static final float SMALLEST_HEIGHT = 790;

    /** The sheets a run writes, or null when it writes none: a class list asks for them too. */
    static AnswerSheets of(Layout layout, Roster roster) {
        Layout.SheetMode mode = layout.answerSheet().mode();
        if (mode == Layout.SheetMode.NONE && roster == null) {
            return null;
        }
        return new AnswerSheets(mode == Layout.SheetMode.NONE ? Layout.SheetMode.FILES : mode, roster);
    }

    static String file(String set) {
        return "sheet-" + set + ".pdf";
    }

    boolean inPrintFile() {
        return mode == Layout.SheetMode.PRINT;
    }

    /** The names and rolls the sheets print, where a trainer changes them, for the font check. */
    List<FontCoverage.Place> places() {
        List<FontCoverage.Place> places = new ArrayList<>();
        if (roster != null) {
            for (Roster.Student student : roster.students()) {
                places.add(new FontCoverage.Place(roster.file(), student.line(), "name", student.name()));
                places.add(new FontCoverage.Place(roster.file(), student.line(), "roll", student.roll()));
            }
        }
        return places;
    }

    /** Every text the sheets print besides the papers', for the run's fonts. */
    List<String> texts() {
        List<String> texts = new ArrayList<>(SheetRenderer.WORDING);
        if (roster != null) {
            for (Roster.Student student : roster.students()) {
                texts.add(student.name());
                texts.add(student.roll());
            }
        }
        return texts;
    }

    /** Refuses, before anything is written, a name too wide for the name box at the smallest type. */
    void checkFits(SheetRenderer renderer, List<Manifest.SetEntry> sets, Manifest.Sheets record) {
        if (roster == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Manifest probe = new Manifest(null, null, null, null, null, null, null, null, sets, record);
        float nameBox = SheetPlanner.plan(SheetSpecs.of(probe, sets.get(0).set(), new SheetSpec.Student("0", "")))
                .get(0).nameBox().width();
        for (Roster.Student student : roster.students()) {
            if (!renderer.fits(student.name(), student.roll(), nameBox)) {
                problems.add(roster.file() + ":" + student.line() + ": column 'name': '" + student.name()
                        + "' with roll '" + student.roll() + "' is too wide for the sheet's name box even in 6 pt type"
                        + " — shorten the name (initials for middle names) and run again.");
            }
        }
        if (!problems.isEmpty()) {
            int shown = Math.min(5, problems.size());
            throw new BadInputException(String.join("\n", problems.subList(0, shown))
                    + (problems.size() > shown ? "\n… and " + (problems.size() - shown) + " more names" : "")
                    + "\nNothing was written.");
        }
    }

    /**
     * What the manifest records of the sheets: enough to plan each set's sheet again, and who sits
     * which set.
     */
    Manifest.Sheets record(long seed, List<Paper> papers, List<Manifest.SetEntry> sets, Layout layout) {
        List<Manifest.StudentEntry> students = null;
        if (roster != null) {
            students = new ArrayList<>();
            for (Roster.Seat seat : roster.seats(papers.size())) {
                students.add(new Manifest.StudentEntry(seat.student().roll(), seat.student().name(), seat.set()));
            }
        }
        List<Manifest.SheetFile> files = new ArrayList<>();
        for (Paper paper : papers) {
            files.add(new Manifest.SheetFile(paper.set(), file(paper.set())));
        }
        // A sheet is printed on the papers' page, but never on one smaller than A4 or Letter (an A5
        // paper gets an A4 sheet): the grid, the QR code and a hundred rows need the room.
        Layout.Page page = layout.page();
        boolean small = page.width() < SMALLEST_WIDTH || page.height() < SMALLEST_HEIGHT;
        float width = small ? Layout.Page.A4.width() : page.width();
        float height = small ? Layout.Page.A4.height() : page.height();
        return new Manifest.Sheets(runId(seed, sets, students), Float.toString(width), Float.toString(height),
                layout.answerSheet().rollDigits(),
                layout.optionLabels().setting(), files, students);
    }

    /**
     * The run's identity on its sheets: a hash of what decides the sheets' meaning (seed, each set's
     * questions as printed, who sits which set), so a sheet of another run is told apart, and a
     * run made again from the same inputs accepts its twin's sheets, which mean the same.
     */
    static String runId(long seed, List<Manifest.SetEntry> sets, List<Manifest.StudentEntry> students) {
        StringBuilder text = new StringBuilder("seed ").append(seed).append('\n');
        for (Manifest.SetEntry set : sets) {
            text.append("set ").append(set.set()).append(' ').append(set.code()).append('\n');
            for (Manifest.Item item : set.questions()) {
                text.append(item.number()).append('|').append(item.id()).append('|').append(item.type()).append('|')
                        .append(item.marks()).append('|').append(item.options()).append('|').append(item.answer())
                        .append('\n');
            }
        }
        if (students != null) {
            students.forEach(s -> text.append("student ").append(s.roll()).append('|').append(s.set()).append('\n'));
        }
        return Sha256.hex(text.toString()).substring(0, 12);
    }

    /** A set's sheet file: a copy per student who sits it, or one anyone fills in. */
    DrawnDocument render(SheetRenderer renderer, Manifest manifest, Manifest.SetEntry set) {
        List<SheetRenderer.Copy> copies = new ArrayList<>();
        if (manifest.sheets().students() != null) {
            for (Manifest.StudentEntry student : manifest.sheets().students()) {
                if (student.set().equals(set.set())) {
                    SheetSpec.Student who = new SheetSpec.Student(student.roll(), student.name());
                    copies.add(new SheetRenderer.Copy(SheetPlanner.plan(SheetSpecs.of(manifest, set.set(), who)),
                            manifest.sheets().run(), who));
                }
            }
        }
        if (copies.isEmpty()) {
            copies.add(new SheetRenderer.Copy(SheetPlanner.plan(SheetSpecs.of(manifest, set.set(), null)),
                    manifest.sheets().run(), null));
        }
        return renderer.render(set.set(), set.code(), copies);
    }
}

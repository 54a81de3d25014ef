package papersetter.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import papersetter.model.BadInputException;
import papersetter.model.Letters;
import papersetter.output.Manifest;
import papersetter.sheet.SheetCode;
import papersetter.sheet.SheetGeometry;
import papersetter.sheet.SheetSpecs;

/**
 * A run's answer sheets as the reader needs them, planned again from {@code manifest.json} with the
 * very planner that drew them, so every bubble is looked for where it was printed.
 */
final class RunSheets implements Sheets {
    private final Manifest manifest;
    private final SheetFrame frame;
    private final Map<String, List<SheetGeometry>> planned = new ConcurrentHashMap<>();

    RunSheets(Manifest manifest, String run) {
        this.manifest = manifest;
        if (manifest.sheets() == null) {
            throw new BadInputException(run + ": this run printed no answer sheets, so there are none to read — generate"
                    + " with --answer-sheets, or mark typed answers with --responses FILE.csv.");
        }
        SheetGeometry first = SheetSpecs.plan(manifest, new SheetCode(manifest.sheets().run(),
                manifest.sets().get(0).set(), 1, 1, null)).get(0);
        List<float[]> corners = first.corners().stream().map(c -> new float[] {c.x(), c.y(), c.size()}).toList();
        frame = new SheetFrame(first.width(), first.height(), corners,
                new float[] {first.qr().x(), first.qr().y(), first.qr().size()});
    }

    @Override
    public SheetFrame frame() {
        return frame;
    }

    @Override
    public Identity identify(String text) throws NotOurs {
        SheetCode code;
        try {
            code = SheetCode.decode(text);
        } catch (IllegalArgumentException e) {
            throw new NotOurs("its QR code is " + e.getMessage() + " — not one of this run's answer sheets");
        }
        if (!code.run().equals(manifest.sheets().run())) {
            throw new NotOurs("a sheet of another run (its code says run " + code.run() + ", this run is "
                    + manifest.sheets().run() + ") — mark it with the run that printed it");
        }
        List<SheetGeometry> pages;
        try {
            pages = planned.computeIfAbsent(code.set() + "\u0000" + code.pages() + "\u0000" + code.roll(),
                    k -> SheetSpecs.plan(manifest, code));
        } catch (IllegalArgumentException e) {
            throw new NotOurs("its QR code names set " + code.set() + (code.roll() == null ? "" : ", roll "
                    + code.roll()) + ", but " + e.getMessage() + " — not one of this run's answer sheets");
        }
        if (pages.size() != code.pages()) {
            throw new NotOurs("its QR code says page " + code.page() + " of " + code.pages() + ", but set " + code.set()
                    + "'s sheet has " + pages.size() + (pages.size() == 1 ? " page" : " pages")
                    + " — a damaged or altered code");
        }
        SheetGeometry page = pages.get(code.page() - 1);
        List<SheetRow> rollRows = new ArrayList<>();
        if (page.roll() != null) {
            List<List<SheetGeometry.Bubble>> digits = page.roll().digits();
            for (int c = 0; c < digits.size(); c++) {
                List<String> labels = new ArrayList<>();
                List<Spot> spots = new ArrayList<>();
                for (SheetGeometry.Bubble bubble : digits.get(c)) {
                    labels.add(bubble.label());
                    spots.add(new Spot(bubble.x(), bubble.y(), bubble.radius(), false));
                }
                rollRows.add(new SheetRow("roll " + (c + 1), SheetRow.Kind.ONE, labels, spots));
            }
        }
        List<SheetRow> rows = new ArrayList<>();
        for (SheetGeometry.Question question : page.questions()) {
            List<String> labels = new ArrayList<>();
            List<String> printed = new ArrayList<>();
            List<Spot> spots = new ArrayList<>();
            SheetRow.Kind kind;
            if (!question.bubbles().isEmpty()) {
                boolean truefalse = question.type().equals("truefalse");
                for (int i = 0; i < question.bubbles().size(); i++) {
                    SheetGeometry.Bubble bubble = question.bubbles().get(i);
                    // The responses format names options by place (A, B, …) whatever labels the paper prints.
                    labels.add(truefalse ? bubble.label() : Letters.of(i));
                    printed.add(bubble.label());
                    spots.add(new Spot(bubble.x(), bubble.y(), bubble.radius(), false));
                }
                kind = question.type().equals("multi") ? SheetRow.Kind.ANY : SheetRow.Kind.ONE;
            } else {
                // A fill or numeric cell of responses.csv holds the student's words or number; marks a
                // marker gave say so ("1.5 marks"), or a ticked "2" would be read as the answer 2.
                boolean fill = question.type().equals("fill") || question.type().equals("numeric");
                for (SheetGeometry.MarkBox box : question.boxes()) {
                    labels.add(fill ? box.marks() + (box.marks().equals("1") ? " mark" : " marks") : box.marks());
                    printed.add(box.label());
                    spots.add(new Spot(box.x() + box.size() / 2, box.y() + box.size() / 2, box.size() / 2, true));
                }
                kind = SheetRow.Kind.BOX;
            }
            rows.add(new SheetRow(String.valueOf(question.number()), kind, labels, printed, spots));
        }
        String name = "";
        if (code.roll() != null) {
            name = SheetSpecs.student(manifest, code.roll()).map(s -> s.name() == null ? "" : s.name()).orElse("");
        }
        return new Identity(code.set(), code.page(), code.pages(), code.roll(), name, rollRows, rows);
    }
}

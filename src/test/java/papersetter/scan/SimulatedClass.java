package papersetter.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import papersetter.sheet.SheetCode;
import papersetter.sheet.SheetGeometry;
import papersetter.sheet.SheetSpecs;

/**
 * A class that sat a run: each student fills their set's sheet with the answers they mean (and a
 * marker ticks the written answers' marks), the sheets are scanned into one PDF, and the class's
 * true scores are worked out from the manifest's keys, independently of the marking.
 */
final class SimulatedClass {
    /** A student: roll, set, what they meant per printed question, and their true score. */
    record Pupil(String roll, String set, Map<Integer, String> answers, BigDecimal score) {
    }

    /** The damage the last page scanned got (for messages). */
    static ScanSimulator.Damage lastDamage;
    static final List<ScanSimulator.Damage> damages = new ArrayList<>();

    private SimulatedClass() {
    }

    /** The run's printed sheets, rendered by PDFBox as a scanner would see them, each page once. */
    static final class Printed {
        private final Path run;
        private final Manifest manifest;
        private final Map<String, BufferedImage> cache = new HashMap<>();

        Printed(Path run) {
            this.run = run;
            this.manifest = ManifestReader.read(run.resolve("manifest.json"));
        }

        Manifest manifest() {
            return manifest;
        }

        /** The clean page as printed: page p (from 1) of the set's sheet, or of this student's sheet. */
        synchronized BufferedImage page(String set, int page, int pages, String roll, double dpi) throws IOException {
            int index = page - 1;
            if (roll != null) {
                List<Manifest.StudentEntry> sitting = manifest.sheets().students().stream()
                        .filter(s -> s.set().equals(set)).toList();
                int at = sitting.stream().map(Manifest.StudentEntry::roll).toList().indexOf(roll);
                index = at * pages + page - 1;
            }
            String key = set + "/" + index + "/" + dpi;
            BufferedImage image = cache.get(key);
            if (image == null) {
                try (PDDocument sheet = Loader.loadPDF(run.resolve("sheet-" + set + ".pdf").toFile())) {
                    image = new PDFRenderer(sheet).renderImageWithDPI(index, (float) dpi, ImageType.GRAY);
                }
                cache.put(key, image);
            }
            return image;
        }
    }

    /** @param run the run folder: true/false keys come from its papers, as the manifest records no letters for them */
    static List<Pupil> pupils(Path run, Manifest manifest, int count, Random random) {
        int rollDigits = manifest.sheets().rollDigits();
        Map<String, Boolean> truths = new HashMap<>();
        for (papersetter.model.Paper paper : papersetter.engine.Pipeline.recordedPapers(run.resolve("manifest.json"))) {
            for (papersetter.model.PaperItem item : paper.items()) {
                if (item.question().answer() instanceof papersetter.model.Answer.TrueFalse tf) {
                    truths.put(item.question().id(), tf.value());
                }
            }
        }
        List<Pupil> pupils = new ArrayList<>();
        List<Manifest.StudentEntry> roster = manifest.sheets().students();
        for (int p = 0; p < (roster == null ? count : roster.size()); p++) {
            // The class list's students sit the sets it dealt; otherwise rolls are made up, sets dealt in turn.
            String setLetter = roster == null ? manifest.sets().get(p % manifest.sets().size()).set()
                    : roster.get(p).set();
            Manifest.SetEntry set = manifest.sets().stream().filter(s -> s.set().equals(setLetter)).findFirst()
                    .orElseThrow();
            StringBuilder roll = new StringBuilder();
            String number = String.valueOf(1001 + p * 7);
            roll.append(roster != null ? roster.get(p).roll()
                    : "0".repeat(Math.max(0, rollDigits - number.length())) + number);
            Map<Integer, String> answers = new LinkedHashMap<>();
            Map<Integer, List<String>> boxes = new HashMap<>();
            for (SheetGeometry page : SheetSpecs.plan(manifest, new SheetCode(manifest.sheets().run(), set.set(), 1, 1,
                    null))) {
                page.questions().forEach(q -> boxes.put(q.number(), q.boxes().stream()
                        .map(SheetGeometry.MarkBox::marks).toList()));
            }
            BigDecimal score = BigDecimal.ZERO;
            for (Manifest.Item item : set.questions()) {
                String answer;
                BigDecimal marks = new BigDecimal(item.marks());
                BigDecimal earned;
                switch (item.type()) {
                    case "mcq" -> {
                        boolean right = random.nextInt(3) > 0;
                        answer = right ? item.answer() : letter(random.nextInt(item.options().size()));
                        if (random.nextInt(15) == 0) {
                            answer = "";
                        }
                        earned = answer.equals(item.answer()) ? marks : BigDecimal.ZERO;
                    }
                    case "truefalse" -> {
                        answer = random.nextBoolean() ? "T" : "F";
                        String key = truths.get(item.id()) ? "T" : "F";
                        earned = answer.equals(key) ? marks : BigDecimal.ZERO;
                    }
                    case "multi" -> {
                        List<String> chosen = new ArrayList<>();
                        if (random.nextBoolean()) {
                            chosen.addAll(List.of(item.answer().split(";")));
                        } else {
                            for (int o = 0; o < item.options().size(); o++) {
                                if (random.nextBoolean()) {
                                    chosen.add(letter(o));
                                }
                            }
                        }
                        answer = String.join(";", chosen.stream().sorted().toList());
                        earned = answer.equals(String.join(";", List.of(item.answer().split(";")).stream().sorted()
                                .toList())) ? marks : BigDecimal.ZERO;
                    }
                    default -> {
                        // A written answer: the marker ticks one of the boxes its sheet prints.
                        List<String> values = boxes.get(item.number());
                        answer = values.get(random.nextInt(values.size()));
                        earned = new BigDecimal(answer);
                        if (item.type().equals("fill")) {
                            answer += answer.equals("1") ? " mark" : " marks";
                        }
                    }
                }
                answers.put(item.number(), answer);
                score = score.add(earned);
            }
            pupils.add(new Pupil(roll.toString(), set.set(), answers, score));
        }
        return pupils;
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** Each pupil's sheet, filled, scanned with the damage chosen per page, as one PDF of JPEG pages. */
    static void scanToPdf(Printed printed, List<Pupil> pupils, double dpi, boolean damaged, Random random, Path pdf)
            throws IOException {
        RunSheets sheets = new RunSheets(printed.manifest(), "run");
        try (PDDocument document = new PDDocument()) {
            for (Pupil pupil : pupils) {
                for (BufferedImage page : scans(printed, sheets, pupil, dpi, damaged, random)) {
                    PDPage pdfPage = new PDPage(PDRectangle.A4);
                    document.addPage(pdfPage);
                    PDImageXObject image = random.nextInt(4) == 0 ? LosslessFactory.createFromImage(document, page)
                            : JPEGFactory.createFromImage(document, page, 0.75f);
                    try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                        content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    }
                }
            }
            document.save(pdf.toFile());
        }
    }

    static List<BufferedImage> scans(Printed printed, RunSheets sheets, Pupil pupil, double dpi, boolean damaged,
            Random random) throws IOException {
        Manifest manifest = printed.manifest();
        String roll = manifest.sheets().students() == null ? null : pupil.roll();
        List<SheetGeometry> pages = SheetSpecs.plan(manifest, new SheetCode(manifest.sheets().run(), pupil.set(), 1, 1,
                null));
        List<BufferedImage> out = new ArrayList<>();
        for (int p = 1; p <= pages.size(); p++) {
            SheetCode code = new SheetCode(manifest.sheets().run(), pupil.set(), p, pages.size(), roll);
            Sheets.Identity id;
            try {
                id = sheets.identify(code.encode());
            } catch (Sheets.NotOurs e) {
                throw new IllegalStateException(e);
            }
            BufferedImage clean = printed.page(pupil.set(), p, pages.size(), roll, dpi);
            Map<String, String> wanted = new HashMap<>();
            for (int d = 0; d < id.rollRows().size(); d++) {
                wanted.put(id.rollRows().get(d).key(), String.valueOf(pupil.roll().charAt(d)));
            }
            for (SheetRow row : id.rows()) {
                wanted.put(row.key(), pupil.answers().getOrDefault(Integer.parseInt(row.key()), ""));
            }
            List<SheetRow> rows = new ArrayList<>(id.rollRows());
            rows.addAll(id.rows());
            FilledSheet filled = FilledSheet.fill(clean, dpi, rows, wanted, false, random);
            ScanSimulator.Damage damage = damaged ? ScanSimulator.Damage.random(random) : ScanSimulator.Damage.NONE;
            lastDamage = damage;
            damages.add(damage);
            out.add(ScanSimulator.scan(filled.image(), damage, random));
        }
        return out;
    }
}

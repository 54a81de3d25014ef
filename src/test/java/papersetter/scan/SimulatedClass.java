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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.output.ManifestWriter;
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

    /** Adds an answer-sheet record to a run's manifest, as generate --answer-sheets records it. */
    static Manifest withSheets(Path run, int rollDigits) throws IOException {
        Manifest m = ManifestReader.read(run.resolve("manifest.json"));
        List<Manifest.SheetFile> files = m.sets().stream().map(s -> new Manifest.SheetFile(s.set(), "sheet-" + s.set()
                + ".pdf")).toList();
        Manifest.Sheets sheets = new Manifest.Sheets("0123456789ab", "595.28", "841.89", rollDigits, "A)", files, null);
        Manifest with = new Manifest(m.papersetter(), m.version(), m.seed(), m.request(), m.bankFiles(), m.printFile(),
                m.keysFile(), m.drawing(), m.sets(), sheets);
        Files.write(run.resolve("manifest.json"), ManifestWriter.write(with));
        return with;
    }

    /** @param run the run folder: true/false keys come from its papers, as the manifest records no letters for them */
    static List<Pupil> pupils(Path run, Manifest manifest, int count, int rollDigits, Random random) {
        Map<String, Boolean> truths = new HashMap<>();
        for (papersetter.model.Paper paper : papersetter.engine.Pipeline.recordedPapers(run.resolve("manifest.json"))) {
            for (papersetter.model.PaperItem item : paper.items()) {
                if (item.question().answer() instanceof papersetter.model.Answer.TrueFalse tf) {
                    truths.put(item.question().id(), tf.value());
                }
            }
        }
        List<Pupil> pupils = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            Manifest.SetEntry set = manifest.sets().get(p % manifest.sets().size());
            StringBuilder roll = new StringBuilder();
            String number = String.valueOf(1001 + p * 7);
            roll.append("0".repeat(Math.max(0, rollDigits - number.length()))).append(number);
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
    static void scanToPdf(Manifest manifest, List<Pupil> pupils, double dpi, boolean damaged, Random random, Path pdf)
            throws IOException {
        RunSheets sheets = new RunSheets(manifest, "run");
        try (PDDocument document = new PDDocument()) {
            for (Pupil pupil : pupils) {
                for (BufferedImage page : scans(manifest, sheets, pupil, dpi, damaged, random)) {
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

    static List<BufferedImage> scans(Manifest manifest, RunSheets sheets, Pupil pupil, double dpi, boolean damaged,
            Random random) {
        List<SheetGeometry> pages = SheetSpecs.plan(manifest, new SheetCode(manifest.sheets().run(), pupil.set(), 1, 1,
                null));
        List<BufferedImage> out = new ArrayList<>();
        for (int p = 1; p <= pages.size(); p++) {
            SheetCode code = new SheetCode(manifest.sheets().run(), pupil.set(), p, pages.size(), null);
            Sheets.Identity id;
            try {
                id = sheets.identify(code.encode());
            } catch (Sheets.NotOurs e) {
                throw new IllegalStateException(e);
            }
            BufferedImage clean = SheetPicture.draw(pages.get(p - 1), code, dpi);
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

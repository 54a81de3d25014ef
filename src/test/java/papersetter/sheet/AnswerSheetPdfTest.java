package papersetter.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.output.Manifest;
import papersetter.output.ManifestReader;
import papersetter.sheet.SheetGeometry.Bubble;
import papersetter.sheet.SheetGeometry.MarkBox;
import papersetter.sheet.SheetGeometry.Question;
import papersetter.testing.Cli;
import papersetter.testing.PageWords;
import papersetter.testing.PdfChecks;

/**
 * Answer sheets read back as a scanner and a student see them: every label where the geometry
 * (planned again from manifest.json and the QR code read off a rendering) says, the QR code
 * saying the run, set, page and student, nothing within 10 mm of the edge, a hundred questions on
 * one A4 or Letter page, and the class list's names printed in their own scripts.
 */
class AnswerSheetPdfTest {
    @TempDir
    static Path folder;
    static Path a4;
    static Path letter;
    static Path personal;

    /** Names in many scripts, each a student of the class list. */
    static final List<String> NAMES = List.of("José Ñúñez", "Nguyễn Thị Minh Khai", "Борис Пастернак", "Αλέξανδρος",
            "محمد علي", "राम प्रसाद", "李小龙", "김민준", "தமிழ்செல்வி", "ישראל כהן");

    @BeforeAll
    static void generate() throws IOException {
        // 100 questions: mcq with 2 to 8 options, multi, truefalse, fill, short and long.
        StringBuilder bank = new StringBuilder("id,level,topic,type,question,option_a,option_b,option_c,option_d,"
                + "option_e,option_f,option_g,option_h,answer,marks\n");
        for (int i = 1; i <= 100; i++) {
            String type = i % 25 == 0 ? "short" : i % 24 == 0 ? "fill" : i % 23 == 0 ? "long" : i % 7 == 0 ? "truefalse"
                    : i % 5 == 0 ? "multi" : "mcq";
            int options = 2 + i % 7;
            StringBuilder row = new StringBuilder("Q" + i + ",l,t," + type + ",Question " + i
                    + (type.equals("fill") ? " ___" : "") + "?");
            for (int o = 0; o < 8; o++) {
                row.append(',').append(type.equals("mcq") || type.equals("multi") ? o < options ? "opt" + o : "" : "");
            }
            String answer = switch (type) {
                case "truefalse" -> "true";
                case "fill" -> "word";
                case "short", "long" -> "Because.";
                case "multi" -> "A;B";
                default -> "A";
            };
            String marks = type.equals("long") ? "5" : type.equals("fill") ? "1.5" : "1";
            bank.append(row).append(',').append(answer).append(',').append(marks).append('\n');
        }
        Path bankFile = folder.resolve("bank.csv");
        Files.writeString(bankFile, bank.toString());
        Path letterLayout = folder.resolve("letter.yaml");
        Files.writeString(letterLayout, "extends: exam\npage:\n  size: Letter\nanswer-sheet: true\nroll-digits: 10\n");
        a4 = run("a4", "generate", "--bank", bankFile.toString(), "--count", "all", "--sets", "2", "--seed", "3",
                "--answer-sheets");
        letter = run("letter", "generate", "--bank", bankFile.toString(), "--count", "all", "--sets", "2", "--seed",
                "3", "--layout", letterLayout.toString());
        StringBuilder roster = new StringBuilder("roll,name\n");
        for (int i = 0; i < NAMES.size(); i++) {
            roster.append("R-").append(100 + i).append(",\"").append(NAMES.get(i)).append("\"\n");
        }
        Path rosterFile = folder.resolve("roster.csv");
        Files.writeString(rosterFile, roster.toString());
        personal = run("personal", "generate", "--bank", bankFile.toString(), "--count", "30", "--sets", "3", "--seed",
                "3", "--students", rosterFile.toString());
    }

    static Path run(String name, String... args) throws IOException {
        Path out = folder.resolve(name);
        String[] all = Stream.concat(Stream.of(args), Stream.of("--out", out.toString())).toArray(String[]::new);
        Cli cli = Cli.run(all);
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        try (Stream<Path> runs = Files.list(out)) {
            return runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    void aHundredQuestionsFitOnePageOfA4AndOfLetter() throws IOException {
        for (Path run : List.of(a4, letter)) {
            for (String set : List.of("A", "B")) {
                Path sheet = run.resolve("sheet-" + set + ".pdf");
                assertThat(PdfChecks.pageSizes(sheet)).hasSize(1);
                List<SheetGeometry> planned = plan(run, sheet, 0);
                assertThat(planned.get(0).questions()).hasSize(100);
            }
        }
        assertThat(PdfChecks.pageSizes(letter.resolve("sheet-A.pdf")).get(0)).containsExactly(612f, 792f);
    }

    @Test
    void everyLabelStandsWhereTheGeometryPlannedFromTheManifestAndQrCodeSays() throws IOException {
        for (Path run : List.of(a4, letter, personal)) {
            for (String set : List.of("A", "B")) {
                Path sheet = run.resolve("sheet-" + set + ".pdf");
                int pages = PdfChecks.pageSizes(sheet).size();
                for (int p = 0; p < pages; p++) {
                    SheetGeometry page = plan(run, sheet, p).get(pageNumber(run, sheet, p) - 1);
                    List<TextPosition> glyphs = glyphs(sheet, p);
                    for (Question question : page.questions()) {
                        assertThat(at(glyphs, Integer.toString(question.number()), question.numberRight() - 8,
                                question.baseline() - 3, 10, 4)).as("question %d's number", question.number()).isTrue();
                        for (Bubble bubble : question.bubbles()) {
                            assertThat(at(glyphs, bubble.label(), bubble.x(), bubble.y(), bubble.radius(),
                                    bubble.radius())).as("%s of question %d in %s", bubble.label(), question.number(),
                                            sheet).isTrue();
                        }
                        for (MarkBox box : question.boxes()) {
                            assertThat(at(glyphs, box.label(), box.x() + box.size() / 2, box.y() + box.size() / 2,
                                    box.size() / 2, box.size() / 2)).as("box %s of question %d", box.label(),
                                            question.number()).isTrue();
                        }
                    }
                    if (page.roll() != null) {
                        assertThat(page.roll().digits()).hasSize(run == letter ? 10 : 8);
                        for (List<Bubble> column : page.roll().digits()) {
                            for (Bubble bubble : column) {
                                assertThat(at(glyphs, bubble.label(), bubble.x(), bubble.y(), bubble.radius(),
                                        bubble.radius())).as("roll digit %s", bubble.label()).isTrue();
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void theQrCodeSaysRunSetPageAndStudent() throws IOException {
        Manifest manifest = ManifestReader.read(personal.resolve("manifest.json"));
        List<Manifest.StudentEntry> students = manifest.sheets().students();
        assertThat(students).extracting(Manifest.StudentEntry::set)
                .containsExactly("A", "B", "C", "A", "B", "C", "A", "B", "C", "A");
        for (String set : List.of("A", "B", "C")) {
            Path sheet = personal.resolve("sheet-" + set + ".pdf");
            List<Manifest.StudentEntry> sitting = students.stream().filter(s -> s.set().equals(set)).toList();
            int pagesEach = SheetPlanner.plan(SheetSpecs.of(manifest, set, null)).size();
            assertThat(PdfChecks.pageSizes(sheet)).hasSize(sitting.size() * pagesEach);
            for (int i = 0; i < sitting.size(); i++) {
                SheetCode code = SheetCode.decode(qr(sheet, i * pagesEach));
                assertThat(code).isEqualTo(new SheetCode(manifest.sheets().run(), set, 1, pagesEach,
                        sitting.get(i).roll()));
            }
        }
        Manifest plain = ManifestReader.read(a4.resolve("manifest.json"));
        assertThat(SheetCode.decode(qr(a4.resolve("sheet-B.pdf"), 0)))
                .isEqualTo(new SheetCode(plain.sheets().run(), "B", 1, 1, null));
        assertThat(plain.sheets().run()).isNotEqualTo(manifest.sheets().run());
    }

    @Test
    void nothingIsDrawnWithinTenMillimetresOfTheEdge() throws IOException {
        for (Path run : List.of(a4, letter, personal)) {
            for (String set : List.of("A", "B")) {
                Path sheet = run.resolve("sheet-" + set + ".pdf");
                assertThat(PageWords.problems(PageWords.read(sheet))).as(sheet.toString()).isEmpty();
                try (PDDocument pdf = Loader.loadPDF(sheet.toFile())) {
                    BufferedImage image = new PDFRenderer(pdf).renderImage(0, 1, ImageType.GRAY);
                    int edge = (int) Math.ceil(PageWords.EDGE);
                    for (int y = 0; y < image.getHeight(); y++) {
                        for (int x = 0; x < image.getWidth(); x++) {
                            boolean nearEdge = x < edge || y < edge || x >= image.getWidth() - edge
                                    || y >= image.getHeight() - edge;
                            if (nearEdge) {
                                assertThat(image.getRaster().getSample(x, y, 0)).as("%s at %d,%d", sheet, x, y)
                                        .isGreaterThan(250);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void namesInAnyScriptPrintInTheNameBoxAndTheSheetsAreTagged() throws IOException {
        Manifest manifest = ManifestReader.read(personal.resolve("manifest.json"));
        for (String set : List.of("A", "B", "C")) {
            Path sheet = personal.resolve("sheet-" + set + ".pdf");
            assertThat(PdfChecks.untaggedContent(sheet)).isEmpty();
            assertThat(PdfChecks.fonts(sheet)).allMatch(font -> font.endsWith("(embedded)"));
            List<Manifest.StudentEntry> sitting = manifest.sheets().students().stream()
                    .filter(s -> s.set().equals(set)).toList();
            for (int i = 0; i < sitting.size(); i++) {
                SheetGeometry page = SheetSpecs.plan(manifest, SheetCode.decode(qr(sheet, i))).get(0);
                String name = sitting.get(i).name();
                StringBuilder inBox = new StringBuilder();
                for (TextPosition g : glyphs(sheet, i)) {
                    float cx = g.getXDirAdj() + g.getWidthDirAdj() / 2;
                    float cy = g.getYDirAdj() - 3;
                    SheetGeometry.Rect box = page.nameBox();
                    if (cx > box.x() && cx < box.x() + box.width() && cy > box.y() && cy < box.y() + box.height()) {
                        inBox.append(g.getUnicode());
                    }
                }
                String text = inBox.toString();
                // Every letter of the name is drawn inside the box (shaped scripts draw them in visual order).
                name.codePoints().filter(Character::isLetter).forEach(c ->
                        assertThat(text).as("%s in %s", name, text).contains(Character.toString(c)));
                assertThat(text).contains(sitting.get(i).roll());
            }
        }
    }

    /** The sheet's geometry, planned from the manifest and the page's QR code, as a scan reader does. */
    static List<SheetGeometry> plan(Path run, Path sheet, int page) throws IOException {
        Manifest manifest = ManifestReader.read(run.resolve("manifest.json"));
        SheetCode code = SheetCode.decode(qr(sheet, page));
        assertThat(code.run()).isEqualTo(manifest.sheets().run());
        return SheetSpecs.plan(manifest, code);
    }

    static int pageNumber(Path run, Path sheet, int page) throws IOException {
        return SheetCode.decode(qr(sheet, page)).page();
    }

    /** The QR code's text, read with ZXing off a 150 dpi rendering of the page, as from a scan. */
    static String qr(Path pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 150, ImageType.RGB);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(),
                    image.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (com.google.zxing.ReaderException e) {
            throw new AssertionError("no QR code read on page " + (page + 1) + " of " + pdf, e);
        }
    }

    static List<TextPosition> glyphs(Path pdf, int page) {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    glyphs.addAll(positions);
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /**
     * Whether the text is drawn as a run of glyphs whose box's centre lies within (dx, dy) of (x, y):
     * a label centred in its bubble.
     */
    static boolean at(List<TextPosition> glyphs, String text, float x, float y, float dx, float dy) {
        for (int i = 0; i + text.length() <= glyphs.size(); i++) {
            StringBuilder found = new StringBuilder();
            int j = i;
            while (j < glyphs.size() && found.length() < text.length()) {
                found.append(glyphs.get(j).getUnicode());
                j++;
            }
            if (!found.toString().equals(text)) {
                continue;
            }
            TextPosition first = glyphs.get(i);
            TextPosition last = glyphs.get(j - 1);
            float left = first.getXDirAdj();
            float right = last.getXDirAdj() + last.getWidthDirAdj();
            float cx = (left + right) / 2;
            float cy = first.getYDirAdj() - first.getHeightDir() / 2;
            if (Math.abs(cx - x) <= dx && Math.abs(cy - y) <= dy) {
                return true;
            }
        }
        return false;
    }
}

package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import papersetter.testing.Cli;
import papersetter.testing.PdfChecks;
import papersetter.testing.VeraPdf;

/**
 * What the PDF library gives the papers: tagged structure for screen readers (checked by veraPDF
 * against PDF/UA-1), outlines, metadata, PDF/A-2b for archives, pictures embedded as they are, and
 * files that qpdf finds sound.
 */
class TaggedPapersTest {
    @TempDir
    Path out;

    @Test
    void largePrintPapersAndKeysAreValidPdfUa1() throws IOException {
        Path run = generate("--layout", "large-print", "--count", "14", "--sets", "2", "--seed", "11");
        for (String file : List.of("paper-A.pdf", "key-A.pdf", "paper-B.pdf", "key-B.pdf")) {
            assertThat(VeraPdf.pdfUa1Failures(run.resolve(file))).as(file).isEmpty();
        }
        // The print file is for the printer: each student's own paper is the accessible copy.
        try (PDDocument print = Loader.loadPDF(run.resolve("all-papers.pdf").toFile())) {
            assertThat(print.getDocumentCatalog().getStructureTreeRoot()).isNull();
            assertThat(print.getDocumentCatalog().getDocumentOutline()).isNotNull();
        }
    }

    /** Shaped, right-to-left and fallback-font text keeps the papers accessible too. */
    @Test
    void aPaperInThirteenScriptsIsValidPdfUa1InLargePrint() throws IOException {
        Path run = generate("--bank", "src/test/resources/scripts/world.csv", "--layout", "large-print", "--count",
                "all", "--sets", "1", "--seed", "7", "--title", "परीक्षा — امتحان");
        for (String file : List.of("paper-A.pdf", "key-A.pdf")) {
            assertThat(VeraPdf.pdfUa1Failures(run.resolve(file))).as(file).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"exam", "worksheet", "revision", "compact", "large-print"})
    void everyLayoutIsTaggedThroughoutAndPassesQpdf(String layout) throws IOException {
        Path run = generate("--layout", layout, "--count", "16", "--sets", "2", "--seed", "5");
        try (Stream<Path> files = Files.list(run)) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                if (!pdf.endsWith("all-papers.pdf")) {
                    assertThat(PdfChecks.untaggedContent(pdf)).as("%s %s", layout, pdf.getFileName()).isEmpty();
                }
                assertThat(PdfChecks.qpdfProblems(pdf)).isEmpty();
            }
        }
        List<String> paper = PdfChecks.structureTypes(run.resolve("paper-A.pdf"));
        assertThat(paper.get(0)).isEqualTo("Document");
        assertThat(paper).containsSubsequence("H1", "H2", "L", "LI", "Lbl", "LBody")
                .contains("L", "LI", "Lbl", "LBody").filteredOn("H1"::equals).hasSize(1);
        List<String> key = PdfChecks.structureTypes(run.resolve("key-A.pdf"));
        assertThat(key).containsSubsequence("H1", "Table", "TR", "TH", "TH", "TH", "TR", "TD", "TD", "TD");
    }

    @Test
    void codeBlocksAreTaggedAsCode() throws IOException {
        Path run = generate("--count", "40", "--sets", "1", "--seed", "2026");
        assertThat(PdfChecks.structureTypes(run.resolve("paper-A.pdf"))).contains("Code");
    }

    @Test
    void thePrintFileAndTheKeysHaveAnOutlineBySetAndSection() throws IOException {
        Path run = generate("--count", "12", "--sets", "3", "--seed", "4");
        try (PDDocument print = Loader.loadPDF(run.resolve("all-papers.pdf").toFile())) {
            List<String> sets = new ArrayList<>();
            for (PDOutlineItem set : print.getDocumentCatalog().getDocumentOutline().children()) {
                int page = print.getPages().indexOf(set.findDestinationPage(print)) + 1;
                List<String> sections = new ArrayList<>();
                set.children().forEach(section -> sections.add(section.getTitle()));
                assertThat(page % 2).as("%s starts on an odd page", set.getTitle()).isEqualTo(1);
                assertThat(sections).isNotEmpty().allSatisfy(title -> assertThat(title).startsWith("Section "));
                sets.add(set.getTitle());
            }
            assertThat(sets).containsExactly("Set A", "Set B", "Set C");
        }
        try (PDDocument key = Loader.loadPDF(run.resolve("key-B.pdf").toFile())) {
            List<String> entries = new ArrayList<>();
            key.getDocumentCatalog().getDocumentOutline().children().forEach(item -> entries.add(item.getTitle()));
            assertThat(entries.get(0)).isEqualTo("At a glance");
            assertThat(entries.subList(1, entries.size())).isNotEmpty()
                    .allSatisfy(title -> assertThat(title).startsWith("Section "));
        }
    }

    @Test
    void titleAuthorSubjectLanguageAndXmpSayWhatThePaperIs() throws Exception {
        Path layout = Files.writeString(out.resolve("hindi.yaml"), "extends: exam\nlanguage: hi-IN\n");
        Path run = generate("--layout", layout.toString(), "--count", "6", "--sets", "1", "--seed", "9",
                "--title", "Django quiz", "--institution", "City Training Institute");
        try (PDDocument paper = Loader.loadPDF(run.resolve("paper-A.pdf").toFile())) {
            PDDocumentCatalog catalog = paper.getDocumentCatalog();
            assertThat(paper.getDocumentInformation().getTitle()).isEqualTo("Django quiz — Set A");
            assertThat(paper.getDocumentInformation().getAuthor()).isEqualTo("City Training Institute");
            assertThat(paper.getDocumentInformation().getSubject()).startsWith("Question paper, set A");
            assertThat(paper.getDocumentInformation().getCreationDate()).isNull();
            assertThat(catalog.getLanguage()).isEqualTo("hi-IN");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            for (PDPage page : paper.getPages()) {
                assertThat(page.getCOSObject().getCOSName(COSName.getPDFName("Tabs"))).isEqualTo(COSName.S);
            }
            XMPMetadata xmp;
            try (InputStream in = catalog.getMetadata().exportXMPMetadata()) {
                // Lenient: xmpbox knows no schema for PDF/UA's identification, which it would refuse.
                DomXmpParser parser = new DomXmpParser();
                parser.setStrictParsing(false);
                xmp = parser.parse(in);
            }
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Django quiz — Set A");
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("City Training Institute");
            assertThat(xmp.getDublinCoreSchema().getLanguages()).containsExactly("hi-IN");
            assertThat(xmp.getSchema("http://www.aiim.org/pdfua/ns/id/")).isNotNull();
            assertThat(xmp.getXMPBasicSchema().getCreateDate()).isNull();
        }
    }

    @Test
    void pdfA2bFromTheLayoutOrTheCommandLineValidates() throws Exception {
        Path layout = Files.writeString(out.resolve("archive.yaml"), "extends: worksheet\npdf-a: true\n");
        Path fromLayout = generate("--layout", layout.toString(), "--count", "10", "--sets", "2", "--seed", "8");
        Path fromOption = generate("--layout", "exam", "--pdfa", "--count", "10", "--sets", "2", "--seed", "8");
        for (Path run : List.of(fromLayout, fromOption)) {
            for (String file : List.of("paper-A.pdf", "key-B.pdf", "all-papers.pdf")) {
                assertThat(VeraPdf.pdfA2bFailures(run.resolve(file))).as(file).isEmpty();
            }
            try (PDDocument paper = Loader.loadPDF(run.resolve("paper-A.pdf").toFile())) {
                assertThat(paper.getDocumentCatalog().getOutputIntents()).hasSize(1);
                XMPMetadata xmp;
                try (InputStream in = paper.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                    xmp = new DomXmpParser().parse(in);
                }
                assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
                assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            }
        }
        // Without the option, no claim of PDF/A is made.
        Path plain = generate("--layout", "exam", "--count", "10", "--sets", "1", "--seed", "8");
        assertThat(VeraPdf.pdfA2bFailures(plain.resolve("paper-A.pdf"))).isNotEmpty();
    }

    @Test
    void aRunWrittenAsPdfAReprintsAsPdfAFromItsManifest() throws IOException {
        Path original = generate("--pdfa", "--count", "6", "--sets", "1", "--seed", "12");
        Path again = Files.createTempDirectory(out, "again");
        Cli reprint = Cli.run("generate", "--from", original.resolve("manifest.json").toString(), "--out",
                again.toString());
        assertThat(reprint.exitCode()).as(reprint.toString()).isZero();
        Path reprinted;
        try (Stream<Path> entries = Files.list(again)) {
            reprinted = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(Files.readAllBytes(reprinted.resolve("paper-A.pdf")))
                .isEqualTo(Files.readAllBytes(original.resolve("paper-A.pdf")));
    }

    @Test
    void aLanguageThatIsNotATagIsRefusedWithAnExample() throws IOException {
        Path layout = Files.writeString(out.resolve("bad-language.yaml"), "extends: exam\nlanguage: English!\n");
        Cli run = Cli.run("generate", "--layout", layout.toString(), "--count", "3", "--out",
                out.resolve("never").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.toString()).contains("bad-language.yaml", "language", "'English!'", "en-GB");
    }

    @Test
    void picturesAreEmbeddedAsTheyAreInTheirOwnColoursWithTheirAltText() throws Exception {
        Path bank = out.resolve("bank");
        Files.createDirectories(bank.resolve("images"));
        byte[] rgbJpeg = jpeg(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB));
        byte[] greyJpeg = jpeg(new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY));
        byte[] cmykJpeg = cmykJpeg(false);
        byte[] adobeCmykJpeg = cmykJpeg(true);
        Files.write(bank.resolve("images/rgb.jpg"), rgbJpeg);
        Files.write(bank.resolve("images/grey.jpg"), greyJpeg);
        Files.write(bank.resolve("images/cmyk.jpg"), cmykJpeg);
        Files.write(bank.resolve("images/adobe.jpg"), adobeCmykJpeg);
        ImageIO.write(new BufferedImage(30, 30, BufferedImage.TYPE_BYTE_GRAY), "png", bank.resolve("images/grey.png").toFile());
        StringBuilder csv = new StringBuilder("id,level,topic,type,question,answer,image,alt\n");
        String[] names = {"rgb.jpg", "grey.jpg", "cmyk.jpg", "adobe.jpg", "grey.png"};
        for (int i = 0; i < names.length; i++) {
            csv.append("PIC-").append(i).append(",fresher,pictures,short,What does picture ").append(i)
                    .append(" show?,A shape,images/").append(names[i]).append(",Picture ").append(i)
                    .append(" of a plain shape\n");
        }
        Files.writeString(bank.resolve("pictures.csv"), csv);
        Path run = generate("--bank", bank.resolve("pictures.csv").toString(), "--count", "5", "--sets", "1",
                "--seed", "1");

        List<String> seen = new ArrayList<>();
        try (PDDocument paper = Loader.loadPDF(run.resolve("paper-A.pdf").toFile())) {
            for (PDPage page : paper.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDImageXObject image = (PDImageXObject) page.getResources().getXObject(name);
                    COSStream stream = image.getCOSObject();
                    byte[] raw;
                    try (InputStream in = stream.createRawInputStream()) {
                        raw = in.readAllBytes();
                    }
                    String kind = stream.getCOSName(COSName.FILTER).getName() + " "
                            + image.getColorSpace().getName();
                    COSArray decode = stream.getCOSArray(COSName.DECODE);
                    if (decode != null) {
                        kind += " inverted";
                    }
                    for (byte[] jpeg : List.of(rgbJpeg, greyJpeg, cmykJpeg, adobeCmykJpeg)) {
                        if (java.util.Arrays.equals(raw, jpeg)) {
                            kind += " as-is";
                        }
                    }
                    seen.add(kind);
                }
            }
            List<String> alts = new ArrayList<>();
            collectAlt(paper.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertThat(alts).hasSize(5).allSatisfy(alt -> assertThat(alt).matches("Picture \\d of a plain shape"));
        }
        assertThat(seen).containsExactlyInAnyOrder("DCTDecode DeviceRGB as-is", "DCTDecode DeviceGray as-is",
                "DCTDecode DeviceCMYK as-is", "DCTDecode DeviceCMYK inverted as-is", "FlateDecode DeviceGray");
        assertThat(VeraPdf.pdfUa1Failures(run.resolve("paper-A.pdf"))).isEmpty();
    }

    @Test
    void validateWarnsWhenAPictureHasNoAltText() throws IOException {
        Path bank = out.resolve("noalt");
        Files.createDirectories(bank);
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", bank.resolve("a.png").toFile());
        Files.writeString(bank.resolve("q.csv"), "id,level,topic,type,question,answer,image\n"
                + "Q-1,fresher,t,short,What is shown?,A square,a.png\n");
        Cli run = Cli.run("validate", bank.resolve("q.csv").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.toString()).contains("q.csv:2", "no alt text", "alt");
    }

    private static void collectAlt(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (element.getStructureType().equals("Figure")) {
                    alts.add(element.getAlternateDescription());
                }
                collectAlt(element.getKids(), alts);
            }
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", bytes);
        return bytes.toByteArray();
    }

    /** A four-colour JPEG, as print shops send; with {@code adobe}, marked as Adobe software writes it (inks inverted). */
    private static byte[] cmykJpeg(boolean adobe) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 24, 12, 4, null);
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 24; x++) {
                raster.setPixel(x, y, new int[] {200, 20, 20, 10});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        byte[] plain = bytes.toByteArray();
        if (!adobe) {
            return plain;
        }
        // An APP14 "Adobe" segment right after the start of image, colour transform 0 (none).
        byte[] marker = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        ByteArrayOutputStream marked = new ByteArrayOutputStream();
        marked.write(plain, 0, 2);
        marked.write(marker);
        marked.write(plain, 2, plain.length - 2);
        return marked.toByteArray();
    }

    private Path generate(String... args) throws IOException {
        Path target = Files.createTempDirectory(out, "run");
        List<String> all = new ArrayList<>(List.of("generate", "--out", target.toString()));
        all.addAll(List.of(args));
        Cli run = Cli.run(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> entries = Files.list(target)) {
            return entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}

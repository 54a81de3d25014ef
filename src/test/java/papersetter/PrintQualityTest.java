package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;
import papersetter.testing.PdfChecks;
import papersetter.testing.PdfText;

/** What a printer and a student need from every PDF: embedded fonts, A4 pages, nothing off the page. */
class PrintQualityTest {
    @TempDir
    static Path out;
    static Path django;
    static Path chemistry;

    @BeforeAll
    static void generate() throws IOException {
        django = run("bank/django", "40", "django");
        chemistry = run("src/test/resources/e2e/chemistry.csv", "16", "chemistry");
    }

    @Test
    void everyFontIsEmbeddedAndIsTheBundledFamily() throws IOException {
        for (Path pdf : pdfs()) {
            assertThat(PdfChecks.fonts(pdf)).as(pdf.toString()).isNotEmpty()
                    .allSatisfy(font -> assertThat(font).contains("DejaVu").endsWith("(embedded)"));
        }
    }

    @Test
    void pagesAreA4AndNoTextLeavesThePrintableArea() throws IOException {
        for (Path pdf : pdfs()) {
            // 36 pt (half an inch) is more than any office printer needs as a margin.
            assertThat(PdfChecks.textOutside(pdf, 36)).as(pdf.toString()).isEmpty();
            assertThat(PdfChecks.pageSizes(pdf)).allSatisfy(size -> {
                assertThat(size[0]).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(size[1]).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            });
        }
    }

    @Test
    void symbolsFromTheBankAppearAsWritten() {
        String paper = PdfText.text(chemistry.resolve("paper-A.pdf"));
        String key = PdfText.text(chemistry.resolve("key-A.pdf"));
        assertThat(paper + key).contains("H₂SO₄", "µ", "Ω", "→", "½", "°C", "N₂");
    }

    /** Mathematical letters and emoji lie beyond Unicode's first plane; the fonts are cut down with them. */
    @Test
    void charactersBeyondTheFirstPlaneAppearAsWritten() throws IOException {
        Path bank = out.resolve("planes.csv");
        Files.writeString(bank, "id,level,topic,type,question,option_a,option_b,answer,explanation\n"
                + "PL-1,basic,sets,mcq,Which set is 𝔸?,𝕒 only,All of 𝕫 😀,A,"
                + "𝔸 holds 𝕒.\n");
        Path run = run(bank.toString(), "1", "planes");
        String paper = PdfText.text(run.resolve("paper-A.pdf"));
        String key = PdfText.text(run.resolve("key-A.pdf"));
        assertThat(paper).contains("Which set is 𝔸?", "𝕒 only", "𝕫 😀");
        assertThat(key).contains("𝔸 holds 𝕒.");
    }

    /** The layout's logo is drawn, at its size, left of the title (rendered as a printer would). */
    @Test
    void theLogoIsPrintedLeftOfTheTitle() throws IOException {
        Path layouts = Files.createDirectories(out.resolve("logo-layout"));
        Files.copy(Path.of("src/test/resources/e2e/beaker.png"), layouts.resolve("beaker.png"));
        Path layout = Files.writeString(layouts.resolve("school.yaml"), "extends: exam\nheader:\n  logo: beaker.png\n");
        Path target = out.resolve("logo");
        Cli run = Cli.run("generate", "--bank", "src/test/resources/e2e/chemistry.csv", "--count", "4", "--sets", "1",
                "--seed", "3", "--layout", layout.toString(), "--out", target.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path folder;
        try (Stream<Path> entries = Files.list(target)) {
            folder = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        for (String file : List.of("paper-A.pdf", "key-A.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(folder.resolve(file).toFile())) {
                java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImage(0);
                // The beaker's blue water, inside the 62 x 60 pt box left of the title below the top margin.
                long blue = 0;
                for (int y = 42; y < 110; y++) {
                    for (int x = 54; x < 116; x++) {
                        int rgb = page.getRGB(x, y);
                        if ((rgb & 0xFF) > 150 && (rgb >> 16 & 0xFF) < 160) {
                            blue++;
                        }
                    }
                }
                assertThat(blue).as(file + ": blue pixels where the logo goes").isGreaterThan(300);
            }
        }
    }

    @Test
    void everyPageSaysWhichPageOfHowManyAndWhichSet() {
        List<String> pages = PdfText.pages(django.resolve("paper-B.pdf"));
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).contains("Page " + (p + 1) + " of " + pages.size(), "Set B", "Paper code");
        }
    }

    /**
     * What the person at the printer sees: read back page by page, each set's header first appears on
     * an odd page (the front of a sheet), holds all of that set's pages, and any page between two sets
     * is blank.
     */
    @Test
    void thePrintFileStartsEverySetOnAnOddPage() {
        List<String> merged = PdfText.pages(django.resolve("all-papers.pdf"));
        List<String> sets = List.of("A", "B", "C");
        List<Integer> firstPages = new ArrayList<>();
        for (String set : sets) {
            java.util.regex.Pattern header = java.util.regex.Pattern.compile("\\bSet " + set + "\\b");
            int first = -1;
            for (int p = 0; p < merged.size() && first < 0; p++) {
                if (header.matcher(merged.get(p)).find()) {
                    first = p + 1;
                }
            }
            assertThat(first).as("the page on which 'Set %s' first appears", set).isPositive();
            assertThat(first % 2).as("set %s starts on page %d, which must be odd", set, first).isEqualTo(1);
            int pages = PdfText.pages(django.resolve("paper-" + set + ".pdf")).size();
            assertThat(merged.get(first - 1)).contains("Page 1 of " + pages);
            for (int p = first; p < first + pages; p++) {
                assertThat(merged.get(p - 1)).as("page %d of the print file", p)
                        .contains("Page " + (p - first + 1) + " of " + pages).containsPattern(header);
            }
            firstPages.add(first);
        }
        assertThat(firstPages).as("sets in order A, B, C").isSorted();
        for (int p = 1; p <= merged.size(); p++) {
            int page = p;
            boolean inASet = false;
            for (int s = 0; s < sets.size(); s++) {
                int pages = PdfText.pages(django.resolve("paper-" + sets.get(s) + ".pdf")).size();
                inASet |= page >= firstPages.get(s) && page < firstPages.get(s) + pages;
            }
            if (!inASet) {
                assertThat(merged.get(p - 1).strip()).as("page %d, between two sets, is blank", p).isEmpty();
            }
        }
    }

    private static List<Path> pdfs() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path folder : List.of(django, chemistry)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".pdf")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    private static Path run(String bank, String count, String name) throws IOException {
        Path target = out.resolve(name);
        Cli run = Cli.run("generate", "--bank", bank, "--count", count, "--sets", "3", "--seed", "11", "--out",
                target.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> entries = Files.list(target)) {
            return entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}

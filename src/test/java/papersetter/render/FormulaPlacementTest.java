package papersetter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import papersetter.model.Markup;
import papersetter.testing.Cli;
import papersetter.testing.PageWords;

/**
 * Every formula of a maths bank reaches the page as its author wrote it: drawn (its glyphs inside
 * the page, clear of its edges and of every word around it), inline ones on the baseline of their
 * line, and each one a Formula element of the structure whose alternate text is its LaTeX. The
 * glyphs are read back from the PDF's own drawing operators, not from the layout that placed them.
 */
class FormulaPlacementTest {
    private static final Path BANK = Path.of("src/test/resources/papersetter/maths/formulas.csv");

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"exam", "large-print", "compact"})
    void everyFormulaIsDrawnInsideThePageClearOfTheWordsAroundIt(String layout) throws IOException {
        Path run = generate(layout);
        for (String file : List.of("paper-A.pdf", "key-A.pdf")) {
            Path pdf = run.resolve(file);
            List<FormulaInk.Form> forms = FormulaInk.read(pdf);
            List<PageWords.Page> pages = PageWords.read(pdf);
            assertThat(forms).as(file).isNotEmpty();
            for (FormulaInk.Form form : forms) {
                assertThat(form.ink()).as("%s: a formula with no ink", file).isNotNull();
                PageWords.Page page = pages.get(form.page() - 1);
                Rectangle2D ink = form.ink();
                assertThat(ink.getMinX()).as(file).isGreaterThanOrEqualTo(PageWords.EDGE);
                assertThat(ink.getMinY()).as(file).isGreaterThanOrEqualTo(PageWords.EDGE);
                assertThat(ink.getMaxX()).as(file).isLessThanOrEqualTo(page.width() - PageWords.EDGE);
                assertThat(ink.getMaxY()).as(file).isLessThanOrEqualTo(page.height() - PageWords.EDGE);
                assertThat(form.frame().contains(ink)).as("%s: the form shows all its ink", file).isTrue();
                for (PageWords.Word word : page.words()) {
                    Rectangle2D box = new Rectangle2D.Float(word.x0(), word.top(), word.x1() - word.x0(),
                            word.bottom() - word.top());
                    Rectangle2D both = box.createIntersection(ink);
                    assertThat(both.getWidth() > 0.6 && both.getHeight() > 0.6)
                            .as("%s page %d: '%s' at %s overprints a formula at %s", file, form.page(), word.text(),
                                    box, ink)
                            .isFalse();
                }
            }
            for (int i = 0; i < forms.size(); i++) {
                for (int j = i + 1; j < forms.size(); j++) {
                    if (forms.get(i).page() == forms.get(j).page()) {
                        Rectangle2D both = forms.get(i).ink().createIntersection(forms.get(j).ink());
                        assertThat(both.getWidth() > 0.6 && both.getHeight() > 0.6)
                                .as("%s: two formulas overprint each other", file).isFalse();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"exam", "large-print"})
    void eachFormulaIsAFormulaElementWhoseAlternateTextIsItsLatex(String layout) throws IOException {
        Path run = generate(layout);
        List<String> expected = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(Files.newBufferedReader(BANK))) {
            for (var record : parser) {
                for (String cell : record.values()) {
                    Markup.formulas(cell).forEach(formula -> expected.add(formula.latex()));
                }
            }
        }
        List<String> alts = formulaAlts(run.resolve("paper-A.pdf"));
        List<String> inPaper = new ArrayList<>(expected);
        // The paper prints questions and options; explanations and model answers are the key's.
        List<String> keyOnly = List.of("6", "\\frac{3}{6} + \\frac{2}{6} = \\frac{5}{6}", "\\det = 1 \\cdot 4 - 2 \\cdot 3",
                "n", "S");
        keyOnly.forEach(inPaper::remove);
        assertThat(alts).containsExactlyInAnyOrderElementsOf(inPaper);
        assertThat(formulaAlts(run.resolve("key-A.pdf"))).containsAll(keyOnly);
        assertThat(FormulaInk.read(run.resolve("paper-A.pdf"))).hasSameSizeAs(alts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"exam", "large-print"})
    void anInlineFormulaStandsOnTheBaselineOfItsLine(String layout) throws IOException {
        Path run = generate(layout);
        Path pdf = run.resolve("paper-A.pdf");
        float body = Layouts.load(layout).fonts().body();
        TypesetFormula square = TypesetFormula.of("x^2 = 4", body * FigureMaker.MATH_SCALE, false, Style.INK);
        FormulaInk.Form form = FormulaInk.read(pdf).stream()
                .filter(f -> Math.abs(f.width() - (square.width() + 2 * square.bleed())) < 0.01).findFirst()
                .orElseThrow();
        double baseline = form.frame().getMinY() + square.bleed() + square.height();
        List<Float> baselines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.contains("Solve") || text.contains("for")) {
                        positions.forEach(p -> baselines.add(p.getYDirAdj()));
                    }
                }
            };
            stripper.setStartPage(form.page());
            stripper.setEndPage(form.page());
            stripper.getText(document);
        }
        assertThat(baselines).isNotEmpty();
        assertThat(baselines.stream().mapToDouble(b -> Math.abs(b - baseline)).min().orElseThrow())
                .as("the nearest text baseline to the formula's").isLessThan(0.05);
    }

    private Path generate(String layout) throws IOException {
        Cli cli = Cli.run("generate", "--bank", BANK.toString(), "--count", "all", "--sets", "1", "--seed", "7",
                "--layout", layout, "--out", out.resolve(layout).toString());
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        try (Stream<Path> runs = Files.list(out.resolve(layout))) {
            return runs.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
        }
    }

    /** The /Alt of every Formula element of the structure tree, in the tree's order. */
    static List<String> formulaAlts(Path pdf) throws IOException {
        List<String> alts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            collect(document.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), alts, 0);
        }
        return alts;
    }

    private static void collect(COSBase node, List<String> alts, int depth) {
        COSBase direct = node instanceof COSObject object ? object.getObject() : node;
        if (depth > 64) {
            return;
        }
        if (direct instanceof COSDictionary dictionary) {
            if (COSName.getPDFName("Formula").equals(dictionary.getCOSName(COSName.S))) {
                String alt = dictionary.getString(COSName.ALT);
                // Copying gives the source too: its /ActualText is the same.
                alts.add(alt != null && alt.equals(dictionary.getString(COSName.ACTUAL_TEXT)) ? alt
                        : "no /ActualText for " + alt);
            }
            COSBase kids = dictionary.getDictionaryObject(COSName.K);
            if (kids != null) {
                collect(kids, alts, depth + 1);
            }
        } else if (direct instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), alts, depth + 1);
            }
        }
    }
}

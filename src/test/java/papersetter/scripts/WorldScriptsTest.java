package papersetter.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import papersetter.testing.Cli;
import papersetter.testing.PdfChecks;

/**
 * The world's scripts, printed and read back: a bank with Hindi, Marathi, Bengali, Tamil, Telugu,
 * Gujarati, Arabic, Urdu, Hebrew, Thai, Chinese, Japanese, Korean, emoji and mathematical letters
 * (src/test/resources/scripts/world.csv), generated through the command line.
 *
 * <p>What a reader gets back is checked with two readers. PDFBox 3 and poppler's pdftotext both
 * honour /ActualText, so shaped left-to-right text (Indic clusters whose glyphs stand in another
 * order than the letters, Thai marks placed below the baseline) reads back exactly. Right-to-left
 * text is read by each reader's own bidirectional reordering: text of one direction reads back
 * exactly, but where a right-to-left line holds numbers or code, the readers order those pieces
 * each their own way (poppler puts "969." before the Arabic words it ends) — there every word
 * reads back as written, and the order of the pieces is the reader's.
 */
class WorldScriptsTest {
    @TempDir
    static Path out;
    static Path paper;
    static Path key;
    static List<String[]> strings = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        Path bank = Path.of("src/test/resources/scripts/world.csv");
        Cli run = Cli.run("generate", "--bank", bank.toString(), "--count", "17", "--sets", "1", "--seed", "7",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> all = files.toList();
            paper = all.stream().filter(p -> p.getFileName().toString().equals("paper-A.pdf")).findFirst().orElseThrow();
            key = all.stream().filter(p -> p.getFileName().toString().equals("key-A.pdf")).findFirst().orElseThrow();
        }
        try (Reader reader = Files.newBufferedReader(bank, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                for (String column : List.of("question", "option_a", "option_b", "option_c", "option_d", "explanation",
                        "answer")) {
                    String value = row.get(column).replace("`", "");
                    boolean letter = column.equals("answer") && List.of("mcq", "truefalse").contains(row.get("type"));
                    if (!value.isBlank() && !letter) {
                        strings.add(new String[] {row.get("id"), column, value});
                    }
                }
            }
        }
    }

    @Test
    void everyStringReadsBackWithPdfBox() throws IOException {
        assertEveryStringIn(pdfBoxText(paper) + pdfBoxText(key), "PDFBox");
    }

    @Test
    void everyStringReadsBackWithPoppler() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler's pdftotext is not installed");
        assertEveryStringIn(pdftotext(paper) + pdftotext(key), "pdftotext");
    }

    private static void assertEveryStringIn(String extracted, String reader) {
        String text = squeeze(extracted);
        List<String> missing = new ArrayList<>();
        for (String[] string : strings) {
            String value = string[2];
            if (mixedDirections(value)) {
                for (String word : value.split("\\s+")) {
                    String bare = word.replaceAll("[\\p{P}\\p{S}]", "");
                    if (!bare.isEmpty() && !text.contains(squeeze(bare))) {
                        missing.add(string[0] + " " + string[1] + ": word '" + bare + "' of '" + value + "'");
                    }
                }
            } else if (!text.contains(squeeze(value))) {
                missing.add(string[0] + " " + string[1] + ": '" + value + "'");
            }
        }
        assertThat(missing).as("strings that %s does not read back", reader).isEmpty();
        assertThat(strings).hasSizeGreaterThan(50);
    }

    /**
     * Every layout, with the header in four scripts: the title, course and institution are shaped
     * and cut into the fonts like the questions (the footer repeats the title beside the set).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"worksheet", "revision", "compact", "large-print"})
    void everyLayoutPrintsScriptsInTheHeaderToo(String layout) throws IOException {
        Path folder = out.resolve(layout);
        String title = "सूची — العربية — ภาษาไทย — 中文";
        Cli run = Cli.run("generate", "--bank", "src/test/resources/scripts/world.csv", "--count", "17", "--sets", "2",
                "--seed", "9", "--layout", layout, "--title", title, "--course", "קורס", "--institution",
                "मुंबई विद्यालय", "--out", folder.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                String text = squeeze(pdfBoxText(pdf));
                for (String word : List.of("सूची", "العربية", "ภาษาไทย", "中文", "मुंबई", "विद्यालय")) {
                    assertThat(text).as("%s in %s", word, pdf.getFileName()).contains(word);
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        Path again = out.resolve("again");
        Cli run = Cli.run("generate", "--bank", "src/test/resources/scripts/world.csv", "--count", "17", "--sets", "1",
                "--seed", "7", "--out", again.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        try (Stream<Path> files = Files.walk(again)) {
            Path second = files.filter(p -> p.getFileName().toString().equals("paper-A.pdf")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(paper));
        }
    }

    @Test
    void fontsAreEmbeddedAndNoTextLeavesThePage() {
        for (Path pdf : List.of(paper, key)) {
            assertThat(PdfChecks.fonts(pdf)).allSatisfy(font -> assertThat(font).endsWith("(embedded)"));
            assertThat(PdfChecks.fonts(pdf)).anySatisfy(font -> assertThat(font).contains("NotoSansDevanagari"));
            assertThat(PdfChecks.textOutside(pdf, 28)).isEmpty();
        }
    }

    /**
     * A Devanagari conjunct with a vowel sign before its letters (क्षत्रिय) and joined Arabic
     * (القاهرة), each drawn from the PDF by PDFBox's renderer, look like the JDK's own drawing of
     * the same word in the same font (HarfBuzz shaping); the same letters drawn one by one,
     * unshaped, do not.
     */
    @Test
    void shapedWordsLookAsTheJdkDrawsThem() throws IOException {
        compare("क्षत्रिय", "NotoSansDevanagari-Regular.ttf");
        compare("القاهرة", "NotoNaskhArabic-Regular.ttf");
    }

    private static void compare(String word, String fontFile) throws IOException {
        float scale = 6;
        try (PDDocument document = Loader.loadPDF(paper.toFile())) {
            TextPosition[] found = new TextPosition[2];
            int[] page = {-1};
            PDFTextStripper finder = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    int at = text.indexOf(word);
                    if (at >= 0 && found[0] == null && !positions.isEmpty()) {
                        found[0] = positions.get(0);
                        found[1] = positions.get(positions.size() - 1);
                        page[0] = getCurrentPageNo() - 1;
                    }
                }
            };
            finder.setSortByPosition(true);
            finder.getText(document);
            assertThat(found[0]).as("'%s' on the paper", word).isNotNull();
            float size = found[0].getFontSizeInPt();
            BufferedImage rendered = new PDFRenderer(document).renderImage(page[0], scale);
            // The word's line: from the left of the page to the right margin, an em above and below.
            float baseline = found[0].getY();
            int top = Math.round((baseline - size * 1.2f) * scale);
            int bottom = Math.round((baseline + size * 0.6f) * scale);
            BufferedImage line = rendered.getSubimage(0, Math.max(0, top), rendered.getWidth(), bottom - top);
            Font font = font(fontFile).deriveFont(size * scale);
            boolean[][] pdf = ink(line);
            boolean[][] shaped = ink(draw(font, word, true, line.getWidth(), line.getHeight()));
            boolean[][] unshaped = ink(draw(font, word, false, line.getWidth(), line.getHeight()));
            // On the paper the word shares its line with others: find it where it matches best.
            float left = Math.min(found[0].getX(), found[1].getX()) - size;
            float right = Math.max(found[0].getX(), found[1].getX()) + 2 * size;
            int from = Math.max(0, Math.round(left * scale));
            int to = Math.min(line.getWidth(), Math.round(right * scale) + 10 * Math.round(size * scale));
            double shapedMatch = bestMatch(pdf, shaped, from, to);
            double unshapedMatch = bestMatch(pdf, unshaped, from, to);
            assertThat(shapedMatch).as("'%s' drawn by PDFBox against the JDK's shaping", word).isGreaterThan(0.9);
            assertThat(unshapedMatch).as("'%s' against its letters drawn one by one", word)
                    .isLessThan(shapedMatch - 0.1);
        }
    }

    private static Font font(String file) throws IOException {
        try (InputStream in = WorldScriptsTest.class.getResourceAsStream("/fonts/" + file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
    }

    /** A word drawn by the JDK, shaped as a whole or letter by letter, black on white. */
    private static BufferedImage draw(Font font, String word, boolean shaped, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        FontRenderContext context = g.getFontRenderContext();
        float baseline = height * 0.65f;
        boolean rtl = Character.getDirectionality(word.charAt(0)) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        if (shaped) {
            char[] chars = word.toCharArray();
            GlyphVector vector = font.layoutGlyphVector(context, chars, 0, chars.length,
                    rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
            g.drawGlyphVector(vector, 10, baseline);
        } else {
            float x = 10;
            int[] letters = word.codePoints().toArray();
            for (int i = 0; i < letters.length; i++) {
                int c = letters[rtl ? letters.length - 1 - i : i];
                GlyphVector vector = font.createGlyphVector(context, Character.toString(c));
                g.drawGlyphVector(vector, x, baseline);
                x += (float) vector.getLogicalBounds().getWidth();
            }
        }
        g.dispose();
        return image;
    }

    /** Dark pixels. */
    private static boolean[][] ink(BufferedImage image) {
        boolean[][] ink = new boolean[image.getHeight()][image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) / 3;
                ink[y][x] = grey < 128;
            }
        }
        return ink;
    }

    /**
     * How well a word's drawing matches the line at its best place: with the word's ink box slid
     * over the line, the smaller of the share of the word's ink that has the line's ink within two
     * pixels and the share of the line's ink (inside the box) that has the word's within two pixels.
     * Two pixels at six times the size is a third of a point: anti-aliasing and rounding, not shape.
     */
    private static double bestMatch(boolean[][] line, boolean[][] word, int from, int to) {
        int[] box = box(word);
        boolean[][] lineNear = dilate(line, 2);
        boolean[][] wordNear = dilate(word, 2);
        double best = 0;
        int height = line.length;
        int width = line[0].length;
        for (int dy = -box[1]; dy + box[3] < height; dy++) {
            for (int dx = Math.max(-box[0], from - box[0]); dx + box[2] < Math.min(width, to); dx++) {
                int wordInk = 0;
                int wordMatched = 0;
                int lineInk = 0;
                int lineMatched = 0;
                for (int y = box[1]; y <= box[3]; y++) {
                    for (int x = box[0]; x <= box[2]; x++) {
                        if (word[y][x]) {
                            wordInk++;
                            if (lineNear[y + dy][x + dx]) {
                                wordMatched++;
                            }
                        }
                        if (line[y + dy][x + dx]) {
                            lineInk++;
                            if (wordNear[y][x]) {
                                lineMatched++;
                            }
                        }
                    }
                }
                if (wordInk > 0 && lineInk > 0) {
                    best = Math.max(best, Math.min((double) wordMatched / wordInk, (double) lineMatched / lineInk));
                }
            }
        }
        return best;
    }

    private static boolean[][] dilate(boolean[][] ink, int by) {
        int height = ink.length;
        int width = ink[0].length;
        boolean[][] near = new boolean[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ink[y][x]) {
                    for (int ny = Math.max(0, y - by); ny <= Math.min(height - 1, y + by); ny++) {
                        for (int nx = Math.max(0, x - by); nx <= Math.min(width - 1, x + by); nx++) {
                            near[ny][nx] = true;
                        }
                    }
                }
            }
        }
        return near;
    }

    /** The box around the ink: left, top, right, bottom. */
    private static int[] box(boolean[][] ink) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < ink.length; y++) {
            for (int x = 0; x < ink[y].length; x++) {
                if (ink[y][x]) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return new int[] {left, top, right, bottom};
    }

    /** Right-to-left text holding numbers, Latin or code, or ending in punctuation: pieces a reader orders its own way. */
    private static boolean mixedDirections(String text) {
        boolean rtl = text.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        boolean ltr = text.codePoints().anyMatch(c -> Character.isDigit(c) || Character.getDirectionality(c)
                == Character.DIRECTIONALITY_LEFT_TO_RIGHT);
        boolean punctuated = text.matches("(?s).*[\\p{P}\\p{S}]\\s*$");
        return rtl && (ltr || punctuated);
    }

    /** Text without spaces, line ends and the direction marks a reader may add. */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]", "");
    }

    private static String pdfBoxText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String pdftotext(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return text;
    }
}

package papersetter.render;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.List;
import java.util.Random;

/**
 * The embedded fonts of one PDF. DejaVu covers Latin, Greek, Cyrillic and the symbols a bank is
 * likely to hold (é ₹ → ½ H₂SO₄ µ Ω), and is embedded as a subset so every printer shows the same.
 *
 * <p>Parsing a font file is a large part of a small document's cost, so each thread keeps the
 * fonts it has parsed. A parsed font is not safe to share between threads (reading it moves a
 * file pointer), and OpenPDF draws subset names from a generator held by the font: each document
 * therefore sets a generator seeded by its own name, so the subset names, and so the file, are
 * the same whichever thread renders it and whatever it rendered before.
 */
final class DocumentFonts implements Metrics {
    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    final BaseFont mono;
    final BaseFont monoBold;

    DocumentFonts(String documentId, RunFonts run) {
        List<String> files = RunFonts.fileNames(run.family());
        regular = load(run, files.get(0), documentId);
        bold = load(run, files.get(1), documentId);
        italic = load(run, files.get(2), documentId);
        mono = load(run, files.get(3), documentId);
        monoBold = load(run, files.get(4), documentId);
    }

    BaseFont font(Face face) {
        return switch (face) {
            case REGULAR -> regular;
            case BOLD -> bold;
            case ITALIC -> italic;
            case MONO -> mono;
            case MONO_BOLD -> monoBold;
        };
    }

    Font font(Style style) {
        Font font = new Font(font(style.face()), style.size());
        font.setColor(style.color());
        return font;
    }

    @Override
    public float width(Face face, String text, float size) {
        return font(face).getWidthPoint(text, size);
    }

    @Override
    public float ascent(Face face, float size) {
        return font(face).getFontDescriptor(BaseFont.ASCENT, size);
    }

    @Override
    public float descent(Face face, float size) {
        return -font(face).getFontDescriptor(BaseFont.DESCENT, size);
    }

    private static BaseFont load(RunFonts run, String file, String documentId) {
        BaseFont font = run.font(file);
        font.setSecureRandom(new SeededRandom((documentId + "/" + file).hashCode()));
        return font;
    }

    /**
     * OpenPDF draws subset prefixes from a SecureRandom; this one is predictable on purpose. It is
     * built without a security provider so that no entropy source is touched at start-up.
     */
    private static final class SeededRandom extends SecureRandom {
        SeededRandom(long seed) {
            super(new SeededSpi(seed), null);
        }
    }

    private static final class SeededSpi extends SecureRandomSpi {
        private final Random random;

        SeededSpi(long seed) {
            random = new Random(seed);
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            // the seed is fixed at construction
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            byte[] seed = new byte[numBytes];
            random.nextBytes(seed);
            return seed;
        }
    }
}

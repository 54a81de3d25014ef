package papersetter.render;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
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
    private final String documentId;
    private final RunFonts run;
    /** The faces this document has used so far, by {@link Face#ordinal()}; a face never used is never read. */
    private final BaseFont[] faces = new BaseFont[Face.values().length];

    DocumentFonts(String documentId, RunFonts run) {
        this.documentId = documentId;
        this.run = run;
    }

    BaseFont font(Face face) {
        BaseFont font = faces[face.ordinal()];
        if (font == null) {
            String file = RunFonts.fileName(run.family(), face);
            font = run.font(file);
            font.setSecureRandom(new SeededRandom((documentId + "/" + file).hashCode()));
            faces[face.ordinal()] = font;
        }
        return font;
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

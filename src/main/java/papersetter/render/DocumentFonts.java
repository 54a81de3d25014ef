package papersetter.render;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

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
final class DocumentFonts {
    private static final ConcurrentHashMap<String, byte[]> FILES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, BaseFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    final BaseFont mono;
    final BaseFont monoBold;

    /** @param family {@code sans} or {@code serif} */
    DocumentFonts(String documentId, String family) {
        boolean serif = "serif".equals(family);
        regular = load(serif ? "DejaVuSerif.ttf" : "DejaVuSans.ttf", documentId);
        bold = load(serif ? "DejaVuSerif-Bold.ttf" : "DejaVuSans-Bold.ttf", documentId);
        italic = load(serif ? "DejaVuSerif-Italic.ttf" : "DejaVuSans-Oblique.ttf", documentId);
        mono = load("DejaVuSansMono.ttf", documentId);
        monoBold = load("DejaVuSansMono-Bold.ttf", documentId);
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    Font italic(float size) {
        return new Font(italic, size);
    }

    Font mono(float size) {
        return new Font(mono, size);
    }

    private static BaseFont load(String file, String documentId) {
        BaseFont font = PARSED.get().computeIfAbsent(file, DocumentFonts::parse);
        font.setSecureRandom(new SeededRandom((documentId + "/" + file).hashCode()));
        return font;
    }

    private static BaseFont parse(String file) {
        try {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(file), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + file, e);
        }
    }

    private static byte[] bytes(String file) {
        return FILES.computeIfAbsent(file, name -> {
            try (InputStream in = DocumentFonts.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + name + " is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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

package org.apache.pdfbox.pdmodel.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * papersetter's door to PDFBox's own ToUnicode CMap writer, which PDFBox keeps package-private: a
 * run's fonts carry a map from glyphs back to Unicode (so text can be searched, copied and read
 * aloud), and papersetter prepares it once per run rather than writing CMap syntax itself.
 */
public final class UnicodeMapWriter {
    private UnicodeMapWriter() {
    }

    /** The CMap for two-byte glyph ids, each mapped to the text it stands for. */
    public static byte[] toUnicode(Map<Integer, String> textOfGlyph) {
        ToUnicodeWriter writer = new ToUnicodeWriter();
        textOfGlyph.forEach(writer::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream(textOfGlyph.size() * 20 + 512);
        try {
            writer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

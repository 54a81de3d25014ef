package papersetter.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * A vector drawing (a typeset formula, a chart), made once per run through Java's
 * {@link Graphics2D} and kept as a PDF form: PDFBox's Graphics2D bridge (de.rototor.pdfbox:graphics2d)
 * turns the drawing into PDF operators, so it stays sharp at any zoom. Text the drawing contains is
 * drawn as outlines, so the form needs no fonts; what it says goes into the structure tree as the
 * alternate text of the {@link Role#FIGURE} or {@link Role#FORMULA} it is drawn in.
 *
 * <p>The form is kept detached from any document: its content and resources are held as plain
 * values and copied into each file afresh, like {@link PdfImage}, so documents written on several
 * threads share nothing PDFBox may change.
 *
 * @see Canvas#form
 */
public final class VectorForm {
    /** Resources nested deeper than this are not a drawing the bridge makes. */
    private static final int MAX_DEPTH = 32;

    private final float width;
    private final float height;
    private final byte[] content;
    private final Dictionary dictionary;

    private VectorForm(float width, float height, byte[] content, Dictionary dictionary) {
        this.width = width;
        this.height = height;
        this.content = content;
        this.dictionary = dictionary;
    }

    /**
     * Draws a form of the given size, in points. The painter draws with Java's usual coordinates:
     * (0, 0) the top-left corner, y downwards, one unit a point.
     */
    public static VectorForm draw(float width, float height, Consumer<Graphics2D> painter) {
        if (!(width > 0 && height > 0 && Float.isFinite(width) && Float.isFinite(height))) {
            throw new IllegalArgumentException("a form's size must be positive: " + width + " × " + height);
        }
        try (PDDocument scratch = new PDDocument()) {
            PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(scratch, width, height);
            try {
                // Text as outlines: no font of the drawing ends up embedded (or missing) in the paper.
                graphics.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawer());
                painter.accept(graphics);
            } finally {
                graphics.dispose();
            }
            PDFormXObject form = graphics.getXFormObject();
            COSStream stream = form.getCOSObject();
            Dictionary dictionary = detachDictionary(stream, 0);
            return new VectorForm(width, height, rawBytes(stream), dictionary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** The form as a new object for one document, its content copied in as it was drawn. */
    COSStream toCos() {
        COSStream stream = (COSStream) attach(new Detached(dictionary, content));
        stream.setItem(COSName.TYPE, COSName.XOBJECT);
        stream.setItem(COSName.SUBTYPE, COSName.FORM);
        return stream;
    }

    /** A stream held as its dictionary and its bytes as stored (still compressed). */
    private record Detached(Dictionary dictionary, byte[] raw) {
    }

    /** A dictionary's entries, in the order the drawing made them (so the copies are the same bytes). */
    private record Dictionary(List<Map.Entry<COSName, Object>> entries) {
    }

    private static byte[] rawBytes(COSStream stream) throws IOException {
        try (InputStream in = stream.createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    private static Dictionary detachDictionary(COSDictionary dictionary, int depth) throws IOException {
        List<Map.Entry<COSName, Object>> entries = new ArrayList<>();
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            if (dictionary instanceof COSStream && COSName.LENGTH.equals(entry.getKey())) {
                continue; // the writer works out the length of the copy
            }
            entries.add(Map.entry(entry.getKey(), detach(entry.getValue(), depth + 1)));
        }
        return new Dictionary(List.copyOf(entries));
    }

    /** A COS value as plain, unchanging values: dictionaries as entry lists, streams as bytes. */
    private static Object detach(COSBase value, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("a drawing's resources nest deeper than " + MAX_DEPTH);
        }
        COSBase direct = value instanceof COSObject object ? object.getObject() : value;
        if (direct instanceof COSStream stream) {
            return new Detached(detachDictionary(stream, depth), rawBytes(stream));
        }
        if (direct instanceof COSDictionary dictionary) {
            return detachDictionary(dictionary, depth);
        }
        if (direct instanceof COSArray array) {
            List<Object> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                items.add(detach(array.get(i), depth + 1));
            }
            return List.copyOf(items);
        }
        if (direct instanceof COSString string) {
            return string.getBytes().clone();
        }
        // Names, numbers, booleans and null never change once made.
        return direct;
    }

    private static COSBase attach(Object value) {
        if (value instanceof Detached detached) {
            COSStream stream = new COSStream();
            fill(stream, detached.dictionary());
            try (java.io.OutputStream out = stream.createRawOutputStream()) {
                out.write(detached.raw());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return stream;
        }
        if (value instanceof Dictionary entries) {
            COSDictionary dictionary = new COSDictionary();
            fill(dictionary, entries);
            return dictionary;
        }
        if (value instanceof List<?> list) {
            COSArray array = new COSArray();
            for (Object item : list) {
                array.add(attach(item));
            }
            return array;
        }
        if (value instanceof byte[] bytes) {
            return new COSString(bytes.clone());
        }
        return (COSBase) value;
    }

    private static void fill(COSDictionary dictionary, Dictionary entries) {
        for (Map.Entry<COSName, Object> entry : entries.entries()) {
            dictionary.setItem(entry.getKey(), attach(entry.getValue()));
        }
    }
}

package papersetter.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;

/**
 * Draws one document page by page through the {@link Canvas} interface, and turns what is drawn into
 * content-stream operators (written by PDFBox's {@link ContentStreamWriter}) and a structure tree.
 *
 * <p>Every piece of content is either inside a marked-content sequence that belongs to a structure
 * element or marked as an artifact, as tagged PDF (and PDF/UA) asks. Neighbouring texts of one
 * element share one text object and one sequence; the font and colour are set only when they change,
 * which keeps the content small.
 */
public final class DocumentDrawer {
    static final COSName FAINT = COSName.getPDFName("Faint");

    /*
     * Operators, names and numbers as PDFBox's ContentStreamWriter writes them, each written once and
     * then copied: a page draws the same few operators and coordinates again and again, and writing
     * each through the writer anew (a token object, its text, its bytes) cost as much as the rest of
     * drawing the page. Glyph strings, arrays and dictionaries that vary go through the writer each time.
     */
    private static final byte[] FAINT_NAME = encoded(FAINT);
    private static final byte[] ARTIFACT = encoded(COSName.getPDFName("Artifact"));
    private static final byte[] SPAN = encoded(COSName.getPDFName("Span"));
    private static final byte[] ZERO = encoded(COSInteger.ZERO);
    private static final COSName MCID = COSName.getPDFName("MCID");
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
    /** Each kind of artifact's properties (/Type, /Subtype), as written. */
    private static final Map<Artifact, byte[]> ARTIFACT_PROPERTIES = artifactProperties();

    private static final byte[] BEGIN_MARKED_PROPS = operator("BDC");
    private static final byte[] BEGIN_MARKED = operator("BMC");
    private static final byte[] BEGIN_TEXT = operator("BT");
    private static final byte[] DRAW_OBJECT = operator("Do");
    private static final byte[] END_MARKED = operator("EMC");
    private static final byte[] END_TEXT = operator("ET");
    private static final byte[] RESTORE = operator("Q");
    private static final byte[] STROKE_RGB = operator("RG");
    private static final byte[] STROKE = operator("S");
    private static final byte[] SHOW_POSITIONED = operator("TJ");
    private static final byte[] SET_FONT = operator("Tf");
    private static final byte[] SHOW = operator("Tj");
    private static final byte[] TEXT_MATRIX = operator("Tm");
    private static final byte[] RISE = operator("Ts");
    private static final byte[] MOVE_TEXT = operator("Td");
    private static final byte[] TRANSFORM = operator("cm");
    private static final byte[] FILL = operator("f");
    private static final byte[] GRAPHICS_STATE = operator("gs");
    private static final byte[] LINE_TO = operator("l");
    private static final byte[] MOVE_TO = operator("m");
    private static final byte[] SAVE = operator("q");
    private static final byte[] RECTANGLE = operator("re");
    private static final byte[] FILL_RGB = operator("rg");
    private static final byte[] LINE_WIDTH = operator("w");
    /**
     * Numbers drawn before, each written once by PDFBox: coordinates and sizes repeat from page to
     * page. A table indexed by the number's low bits, each slot holding the last number that fell in
     * it, costs one array read where a map of boxed keys cost a hash look-up on every coordinate; a
     * slot is an immutable pair, so threads that race on one at worst write a number again.
     */
    private static final CachedNumber[] NUMBERS = new CachedNumber[1 << 16];
    /** The properties {@code <</MCID n>>} of the first marked-content ids of a page, as written. */
    private static final byte[][] MCID_PROPERTIES = new byte[1024][];
    /** Structure types and resource names, as written. */
    private static final Map<String, byte[]> NAMES = new ConcurrentHashMap<>();

    private record CachedNumber(long thousandths, byte[] bytes) {
    }

    private final float width;
    private final float height;
    private final List<byte[]> contents = new ArrayList<>();
    private final List<Integer> markedContents = new ArrayList<>();
    private final Map<EmbeddedFont, String> fonts = new IdentityHashMap<>();
    private final Map<EmbeddedFont, byte[]> fontNames = new IdentityHashMap<>();
    private final Map<PdfImage, String> images = new IdentityHashMap<>();
    private final Map<VectorForm, String> forms = new IdentityHashMap<>();
    private final List<DrawnDocument.OutlineEntry> outline = new ArrayList<>();
    private final StructureNode root = new StructureNode(Tag.of(Role.DOCUMENT));
    /** The elements open now, innermost first; they may stay open from one page to the next. */
    private final Deque<StructureNode> open = new ArrayDeque<>();
    private boolean faint;
    private Page page;

    public DocumentDrawer(float width, float height) {
        this.width = width;
        this.height = height;
        open.push(root);
    }

    /** Ends the page being drawn, if any, and starts the next. */
    public Canvas newPage() {
        endPage();
        page = new Page(contents.size());
        return page;
    }

    /**
     * @param label what a book's outline calls this document ("Set A")
     * @param documentId names this document among every document papersetter writes; the PDF's /ID is
     *     derived from it, so the same paper always carries the same ID
     */
    public DrawnDocument finish(DocumentInfo info, String label, String documentId) {
        endPage();
        if (open.size() != 1) {
            throw new IllegalStateException(open.size() - 1 + " structure elements were opened and never closed");
        }
        Map<String, EmbeddedFont> fontNames = new TreeMap<>();
        fonts.forEach((font, name) -> fontNames.put(name, font));
        Map<String, PdfImage> imageNames = new TreeMap<>();
        images.forEach((image, name) -> imageNames.put(name, image));
        Map<String, VectorForm> formNames = new TreeMap<>();
        forms.forEach((form, name) -> formNames.put(name, form));
        return new DrawnDocument(width, height, contents, fontNames, imageNames, formNames, faint, root, outline,
                markedContents, info, label, PdfIds.idFor(documentId));
    }

    private void endPage() {
        if (page != null) {
            page.close();
            contents.add(deflateFast(page.bytes.toByteArray()));
            markedContents.add(page.mcids);
            page = null;
        }
    }

    /**
     * Page content is compressed for speed: it is written for every set, and deflate's fastest level
     * costs a third of its default for a few percent more bytes.
     */
    static byte[] deflateFast(byte[] data) {
        return deflate(data, Deflater.BEST_SPEED);
    }

    /** Compresses once-per-run data (fonts, pictures) as well as deflate can. */
    static byte[] deflate(byte[] data) {
        return deflate(data, Deflater.BEST_COMPRESSION);
    }

    private static byte[] deflate(byte[] data, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(data.length / 3 + 64);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                int length = deflater.deflate(buffer);
                compressed.write(buffer, 0, length);
            }
            return compressed.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** What kind of marked-content sequence is open on the page. */
    private enum Marked { NONE, CONTENT, ARTIFACT }

    private final class Page implements Canvas {
        private final int number;
        private final GrowingBytes bytes = new GrowingBytes(16 * 1024);
        private final ContentStreamWriter out = new ContentStreamWriter(bytes);
        private int mcids;
        private Marked marked = Marked.NONE;
        /** The element the open content sequence belongs to. */
        private StructureNode markedFor;
        /** An artifact the caller opened; everything inside it is that artifact. */
        private Artifact artifact;
        /** An element made for text drawn outside every element, open until something else comes. */
        private StructureNode loose;
        private boolean inText;
        /** Where the current text line starts, in thousandths of a point: Td moves from there. */
        private long lineX;
        private long lineY;
        private EmbeddedFont font;
        private float size;
        private Color fillColor;
        private Color strokeColor;
        private float lineWidth = -1;

        Page(int number) {
            this.number = number;
        }

        @Override
        public void text(EmbeddedFont textFont, float textSize, Color color, float x, float baseline, int[] glyphs,
                float[] positions, float[] rises, String actualText) {
            if (glyphs.length == 0) {
                return;
            }
            if (artifact == null) {
                content(open.peek() == root ? looseParagraph() : open.peek());
            }
            if (!inText) {
                op(BEGIN_TEXT);
                inText = true;
                lineX = 0;
                lineY = 0;
            }
            if (textFont != font || textSize != size) {
                font = textFont;
                size = textSize;
                op(SET_FONT, fontName(textFont), number(textSize));
            }
            fill(color);
            // Each run starts a line of its own, moved from the last (Td takes two numbers where Tm takes six).
            long atX = Math.round(x * 1000.0);
            long atY = Math.round((height - baseline) * 1000.0);
            op(MOVE_TEXT, number((atX - lineX) / 1000f), number((atY - lineY) / 1000f));
            lineX = atX;
            lineY = atY;
            show(textFont, textSize, glyphs, positions, rises, actualText);
        }

        /**
         * Shows glyphs from the start of the current line: with the pen moved where shaping or
         * kerning placed a glyph other than where the font's advance would (TJ's adjustments, in
         * thousandths of the size), and raised where a mark sits above or below the baseline (Ts).
         * Glyphs that do not give their text back carry it as /ActualText.
         */
        private void show(EmbeddedFont textFont, float textSize, int[] glyphs, float[] positions, float[] rises,
                String actualText) {
            if (actualText != null) {
                COSDictionary properties = new COSDictionary();
                properties.setItem(ACTUAL_TEXT, new COSString(actualText));
                put(SPAN);
                token(properties);
                op(BEGIN_MARKED_PROPS);
            }
            if (positions == null && rises == null) {
                token(new COSString(encode(glyphs, 0, glyphs.length)));
                op(SHOW);
            } else {
                float rise = 0;
                float pen = 0;
                COSArray array = new COSArray();
                int from = 0;
                for (int g = 0; g < glyphs.length; g++) {
                    float glyphRise = rises == null ? 0 : rises[g];
                    if (Math.abs(glyphRise - rise) > 0.0005f * textSize) {
                        // Ts holds for a whole TJ: show what comes before at the old rise.
                        if (g > from) {
                            array.add(new COSString(encode(glyphs, from, g)));
                        }
                        if (array.size() > 0) {
                            token(array);
                            op(SHOW_POSITIONED);
                            array = new COSArray();
                        }
                        from = g;
                        rise = glyphRise;
                        op(RISE, number(rise));
                    }
                    if (positions != null) {
                        float move = positions[g] * 1000 / textSize - pen;
                        if (Math.abs(move) > 0.5f) {
                            if (g > from) {
                                array.add(new COSString(encode(glyphs, from, g)));
                            }
                            from = g;
                            long adjust = Math.round(move);
                            array.add(COSInteger.get(-adjust));
                            pen += adjust;
                        }
                    }
                    pen += textFont.advance(glyphs[g]);
                }
                array.add(new COSString(encode(glyphs, from, glyphs.length)));
                token(array);
                op(SHOW_POSITIONED);
                if (rise != 0) {
                    op(RISE, ZERO);
                }
            }
            if (actualText != null) {
                op(END_MARKED);
            }
        }

        @Override
        public void rule(float x1, float y1, float x2, float y2, float width, Color color) {
            layoutArtifact();
            stroke(width, color);
            op(MOVE_TO, number(x1), number(height - y1));
            op(LINE_TO, number(x2), number(height - y2));
            op(STROKE);
        }

        @Override
        public void box(float x, float y, float w, float h, float width, Color color) {
            layoutArtifact();
            stroke(width, color);
            op(RECTANGLE, number(x), number(height - y - h), number(w), number(h));
            op(STROKE);
        }

        @Override
        public void fill(float x, float y, float w, float h, Color color) {
            layoutArtifact();
            fill(color);
            op(RECTANGLE, number(x), number(height - y - h), number(w), number(h));
            op(FILL);
        }

        @Override
        public void picture(float x, float y, float w, float h, PdfImage image) {
            if (artifact == null) {
                if (open.peek().tag.role() == Role.FIGURE) {
                    content(open.peek());
                } else {
                    layoutArtifact();
                }
            }
            endText();
            op(SAVE);
            op(TRANSFORM, number(w), ZERO, ZERO, number(h), number(x), number(height - y - h));
            op(DRAW_OBJECT, name(images.computeIfAbsent(image, i -> "Im" + (images.size() + 1))));
            op(RESTORE);
        }

        @Override
        public void form(float x, float y, float w, float h, VectorForm form) {
            if (artifact == null) {
                Role role = open.peek().tag.role();
                if (role == Role.FIGURE || role == Role.FORMULA) {
                    content(open.peek());
                } else {
                    layoutArtifact();
                }
            }
            endText();
            op(SAVE);
            // The form's own space is its size in points, y upwards: scale it to the rectangle.
            op(TRANSFORM, number(w / form.width()), ZERO, ZERO, number(h / form.height()),
                    number(x), number(height - y - h));
            op(DRAW_OBJECT, name(forms.computeIfAbsent(form, f -> "Fm" + (forms.size() + 1))));
            op(RESTORE);
            // The form may set colours and lines of its own; they end with Q, but set ours again to be sure.
            font = null;
            fillColor = null;
            strokeColor = null;
            lineWidth = -1;
        }

        @Override
        public void watermark(EmbeddedFont textFont, float textSize, Color color, float x, float y, double degrees,
                int[] glyphs, float[] positions, float[] rises, String actualText) {
            if (glyphs.length == 0) {
                return;
            }
            boolean own = artifact == null;
            if (own) {
                beginArtifact(Artifact.WATERMARK);
            }
            endText();
            faint = true;
            op(SAVE);
            op(GRAPHICS_STATE, FAINT_NAME);
            float cos = (float) Math.cos(Math.toRadians(degrees));
            float sin = (float) Math.sin(Math.toRadians(degrees));
            op(FILL_RGB, colour(color.getRed()), colour(color.getGreen()), colour(color.getBlue()));
            op(BEGIN_TEXT);
            op(SET_FONT, fontName(textFont), number(textSize));
            op(TEXT_MATRIX, number(cos), number(sin), number(-sin), number(cos), number(x), number(height - y));
            show(textFont, textSize, glyphs, positions, rises, actualText);
            op(END_TEXT);
            op(RESTORE);
            // The state inside q ... Q is gone: set font and colour again when next needed.
            font = null;
            fillColor = null;
            if (own) {
                endArtifact();
            }
        }

        @Override
        public void begin(Tag tag) {
            endLoose();
            endMarked();
            open.push(open.peek().child(tag));
        }

        @Override
        public void end() {
            endLoose();
            endMarked();
            if (open.size() == 1) {
                throw new IllegalStateException("end() without begin()");
            }
            open.pop();
        }

        @Override
        public void beginArtifact(Artifact kind) {
            endMarked();
            artifact = kind;
            endText();
            op(BEGIN_MARKED_PROPS, ARTIFACT, ARTIFACT_PROPERTIES.get(kind));
            marked = Marked.ARTIFACT;
        }

        @Override
        public void endArtifact() {
            endText();
            op(END_MARKED);
            marked = Marked.NONE;
            artifact = null;
        }

        @Override
        public void bookmark(int level, String title, float y) {
            outline.add(new DrawnDocument.OutlineEntry(level, title, number, height - y));
        }

        void close() {
            endMarked();
            endLoose();
        }

        private StructureNode looseParagraph() {
            if (loose == null) {
                loose = root.child(Tag.of(Role.P));
            }
            return loose;
        }

        private void endLoose() {
            if (loose != null) {
                endMarked();
                loose = null;
            }
        }

        /** Makes sure what comes next is content of the element. */
        private void content(StructureNode element) {
            if (marked == Marked.CONTENT && markedFor == element) {
                return;
            }
            endMarked();
            element.kids.add(new StructureNode.Content(number, mcids));
            op(BEGIN_MARKED_PROPS, name(element.tag.role().pdfName()), mcidProperties(mcids));
            mcids++;
            marked = Marked.CONTENT;
            markedFor = element;
        }

        /** Makes sure what comes next is an artifact: rules, boxes and shades are never read out. */
        private void layoutArtifact() {
            if (artifact != null || marked == Marked.ARTIFACT) {
                endText();
                return;
            }
            endMarked();
            op(BEGIN_MARKED, ARTIFACT);
            marked = Marked.ARTIFACT;
        }

        private void endMarked() {
            if (artifact != null) {
                return;
            }
            endText();
            if (marked != Marked.NONE) {
                op(END_MARKED);
                marked = Marked.NONE;
                markedFor = null;
            }
        }

        private void endText() {
            if (inText) {
                op(END_TEXT);
                inText = false;
            }
        }

        private void fill(Color color) {
            if (!color.equals(fillColor)) {
                fillColor = color;
                op(FILL_RGB, colour(color.getRed()), colour(color.getGreen()), colour(color.getBlue()));
            }
        }

        private void stroke(float width, Color color) {
            if (width != lineWidth) {
                lineWidth = width;
                op(LINE_WIDTH, number(width));
            }
            if (!color.equals(strokeColor)) {
                strokeColor = color;
                op(STROKE_RGB, colour(color.getRed()), colour(color.getGreen()), colour(color.getBlue()));
            }
        }

        private byte[] fontName(EmbeddedFont textFont) {
            byte[] name = fontNames.get(textFont);
            if (name == null) {
                name = name(fonts.computeIfAbsent(textFont, f -> "F" + (fonts.size() + 1)));
                fontNames.put(textFont, name);
            }
            return name;
        }

        /** An operator after its operands, each already written as the content stream writer writes it. */
        private void op(byte[] operator, byte[]... operands) {
            for (byte[] operand : operands) {
                bytes.write(operand, 0, operand.length);
            }
            bytes.write(operator, 0, operator.length);
        }

        private void put(byte[] token) {
            bytes.write(token, 0, token.length);
        }

        /** An operand that varies (glyphs, an array, a dictionary), written by the content stream writer. */
        private void token(COSBase operand) {
            try {
                out.writeToken(operand);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Glyph ids as a string shows them with a font's Identity-H encoding: two bytes each. */
    private static byte[] encode(int[] glyphs, int from, int to) {
        byte[] bytes = new byte[(to - from) * 2];
        for (int g = from; g < to; g++) {
            bytes[2 * (g - from)] = (byte) (glyphs[g] >> 8);
            bytes[2 * (g - from) + 1] = (byte) glyphs[g];
        }
        return bytes;
    }

    /** A colour component (0 to 255) as PDF's 0 to 1. */
    private static byte[] colour(int component) {
        return number(component / 255f);
    }

    /**
     * A number rounded to three decimals, so that the same drawing always gives the same bytes and
     * the content carries no float noise ("12.5", not "12.500001"), as the writer writes it.
     */
    static byte[] number(float value) {
        long thousandths = Math.round(value * 1000.0);
        int slot = (int) (thousandths & (NUMBERS.length - 1));
        CachedNumber cached = NUMBERS[slot];
        if (cached != null && cached.thousandths() == thousandths) {
            return cached.bytes();
        }
        COSBase number = thousandths % 1000 == 0 ? COSInteger.get(thousandths / 1000)
                : new COSFloat((float) (thousandths / 1000.0));
        byte[] bytes = encoded(number);
        NUMBERS[slot] = new CachedNumber(thousandths, bytes);
        return bytes;
    }

    private static byte[] mcidProperties(int mcid) {
        byte[] cached = mcid < MCID_PROPERTIES.length ? MCID_PROPERTIES[mcid] : null;
        if (cached != null) {
            return cached;
        }
        COSDictionary properties = new COSDictionary();
        properties.setInt(MCID, mcid);
        byte[] bytes = encoded(properties);
        if (mcid < MCID_PROPERTIES.length) {
            MCID_PROPERTIES[mcid] = bytes;
        }
        return bytes;
    }

    private static byte[] name(String name) {
        byte[] cached = NAMES.get(name);
        if (cached == null) {
            cached = encoded(COSName.getPDFName(name));
            if (NAMES.size() < 4096) {
                NAMES.put(name, cached);
            }
        }
        return cached;
    }

    private static Map<Artifact, byte[]> artifactProperties() {
        COSName pagination = COSName.getPDFName("Pagination");
        Map<Artifact, byte[]> all = new EnumMap<>(Artifact.class);
        for (Artifact kind : Artifact.values()) {
            COSDictionary properties = new COSDictionary();
            switch (kind) {
                case FOOTER -> {
                    properties.setItem(COSName.TYPE, pagination);
                    properties.setItem(COSName.SUBTYPE, COSName.getPDFName("Footer"));
                }
                case CONTINUED -> properties.setItem(COSName.TYPE, pagination);
                case WATERMARK -> {
                    properties.setItem(COSName.TYPE, pagination);
                    properties.setItem(COSName.SUBTYPE, COSName.getPDFName("Watermark"));
                }
                default -> properties.setItem(COSName.TYPE, COSName.getPDFName("Layout"));
            }
            all.put(kind, encoded(properties));
        }
        return all;
    }

    private static byte[] operator(String name) {
        GrowingBytes out = new GrowingBytes(8);
        try {
            new ContentStreamWriter(out).writeToken(Operator.getOperator(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An operand as the content stream writer writes it, with the space that follows it. */
    private static byte[] encoded(COSBase operand) {
        GrowingBytes out = new GrowingBytes(16);
        try {
            new ContentStreamWriter(out).writeToken(operand);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

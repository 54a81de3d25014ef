package papersetter.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    private static final COSName MCID = COSName.getPDFName("MCID");
    private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");
    private static final COSName SPAN = COSName.getPDFName("Span");
    private static final COSName PAGINATION = COSName.getPDFName("Pagination");
    private static final COSName LAYOUT = COSName.getPDFName("Layout");
    private static final COSName FOOTER = COSName.getPDFName("Footer");
    private static final COSName WATERMARK = COSName.getPDFName("Watermark");

    private static final Operator BEGIN_MARKED_PROPS = Operator.getOperator("BDC");
    private static final Operator BEGIN_MARKED = Operator.getOperator("BMC");
    private static final Operator BEGIN_TEXT = Operator.getOperator("BT");
    private static final Operator DRAW_OBJECT = Operator.getOperator("Do");
    private static final Operator END_MARKED = Operator.getOperator("EMC");
    private static final Operator END_TEXT = Operator.getOperator("ET");
    private static final Operator RESTORE = Operator.getOperator("Q");
    private static final Operator STROKE_RGB = Operator.getOperator("RG");
    private static final Operator STROKE = Operator.getOperator("S");
    private static final Operator SHOW_POSITIONED = Operator.getOperator("TJ");
    private static final Operator SET_FONT = Operator.getOperator("Tf");
    private static final Operator SHOW = Operator.getOperator("Tj");
    private static final Operator TEXT_MATRIX = Operator.getOperator("Tm");
    private static final Operator RISE = Operator.getOperator("Ts");
    private static final Operator MOVE_TEXT = Operator.getOperator("Td");
    private static final Operator TRANSFORM = Operator.getOperator("cm");
    private static final Operator FILL = Operator.getOperator("f");
    private static final Operator GRAPHICS_STATE = Operator.getOperator("gs");
    private static final Operator LINE_TO = Operator.getOperator("l");
    private static final Operator MOVE_TO = Operator.getOperator("m");
    private static final Operator SAVE = Operator.getOperator("q");
    private static final Operator RECTANGLE = Operator.getOperator("re");
    private static final Operator FILL_RGB = Operator.getOperator("rg");
    private static final Operator LINE_WIDTH = Operator.getOperator("w");
    /**
     * Numbers drawn before, each formatted once by PDFBox: coordinates and sizes repeat from page to
     * page. A table indexed by the number's low bits, each slot holding the last number that fell in
     * it, costs one array read where a map of boxed keys cost a hash look-up on every coordinate; a
     * slot is an immutable pair, so threads that race on one at worst format a number again.
     */
    private static final CachedNumber[] NUMBERS = new CachedNumber[1 << 16];

    private record CachedNumber(long thousandths, COSBase number) {
    }

    private final float width;
    private final float height;
    private final List<byte[]> contents = new ArrayList<>();
    private final List<Integer> markedContents = new ArrayList<>();
    private final Map<EmbeddedFont, String> fonts = new IdentityHashMap<>();
    private final Map<EmbeddedFont, COSName> fontNames = new IdentityHashMap<>();
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
        private final Buffer bytes = new Buffer(16 * 1024);
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
                op(BEGIN_MARKED_PROPS, SPAN, properties);
            }
            if (positions == null && rises == null) {
                op(SHOW, new COSString(encode(glyphs, 0, glyphs.length)));
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
                            op(SHOW_POSITIONED, array);
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
                op(SHOW_POSITIONED, array);
                if (rise != 0) {
                    op(RISE, COSInteger.ZERO);
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
            op(TRANSFORM, number(w), COSInteger.ZERO, COSInteger.ZERO, number(h), number(x), number(height - y - h));
            op(DRAW_OBJECT, COSName.getPDFName(images.computeIfAbsent(image, i -> "Im" + (images.size() + 1))));
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
            op(TRANSFORM, number(w / form.width()), COSInteger.ZERO, COSInteger.ZERO, number(h / form.height()),
                    number(x), number(height - y - h));
            op(DRAW_OBJECT, COSName.getPDFName(forms.computeIfAbsent(form, f -> "Fm" + (forms.size() + 1))));
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
            op(GRAPHICS_STATE, FAINT);
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
            COSDictionary properties = new COSDictionary();
            switch (kind) {
                case FOOTER -> {
                    properties.setItem(COSName.TYPE, PAGINATION);
                    properties.setItem(COSName.SUBTYPE, FOOTER);
                }
                case CONTINUED -> properties.setItem(COSName.TYPE, PAGINATION);
                case WATERMARK -> {
                    properties.setItem(COSName.TYPE, PAGINATION);
                    properties.setItem(COSName.SUBTYPE, WATERMARK);
                }
                default -> properties.setItem(COSName.TYPE, LAYOUT);
            }
            endText();
            op(BEGIN_MARKED_PROPS, ARTIFACT, properties);
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
            COSDictionary properties = new COSDictionary();
            properties.setInt(MCID, mcids);
            element.kids.add(new StructureNode.Content(number, mcids));
            mcids++;
            op(BEGIN_MARKED_PROPS, COSName.getPDFName(element.tag.role().pdfName()), properties);
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

        private COSName fontName(EmbeddedFont textFont) {
            COSName name = fontNames.get(textFont);
            if (name == null) {
                name = COSName.getPDFName(fonts.computeIfAbsent(textFont, f -> "F" + (fonts.size() + 1)));
                fontNames.put(textFont, name);
            }
            return name;
        }

        private void op(Operator operator, COSBase... operands) {
            try {
                for (COSBase operand : operands) {
                    out.writeToken(operand);
                }
                out.writeToken(operator);
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
    private static COSBase colour(int component) {
        return number(component / 255f);
    }

    /**
     * A number rounded to three decimals, so that the same drawing always gives the same bytes and
     * the content carries no float noise ("12.5", not "12.500001").
     */
    static COSBase number(float value) {
        long thousandths = Math.round(value * 1000.0);
        if (thousandths % 1000 == 0) {
            return COSInteger.get(thousandths / 1000);
        }
        int slot = (int) (thousandths & (NUMBERS.length - 1));
        CachedNumber cached = NUMBERS[slot];
        if (cached != null && cached.thousandths() == thousandths) {
            return cached.number();
        }
        COSBase number = new COSFloat((float) (thousandths / 1000.0));
        NUMBERS[slot] = new CachedNumber(thousandths, number);
        return number;
    }

    /** A growing byte buffer without the locking of ByteArrayOutputStream: a page is drawn on one thread. */
    private static final class Buffer extends java.io.OutputStream {
        private byte[] bytes;
        private int size;

        Buffer(int capacity) {
            bytes = new byte[capacity];
        }

        @Override
        public void write(int b) {
            if (size == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] data, int offset, int length) {
            if (size + length > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
            }
            System.arraycopy(data, offset, bytes, size, length);
            size += length;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }
}

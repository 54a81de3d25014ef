package papersetter.render;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns bank text into OpenPDF cells in the house style shared by papers and keys. */
final class Typesetter {
    static final Color GREY = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xA0, 0xA0, 0xA0);
    static final Color CODE_BACKGROUND = new Color(0xF2, 0xF2, 0xF2);
    static final Pattern BLANK = Pattern.compile("_{3,}");
    /** DejaVu Sans Mono advances every glyph by 0.602 of the font size. */
    private static final float MONO_ADVANCE = 0.602f;

    final Layout layout;
    final DocumentFonts fonts;
    final float body;
    final float title;
    final float code;
    final float small;
    final float leading;
    /** Secondary text (instructions, notes): a touch smaller, but never below large print's 18 pt. */
    final float minor;

    /**
     * @param bodySize the document's body text size; the other sizes keep their proportion to it
     *     (a key may be set smaller than a large-print paper)
     */
    Typesetter(Layout layout, DocumentFonts fonts, float bodySize) {
        this.layout = layout;
        this.fonts = fonts;
        float scale = bodySize / layout.fonts().body();
        this.body = bodySize;
        this.title = layout.fonts().title() * scale;
        this.code = layout.fonts().code() * scale;
        this.small = layout.fonts().small() * scale;
        this.leading = layout.fonts().leading();
        this.minor = bodySize >= 18 ? bodySize : bodySize - 0.5f;
    }

    /** A paragraph of prose with `code` spans, the blanks of a fill item drawn as lines to write on. */
    Paragraph prose(RichText.Prose prose, Font font, BlankCounter blanks) {
        Paragraph paragraph = new Paragraph("", font);
        paragraph.setLeading(0, leading);
        Font code = new Font(fonts.mono, Math.max(font.getSize() * 0.92f, Math.min(this.code, font.getSize())));
        for (RichText.Span span : prose.spans()) {
            addWithBlanks(paragraph, span.text(), span.code() ? code : font, span.code(), blanks);
        }
        return paragraph;
    }

    /** Blanks are found inside code spans too: a fill item may ask for a word of code. */
    private void addWithBlanks(Paragraph paragraph, String text, Font font, boolean code, BlankCounter blanks) {
        Matcher matcher = BLANK.matcher(text);
        int at = 0;
        while (blanks != null && matcher.find()) {
            paragraph.add(chunk(text.substring(at, matcher.start()), font, code));
            String label = blanks.total() > 1 ? "(" + blanks.next() + ")" : "";
            paragraph.add(new Chunk(label, fonts.bold(body >= 18 ? body : body * 0.8f)));
            paragraph.add(new Chunk("_______________", fonts.regular(body)));
            at = matcher.end();
        }
        paragraph.add(chunk(text.substring(at), font, code));
    }

    private static Chunk chunk(String text, Font font, boolean code) {
        Chunk chunk = new Chunk(text, font);
        if (code && !text.isEmpty()) {
            chunk.setBackground(CODE_BACKGROUND, 0.5f, 0.3f, 0.5f, 0.6f);
        }
        return chunk;
    }

    /** A code block: monospace, indentation kept, shrunk (within reason) so its longest line fits. */
    Paragraph code(RichText.Code code, float width) {
        int longest = code.lines().stream().mapToInt(String::length).max().orElse(1);
        float size = this.code;
        float fits = (width - 8) / (Math.max(longest, 1) * MONO_ADVANCE);
        if (fits < size) {
            // Shrink a little to keep a line whole; past that, wrapping reads better than tiny type.
            // Large print never shrinks below its size: there a wrapped line is the lesser harm.
            size = Math.max(this.code * (body >= 18 ? 1 : 0.8f), fits);
        }
        Font font = fonts.mono(size);
        Paragraph paragraph = new Paragraph("", font);
        paragraph.setLeading(0, 1.25f);
        List<String> lines = code.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                paragraph.add(new Chunk("\n", font));
            }
            paragraph.add(new Chunk(keepIndent(lines.get(i)), font));
        }
        return paragraph;
    }

    /** Leading spaces become no-break spaces, which line breaking never swallows. */
    static String keepIndent(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return "\u00a0".repeat(spaces) + line.substring(spaces) + (line.isEmpty() ? "\u00a0" : "");
    }

    /** The blocks of a bank text as OpenPDF elements: paragraphs, and code in a shaded box. */
    List<Element> elements(String text, Font font, float width, BlankCounter blanks) {
        List<Element> elements = new ArrayList<>();
        for (RichText.Block block : RichText.parse(text)) {
            if (block instanceof RichText.Prose prose) {
                elements.add(prose(prose, font, blanks));
            } else if (block instanceof RichText.Code code) {
                PdfPCell cell = plain();
                cell.setBackgroundColor(CODE_BACKGROUND);
                cell.setPadding(4);
                cell.setPaddingBottom(6);
                cell.addElement(code(code, width));
                PdfPTable box = new PdfPTable(1);
                box.setWidthPercentage(100);
                box.setSpacingBefore(2);
                box.setSpacingAfter(4);
                box.addCell(cell);
                elements.add(box);
            }
        }
        return elements;
    }

    /** The same blocks, one cell each, so that a long text can break between them. */
    List<PdfPCell> blocks(String text, Font font, float width, BlankCounter blanks) {
        List<PdfPCell> cells = new ArrayList<>();
        for (Element element : elements(text, font, width, blanks)) {
            PdfPCell cell = plain();
            cell.addElement(element);
            cells.add(cell);
        }
        if (cells.isEmpty()) {
            cells.add(plain());
        }
        return cells;
    }

    /** A cell with no border and the house padding. */
    static PdfPCell plain() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(0);
        cell.setPaddingTop(1);
        cell.setPaddingBottom(2);
        cell.setUseAscender(true);
        return cell;
    }

    /** A borderless cell holding one line of text. */
    PdfPCell text(String text, Font font, int alignment) {
        PdfPCell cell = plain();
        Paragraph paragraph = new Paragraph(new Phrase(text, font));
        paragraph.setLeading(0, leading);
        paragraph.setAlignment(alignment);
        cell.addElement(paragraph);
        return cell;
    }

    PdfPCell text(String text, Font font) {
        return text(text, font, Element.ALIGN_LEFT);
    }

    static Font tinted(Font font, Color color) {
        Font copy = new Font(font);
        copy.setColor(color);
        return copy;
    }

    /** Numbers the blanks of one fill item, so the key's "(2)" points at the paper's "(2)". */
    static final class BlankCounter {
        private final int total;
        private int next = 1;

        BlankCounter(int total) {
            this.total = total;
        }

        int total() {
            return total;
        }

        int next() {
            return next++;
        }
    }
}

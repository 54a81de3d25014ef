package papersetter.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import papersetter.pdf.Canvas;
import papersetter.pdf.DocumentDrawer;
import papersetter.pdf.DocumentInfo;
import papersetter.pdf.DrawnDocument;
import papersetter.pdf.Role;
import papersetter.pdf.Tag;
import papersetter.pdf.VectorForm;
import papersetter.sheet.SheetCode;
import papersetter.sheet.SheetGeometry;
import papersetter.sheet.SheetGeometry.Bubble;
import papersetter.sheet.SheetGeometry.MarkBox;
import papersetter.sheet.SheetGeometry.Question;
import papersetter.sheet.SheetGeometry.Rect;
import papersetter.sheet.SheetSpec;

/**
 * Draws answer sheets exactly where {@link papersetter.sheet.SheetPlanner} put everything: the
 * corner marks, the QR code (ZXing's modules, each a filled square), the name box and roll-number
 * grid, a row of bubbles per objective question and a row of marker boxes per written one. Marks,
 * bubbles and boxes are artifacts; what they say (numbers, labels, instructions) is text, tagged
 * as on the papers, in the run's fonts, so a name in any script the fonts print prints.
 */
public final class SheetRenderer {
    /** The sheet's own wording, for the run's fonts. */
    public static final List<String> WORDING;
    private static final List<String> INSTRUCTIONS = List.of(
            "Fill the bubble completely with a dark pen or pencil.",
            "To change an answer, erase it cleanly: a crossed-out or half-erased bubble goes to the marker to decide.",
            "Write your roll number in the boxes, one digit per box, and fill the matching bubble below each.",
            "Keep the black corner squares and the QR code clean. Do not fold the sheet.",
            "The boxes 0, ½, 1, … beside written questions are for the marker.");
    private static final Color LABEL = new Color(0x70, 0x70, 0x70);
    private static final float LINE = 0.6f;

    static {
        List<String> wording = new ArrayList<>(INSTRUCTIONS);
        wording.add("½ Answer sheet Set Page of Name Roll number Marker");
        WORDING = List.copyOf(wording);
    }

    /** One student's (or anyone's) copy of a set's sheet: its pages and what each page's QR code says. */
    public record Copy(List<SheetGeometry> pages, String run, SheetSpec.Student student) {
        public Copy {
            pages = List.copyOf(pages);
        }
    }

    private final Layout layout;
    private final PaperInfo info;
    private final RunFonts fonts;
    private final FigureCache cache = new FigureCache();
    private final Map<Float, VectorForm> bubbles = new java.util.concurrent.ConcurrentHashMap<>();

    public SheetRenderer(Layout layout, PaperInfo info, RunFonts fonts) {
        this.layout = layout;
        this.info = info;
        this.fonts = fonts;
    }

    /** Whether a student's name and roll fit a name box of this width, at 6 pt if need be. */
    public boolean fits(String name, String roll, float nameBoxWidth) {
        DocumentFonts document = new DocumentFonts(fonts);
        Line rollText = fitted(document, "Roll number " + roll, Face.BOLD, 9, nameBoxWidth / 2 - 8);
        return rollText != null && (name.isEmpty()
                || fitted(document, name, Face.BOLD, 11, nameBoxWidth - 12 - rollText.width()) != null);
    }

    /**
     * A set's sheet file: every copy's pages, one after the other (one copy for a sheet anyone fills
     * in, one per student of the set on personalised sheets).
     *
     * @param code the set's paper code, printed beside the set
     */
    public DrawnDocument render(String set, String code, List<Copy> copies) {
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("no sheet to draw for set " + set);
        }
        SheetGeometry first = copies.get(0).pages().get(0);
        DocumentFonts document = new DocumentFonts(fonts);
        DocumentStyle type = new DocumentStyle(layout, document, 9);
        FigureMaker maker = new FigureMaker(type, cache);
        DocumentDrawer drawer = new DocumentDrawer(first.width(), first.height());
        for (Copy copy : copies) {
            for (SheetGeometry page : copy.pages()) {
                Canvas canvas = drawer.newPage();
                draw(canvas, new InkPainter(canvas, document), document, maker, page, code, copy);
            }
        }
        DocumentInfo about = new DocumentInfo("Answer sheet — " + info.title() + " — Set " + set, info.institution(),
                "Answer sheet for set " + set + ", paper code " + code, layout.output().language(),
                layout.output().pdfA(), true);
        return drawer.finish(about, "Answer sheet, set " + set, "sheet/" + layout.name() + "/" + code);
    }

    private void draw(Canvas canvas, InkPainter painter, DocumentFonts fonts, FigureMaker maker, SheetGeometry page,
            String code, Copy copy) {
        for (SheetGeometry.CornerMark mark : page.corners()) {
            canvas.fill(mark.x() - mark.size() / 2, mark.y() - mark.size() / 2, mark.size(), mark.size(), Color.BLACK);
        }
        drawQr(canvas, page, new SheetCode(copy.run(), page.set(), page.page(), page.pages(),
                copy.student() == null ? null : copy.student().roll()));

        Rect title = page.title();
        Line right = line(fonts, "Page " + page.page() + " of " + page.pages(), Style.of(Face.REGULAR, 8));
        float titleWidth = title.width() - right.width() - 10;
        Line heading = fitted(fonts, info.title() + " — answer sheet, set " + page.set() + " (" + code + ")",
                Face.BOLD, 10, titleWidth);
        if (heading == null) {
            heading = fitted(fonts, "Answer sheet, set " + page.set() + " (" + code + ")", Face.BOLD, 10, titleWidth);
        }
        float baseline = title.y() + title.height() * 0.72f;
        put(painter, heading, title.x(), baseline, Role.H1);
        put(painter, right, title.x() + title.width() - right.width(), baseline, Role.P);

        Rect name = page.nameBox();
        Style caption = new Style(Face.REGULAR, 7, LABEL, null);
        put(painter, line(fonts, "Name", caption), name.x(), name.y() - 1.5f, Role.P);
        canvas.box(name.x(), name.y(), name.width(), name.height(), LINE, Color.BLACK);
        if (copy.student() != null) {
            Line rollText = fitted(fonts, "Roll number " + copy.student().roll(), Face.BOLD, 9, name.width() / 2 - 8);
            if (rollText == null) {
                throw new IllegalStateException("the class list's rolls are checked before sheets are drawn");
            }
            float nameBaseline = name.y() + name.height() / 2 + 3.5f;
            if (!copy.student().name().isEmpty()) {
                Line nameText = fitted(fonts, copy.student().name(), Face.BOLD, 11,
                        name.width() - 12 - rollText.width());
                if (nameText == null) {
                    throw new IllegalStateException("the class list's names are checked before sheets are drawn");
                }
                put(painter, nameText, name.x() + 4, nameBaseline, Role.P);
            }
            put(painter, rollText, name.x() + name.width() - 4 - rollText.width(), nameBaseline, Role.P);
        }
        drawInstructions(painter, maker, page.instructions(), copy.student() != null);

        if (page.roll() != null) {
            Rect label = page.roll().label();
            Line rollCaption = line(fonts, "Roll number", caption);
            put(painter, rollCaption, label.x() + label.width() - rollCaption.width(), label.y() + label.height() - 3,
                    Role.P);
            for (Rect box : page.roll().boxes()) {
                canvas.box(box.x(), box.y(), box.width(), box.height(), LINE, Color.BLACK);
            }
            painter.paint(List.of(new Ink.Begin(Tag.of(Role.P))), 0, 0);
            for (List<Bubble> column : page.roll().digits()) {
                for (Bubble bubble : column) {
                    bubble(canvas, painter, fonts, bubble);
                }
            }
            painter.paint(List.of(Ink.End.END), 0, 0);
        }

        Style number = Style.of(Face.BOLD, 8);
        for (Question question : page.questions()) {
            // A question's row reads as one paragraph: its number, then the labels of its bubbles or boxes.
            painter.paint(List.of(new Ink.Begin(Tag.of(Role.P))), 0, 0);
            Line n = line(fonts, Integer.toString(question.number()), number);
            put(painter, n, question.numberRight() - n.width(), question.baseline(), null);
            for (Bubble bubble : question.bubbles()) {
                bubble(canvas, painter, fonts, bubble);
            }
            for (MarkBox box : question.boxes()) {
                canvas.box(box.x(), box.y(), box.size(), box.size(), LINE, Color.BLACK);
                Line value = line(fonts, box.label(), new Style(Face.REGULAR, box.label().length() > 2 ? 4.5f : 5.5f,
                        LABEL, null));
                put(painter, value, box.x() + box.size() / 2 - value.width() / 2, box.y() + box.size() / 2 + 2, null);
            }
            painter.paint(List.of(Ink.End.END), 0, 0);
        }
    }

    private void drawInstructions(InkPainter painter, FigureMaker maker, Rect area, boolean personalised) {
        List<String> lines = new ArrayList<>();
        for (String line : INSTRUCTIONS) {
            if (!(personalised && line.startsWith("Write your roll number"))) {
                lines.add(line);
            }
        }
        String text = String.join("\n", lines);
        for (float size = 7.5f; size >= 5; size -= 0.5f) {
            Figure figure = maker.text(text, Style.of(Face.REGULAR, size), area.width(), TextFlow.Align.LEFT);
            if (figure.height() + 2 <= area.height()) {
                painter.paint(figure.tagged(Role.P).inks(), area.x(), area.y());
                return;
            }
        }
        throw new IllegalStateException("the sheet's instructions do not fit " + area);
    }

    private void bubble(Canvas canvas, InkPainter painter, DocumentFonts fonts, Bubble bubble) {
        float r = bubble.radius();
        VectorForm form = bubbles.computeIfAbsent(r, SheetRenderer::circle);
        canvas.form(bubble.x() - form.width() / 2, bubble.y() - form.height() / 2, form.width(), form.height(), form);
        Line label = line(fonts, bubble.label(), new Style(Face.REGULAR, bubble.label().length() > 2 ? 4.5f : 6, LABEL,
                null));
        put(painter, label, bubble.x() - label.width() / 2, bubble.y() + 2.1f, null);
    }

    /** A bubble's outline, drawn once per run and size. */
    private static VectorForm circle(float radius) {
        float side = 2 * radius + 2 * LINE;
        return VectorForm.draw(side, side, g -> {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(LINE));
            g.draw(new Ellipse2D.Float(LINE, LINE, 2 * radius, 2 * radius));
        });
    }

    /** The QR code's dark modules as filled squares, a row's adjacent modules as one rectangle. */
    private static void drawQr(Canvas canvas, SheetGeometry page, SheetCode code) {
        ByteMatrix matrix = qr(code.encode());
        int modules = matrix.getWidth();
        float size = page.qr().size() / modules;
        for (int y = 0; y < modules; y++) {
            int x = 0;
            while (x < modules) {
                if (matrix.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules && matrix.get(x, y) == 1) {
                    x++;
                }
                canvas.fill(page.qr().x() + start * size, page.qr().y() + y * size, (x - start) * size, size,
                        Color.BLACK);
            }
        }
    }

    static ByteMatrix qr(String text) {
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.US_ASCII.name())).getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException("a sheet's code always fits a QR code: " + text, e);
        }
    }

    /**
     * One line of text, shaped and set in bidirectional order, so a name in Arabic reads right to
     * left inside its box.
     */
    private record Line(Shaped shaped, Style style) {
        float width() {
            return shaped.width(style.size());
        }
    }

    private static Line line(DocumentFonts fonts, String text, Style style) {
        return new Line(fonts.line(style.face(), text), style);
    }

    /** A one-line text at the largest size from {@code size} down to 6 pt that fits the width; null if none does. */
    private static Line fitted(DocumentFonts fonts, String text, Face face, float size, float width) {
        Shaped shaped = fonts.line(face, text);
        for (float s = size; s >= 6; s -= 0.5f) {
            if (shaped.width(s) <= width) {
                return new Line(shaped, Style.of(face, s));
            }
        }
        return null;
    }

    /** Paints a line with its left end and baseline at the given page position, tagged as {@code role} or not at all. */
    private static void put(InkPainter painter, Line line, float x, float baseline, Role role) {
        List<Ink> inks = new ArrayList<>();
        if (role != null) {
            inks.add(new Ink.Begin(Tag.of(role)));
        }
        inks.add(Ink.Text.of(x, baseline, line.style(), line.shaped()));
        if (role != null) {
            inks.add(Ink.End.END);
        }
        painter.paint(inks, 0, 0);
    }
}

package papersetter.render;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import papersetter.model.Key;
import papersetter.model.KeyEntry;
import papersetter.model.Marks;
import papersetter.model.Paper;
import papersetter.model.QuestionType;

/**
 * Writes a set's answer key for the marker: a grid of the objective answers to mark from at a
 * glance, then every question's answer, marks and explanation, then the total.
 */
public final class KeyRenderer {
    private static final float NUMBER_WIDTH = 58;
    private static final float MARKS_WIDTH = 46;
    private static final int GRID_COLUMNS = 8;
    private static final Color STRIPE = new Color(0xF5, 0xF5, 0xF5);

    private final Layout layout;
    private final PaperInfo info;

    public KeyRenderer(Layout layout, PaperInfo info) {
        this.layout = layout;
        this.info = info;
    }

    public byte[] render(Paper paper) {
        Key key = paper.key();
        String documentId = "key/" + layout.name() + "/" + paper.code();
        DocumentFonts fonts = new DocumentFonts(documentId, layout.fonts().family());
        Typesetter type = new Typesetter(layout, fonts, layout.key().bodySize());
        List<Block> blocks = new ArrayList<>();
        List<KeyEntry> objective = key.entries().stream()
                .filter(entry -> !entry.question().type().isWritten()).toList();
        if (objective.size() > 1 && layout.key().grid()) {
            blocks.add(glanceGrid(type, objective));
        }
        blocks.add(columnHeadings(type));
        for (KeyEntry entry : key.entries()) {
            blocks.add(entry(type, entry));
        }
        blocks.add(total(type, key));
        PdfComposer.Footer footer = new PdfComposer.Footer(
                "ANSWER KEY · " + info.title() + " · Set " + key.set(), "Paper code " + key.code(), true);
        // A key is always one column, whatever the paper's layout: a marker reads it down the page.
        return new PdfComposer(type, 1).compose(header(type, key), blocks, footer,
                "Answer key — " + info.title() + " — Set " + key.set(), documentId);
    }

    private Block header(Typesetter type, Key key) {
        // The key's header never carries candidate fields or instructions, whatever the layout says.
        HeaderBuilder header = new HeaderBuilder(type);
        List<PdfPTable> parts = new ArrayList<>();
        parts.add(header.titleRow(info, "Answer key — for the marker only, not for candidates", key.set()));
        parts.add(PaperRenderer.spacer(6));
        parts.add(header.factsRow(List.of("Paper code " + key.code(), "Questions: " + key.entries().size(),
                "Total marks: " + Marks.format(key.totalMarks()))));
        return HeaderBuilder.stack(parts, 10);
    }

    /** "1 B · 2 D · 3 True …": what a marker holds beside a stack of scripts. */
    private Block glanceGrid(Typesetter type, List<KeyEntry> entries) {
        PdfPTable grid = new PdfPTable(GRID_COLUMNS);
        grid.setWidthPercentage(100);
        PdfPCell caption = type.text("At a glance", type.fonts.bold(type.body));
        caption.setColspan(GRID_COLUMNS);
        caption.setPaddingBottom(4);
        grid.addCell(caption);
        Font number = Typesetter.tinted(type.fonts.regular(type.body - 1), Typesetter.GREY);
        Font answer = type.fonts.bold(type.body);
        for (KeyEntry entry : entries) {
            PdfPCell cell = new PdfPCell();
            cell.setBorderColor(Typesetter.RULE);
            cell.setBorderWidth(0.4f);
            cell.setPadding(3);
            cell.setPaddingBottom(5);
            cell.setUseAscender(true);
            Paragraph text = new Paragraph("", answer);
            text.add(new Chunk(entry.number() + "  ", number));
            // "A,C" rather than "A, C": the grid's narrow cells should never wrap an answer.
            String shown = entry.question().type() == QuestionType.FILL ? "fill"
                    : String.join(",", entry.answerText().split(",\\s*"));
            text.add(new Chunk(shown, entry.question().type() == QuestionType.FILL ? number : answer));
            cell.addElement(text);
            grid.addCell(cell);
        }
        int pad = (GRID_COLUMNS - entries.size() % GRID_COLUMNS) % GRID_COLUMNS;
        for (int i = 0; i < pad; i++) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            grid.addCell(empty);
        }
        PdfPCell gap = Typesetter.plain();
        gap.setColspan(GRID_COLUMNS);
        gap.setFixedHeight(14);
        grid.addCell(gap);
        return Block.whole(grid);
    }

    private PdfPTable entryTable() {
        return new PdfPTable(new float[] {NUMBER_WIDTH, layout.bodyWidth() - NUMBER_WIDTH - MARKS_WIDTH, MARKS_WIDTH});
    }

    private Block columnHeadings(Typesetter type) {
        PdfPTable table = entryTable();
        Font font = type.fonts.bold(type.body - 0.5f);
        for (String heading : List.of("Question", "Answer", "Marks")) {
            PdfPCell cell = type.text(heading, font, heading.equals("Marks") ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderWidth(0.8f);
            cell.setPaddingBottom(4);
            table.addCell(cell);
        }
        return new Block(table, Integer.MAX_VALUE, true);
    }

    private Block entry(Typesetter type, KeyEntry entry) {
        PdfPTable table = entryTable();
        Color shade = entry.number() % 2 == 0 ? STRIPE : null;
        PdfPCell number = Typesetter.plain();
        Paragraph label = new Paragraph("", type.fonts.bold(type.body));
        label.add(new Chunk(entry.number() + ".", type.fonts.bold(type.body)));
        label.add(new Chunk("\n", type.fonts.bold(type.body)));
        label.add(new Chunk(entry.question().id(),
                Typesetter.tinted(type.fonts.regular(type.small - 1), Typesetter.GREY)));
        label.setLeading(0, 1.25f);
        number.addElement(label);

        PdfPCell answer = Typesetter.plain();
        Font body = type.fonts.regular(type.body);
        float width = layout.bodyWidth() - NUMBER_WIDTH - MARKS_WIDTH;
        if (entry.question().type().hasOptions()) {
            List<String> letters = entry.item().correctLetters();
            List<String> texts = entry.correctOptionTexts();
            for (int i = 0; i < letters.size(); i++) {
                Paragraph line = new Paragraph("", body);
                line.setLeading(0, type.leading);
                line.add(new Chunk(letters.get(i) + ")  ", type.fonts.bold(type.body + 1)));
                RichText.Prose prose = new RichText.Prose(RichText.spans(texts.get(i).replace('\n', ' ')));
                for (Element element : type.prose(prose, body, null).getChunks()) {
                    line.add(element);
                }
                answer.addElement(line);
            }
        } else if (entry.question().type().isWritten()) {
            Paragraph intro = new Paragraph(new Chunk("Model answer", Typesetter.tinted(
                    type.fonts.bold(type.small), Typesetter.GREY)));
            answer.addElement(intro);
            type.elements(entry.answerText(), body, width, null).forEach(answer::addElement);
        } else {
            Paragraph line = new Paragraph(new Chunk(entry.answerText(), type.fonts.bold(type.body + 1)));
            line.setLeading(0, type.leading);
            answer.addElement(line);
        }
        String explanation = entry.question().explanation();
        if (!explanation.isBlank() && layout.key().explanations()) {
            Font why = Typesetter.tinted(type.fonts.italic(type.body - 1.5f), new Color(0x44, 0x44, 0x44));
            Paragraph note = type.prose(new RichText.Prose(RichText.spans(explanation.replace('\n', ' '))), why, null);
            note.setSpacingBefore(2);
            answer.addElement(note);
        }
        PdfPCell marks = type.text(Marks.format(entry.question().marks()), type.fonts.bold(type.body),
                Element.ALIGN_RIGHT);
        number.setPaddingLeft(3);
        marks.setPaddingRight(3);
        for (PdfPCell cell : List.of(number, answer, marks)) {
            cell.setPaddingTop(5);
            cell.setPaddingBottom(6);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(Typesetter.RULE);
            cell.setBorderWidth(0.3f);
            if (shade != null) {
                cell.setBackgroundColor(shade);
            }
            table.addCell(cell);
        }
        return Block.whole(table);
    }

    private Block total(Typesetter type, Key key) {
        PdfPTable table = entryTable();
        PdfPCell empty = Typesetter.plain();
        PdfPCell label = type.text("Total", type.fonts.bold(type.body + 1), Element.ALIGN_RIGHT);
        PdfPCell value = type.text(Marks.format(key.totalMarks()), type.fonts.bold(type.body + 1),
                Element.ALIGN_RIGHT);
        value.setPaddingRight(3);
        for (PdfPCell cell : List.of(empty, label, value)) {
            cell.setPaddingTop(6);
            table.addCell(cell);
        }
        return Block.whole(table);
    }
}

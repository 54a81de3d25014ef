package papersetter.render;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/** The block at the top of a paper's or key's first page: who, what, which set, how long. */
final class HeaderBuilder {
    private final Typesetter type;
    private final Layout layout;

    HeaderBuilder(Typesetter type) {
        this.type = type;
        this.layout = type.layout;
    }

    /** Institution, title and course on the left; the set letter in a box on the right. */
    PdfPTable titleRow(PaperInfo info, String caption, String set) {
        PdfPTable row = new PdfPTable(new float[] {layout.bodyWidth() - 70, 70});
        row.setWidthPercentage(100);
        PdfPCell titles = Typesetter.plain();
        if (!info.institution().isEmpty()) {
            titles.addElement(paragraph(info.institution().toUpperCase(java.util.Locale.ROOT),
                    Typesetter.tinted(type.fonts.bold(layout.bodySize() - 1), Typesetter.GREY)));
        }
        titles.addElement(paragraph(info.title(), type.fonts.bold(layout.titleSize())));
        String subtitle = join(" · ", caption, info.course());
        if (!subtitle.isEmpty()) {
            titles.addElement(paragraph(subtitle, type.fonts.regular(layout.bodySize() + 0.5f)));
        }
        titles.setVerticalAlignment(Element.ALIGN_MIDDLE);
        row.addCell(titles);

        PdfPCell box = new PdfPCell();
        box.setBorder(Rectangle.BOX);
        box.setBorderWidth(1.2f);
        box.setPadding(4);
        box.setPaddingBottom(8);
        Paragraph setWord = paragraph("SET", type.fonts.bold(layout.smallSize()));
        setWord.setAlignment(Element.ALIGN_CENTER);
        Paragraph letter = paragraph(set, type.fonts.bold(layout.titleSize() + 9));
        letter.setAlignment(Element.ALIGN_CENTER);
        box.addElement(setWord);
        box.addElement(letter);
        box.setVerticalAlignment(Element.ALIGN_MIDDLE);
        row.addCell(box);
        return row;
    }

    /** "Time allowed · Total marks · Date" between two rules. */
    PdfPTable factsRow(List<String> facts) {
        PdfPTable row = new PdfPTable(Math.max(facts.size(), 1));
        row.setWidthPercentage(100);
        for (int i = 0; i < facts.size(); i++) {
            PdfPCell cell = type.text(facts.get(i), type.fonts.bold(layout.bodySize()),
                    i == 0 ? Element.ALIGN_LEFT : i == facts.size() - 1 ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
            cell.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
            cell.setBorderWidth(0.8f);
            cell.setPaddingTop(5);
            cell.setPaddingBottom(6);
            row.addCell(cell);
        }
        if (facts.isEmpty()) {
            row.addCell(Typesetter.plain());
        }
        return row;
    }

    /** Labelled boxes for the candidate to fill in, two to a row. */
    PdfPTable candidateFields(List<String> fields) {
        float[] widths = {layout.bodyWidth() * 0.6f, layout.bodyWidth() * 0.4f};
        PdfPTable grid = new PdfPTable(widths);
        grid.setWidthPercentage(100);
        for (int i = 0; i < fields.size(); i++) {
            grid.addCell(field(fields.get(i), widths[i % 2] - 10));
        }
        if (fields.size() % 2 == 1) {
            grid.addCell(Typesetter.plain());
        }
        return grid;
    }

    private PdfPCell field(String label, float width) {
        float labelWidth = type.fonts.regular.getWidthPoint(label, layout.bodySize()) + 8;
        PdfPTable inner = new PdfPTable(new float[] {labelWidth, Math.max(labelWidth, width - labelWidth)});
        inner.setWidthPercentage(100);
        PdfPCell name = type.text(label, type.fonts.regular(layout.bodySize()));
        name.setVerticalAlignment(Element.ALIGN_BOTTOM);
        name.setPaddingBottom(4);
        inner.addCell(name);
        PdfPCell box = new PdfPCell(new Phrase(" ", type.fonts.regular(layout.bodySize())));
        box.setBorder(Rectangle.BOX);
        box.setBorderWidth(0.6f);
        box.setBorderColor(Typesetter.RULE);
        box.setFixedHeight(22);
        inner.addCell(box);
        PdfPCell outer = Typesetter.plain();
        outer.setPaddingTop(8);
        outer.setPaddingRight(10);
        outer.addElement(inner);
        return outer;
    }

    /** "Instructions" and a numbered list. */
    PdfPTable instructions(List<String> lines) {
        PdfPTable list = new PdfPTable(new float[] {16, layout.bodyWidth() - 16});
        list.setWidthPercentage(100);
        PdfPCell heading = type.text("Instructions", type.fonts.bold(layout.bodySize()));
        heading.setColspan(2);
        heading.setPaddingTop(10);
        list.addCell(heading);
        Font font = type.fonts.regular(layout.bodySize() - 0.5f);
        for (int i = 0; i < lines.size(); i++) {
            list.addCell(type.text((i + 1) + ".", font));
            list.addCell(type.text(lines.get(i), font));
        }
        return list;
    }

    Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(new Phrase(text, font));
        paragraph.setLeading(0, 1.2f);
        return paragraph;
    }

    /** Stacks tables into one block that is never split. */
    static Block stack(List<PdfPTable> parts, float gapAfter) {
        PdfPTable stack = new PdfPTable(1);
        stack.setWidthPercentage(100);
        for (PdfPTable part : parts) {
            PdfPCell cell = Typesetter.plain();
            cell.setPadding(0);
            cell.addElement(part);
            stack.addCell(cell);
        }
        PdfPCell gap = Typesetter.plain();
        gap.setFixedHeight(gapAfter);
        stack.addCell(gap);
        return Block.whole(stack);
    }

    static String join(String separator, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) {
                    out.append(separator);
                }
                out.append(part);
            }
        }
        return out.toString();
    }
}

package papersetter.render;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import papersetter.model.BadInputException;

/** The block at the top of a paper's or key's first page: who, what, which set, how long. */
final class HeaderBuilder {
    private final Typesetter type;
    private final Layout layout;

    HeaderBuilder(Typesetter type) {
        this.type = type;
        this.layout = type.layout;
    }

    /** Logo, institution, title and caption on the left; the set letter in a box on the right. */
    PdfPTable titleRow(PaperInfo info, String caption, String set) {
        float boxWidth = Math.max(70, type.title * 3.2f);
        boolean logo = layout.header().logo().isPresent();
        float logoWidth = logo ? 70 : 0;
        PdfPTable row = logo
                ? new PdfPTable(new float[] {logoWidth, layout.bodyWidth() - boxWidth - logoWidth, boxWidth})
                : new PdfPTable(new float[] {layout.bodyWidth() - boxWidth, boxWidth});
        row.setWidthPercentage(100);
        if (logo) {
            PdfPCell picture = Typesetter.plain();
            picture.setPaddingRight(8);
            picture.addElement(logoImage(logoWidth - 8));
            picture.setVerticalAlignment(Element.ALIGN_MIDDLE);
            row.addCell(picture);
        }
        PdfPCell titles = Typesetter.plain();
        if (!info.institution().isEmpty()) {
            titles.addElement(paragraph(info.institution().toUpperCase(Locale.ROOT),
                    Typesetter.tinted(type.fonts.bold(type.minor), Typesetter.GREY)));
        }
        titles.addElement(paragraph(info.title(), type.fonts.bold(type.title)));
        String subtitle = join(" · ", caption, info.course());
        if (!subtitle.isEmpty()) {
            titles.addElement(paragraph(subtitle, type.fonts.regular(type.body + 0.5f)));
        }
        titles.setVerticalAlignment(Element.ALIGN_MIDDLE);
        row.addCell(titles);

        PdfPCell box = new PdfPCell();
        box.setBorder(Rectangle.BOX);
        box.setBorderWidth(1.2f);
        box.setPadding(4);
        box.setPaddingBottom(8);
        Paragraph setWord = paragraph("SET", type.fonts.bold(type.small));
        setWord.setAlignment(Element.ALIGN_CENTER);
        Paragraph letter = paragraph(set, type.fonts.bold(type.title + 9));
        letter.setAlignment(Element.ALIGN_CENTER);
        box.addElement(setWord);
        box.addElement(letter);
        box.setVerticalAlignment(Element.ALIGN_MIDDLE);
        row.addCell(box);
        return row;
    }

    private Image logoImage(float width) {
        var file = layout.header().logo().orElseThrow();
        try {
            Image image = Image.getInstance(Files.readAllBytes(file));
            image.scaleToFit(width, 60);
            return image;
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("Layout '" + layout.name() + "': the logo " + file
                    + " could not be read as a picture — save it as PNG or JPEG");
        }
    }

    /** "Time allowed · Questions · Total marks · Date" between two rules. */
    PdfPTable factsRow(List<String> facts) {
        PdfPTable row = new PdfPTable(Math.max(facts.size(), 1));
        row.setWidthPercentage(100);
        for (int i = 0; i < facts.size(); i++) {
            PdfPCell cell = type.text(facts.get(i), type.fonts.bold(type.body),
                    i == 0 ? Element.ALIGN_LEFT : i == facts.size() - 1 ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
            cell.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
            cell.setBorderWidth(0.8f);
            cell.setPaddingTop(5);
            cell.setPaddingBottom(6);
            row.addCell(cell);
        }
        if (facts.isEmpty()) {
            PdfPCell rule = Typesetter.plain();
            rule.setBorder(Rectangle.BOTTOM);
            rule.setBorderWidth(0.8f);
            row.addCell(rule);
        }
        return row;
    }

    /** Labelled fields for the candidate: boxes two to a row, or one writing line. */
    PdfPTable candidateFields(List<String> fields) {
        if (layout.candidateStyle() == Layout.CandidateStyle.LINE) {
            return candidateLine(fields);
        }
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

    /** "Name ________   Date ______" on one line, as a friendly worksheet has it. */
    private PdfPTable candidateLine(List<String> fields) {
        if (fields.isEmpty()) {
            PdfPTable none = new PdfPTable(1);
            none.addCell(Typesetter.plain());
            return none;
        }
        float[] widths = new float[fields.size() * 2];
        float share = layout.bodyWidth() / (fields.size() + 1);
        for (int i = 0; i < fields.size(); i++) {
            float label = type.fonts.regular.getWidthPoint(fields.get(i), type.body) + 8;
            widths[2 * i] = label;
            // the first field (the name) gets twice the room of the others
            widths[2 * i + 1] = Math.max(40, (i == 0 ? 2 : 1) * share - label);
        }
        PdfPTable line = new PdfPTable(widths);
        line.setWidthPercentage(100);
        for (String field : fields) {
            PdfPCell label = type.text(field, type.fonts.regular(type.body));
            label.setPaddingTop(12);
            line.addCell(label);
            PdfPCell blank = new PdfPCell(new Phrase(" ", type.fonts.regular(type.body)));
            blank.setBorder(Rectangle.BOTTOM);
            blank.setBorderColor(Typesetter.RULE);
            blank.setBorderWidth(0.6f);
            blank.setPaddingRight(12);
            line.addCell(blank);
        }
        return line;
    }

    private PdfPCell field(String label, float width) {
        float labelWidth = type.fonts.regular.getWidthPoint(label, type.body) + 8;
        PdfPTable inner = new PdfPTable(new float[] {labelWidth, Math.max(labelWidth, width - labelWidth)});
        inner.setWidthPercentage(100);
        PdfPCell name = type.text(label, type.fonts.regular(type.body));
        name.setVerticalAlignment(Element.ALIGN_BOTTOM);
        name.setPaddingBottom(4);
        inner.addCell(name);
        PdfPCell box = new PdfPCell(new Phrase(" ", type.fonts.regular(type.body)));
        box.setBorder(Rectangle.BOX);
        box.setBorderWidth(0.6f);
        box.setBorderColor(Typesetter.RULE);
        box.setFixedHeight(type.body * 2.1f);
        inner.addCell(box);
        PdfPCell outer = Typesetter.plain();
        outer.setPaddingTop(8);
        outer.setPaddingRight(10);
        outer.addElement(inner);
        return outer;
    }

    /** "Instructions" and a numbered list. */
    PdfPTable instructions(List<String> lines) {
        float numberWidth = type.body * 1.6f;
        PdfPTable list = new PdfPTable(new float[] {numberWidth, layout.bodyWidth() - numberWidth});
        list.setWidthPercentage(100);
        PdfPCell heading = type.text("Instructions", type.fonts.bold(type.body));
        heading.setColspan(2);
        heading.setPaddingTop(10);
        list.addCell(heading);
        Font font = type.fonts.regular(type.minor);
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

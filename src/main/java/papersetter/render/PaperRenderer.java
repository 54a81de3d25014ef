package papersetter.render;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.Image;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import papersetter.model.BadInputException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import papersetter.model.Answer;
import papersetter.model.Letters;
import papersetter.model.Marks;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.model.Section;

/** Writes the question paper a student sits: header, sections, questions, options, answer space. */
public final class PaperRenderer {
    private static final float NUMBER_WIDTH = 24;
    private static final float LETTER_WIDTH = 20;
    private static final float MARKS_WIDTH = 54;

    private final Layout layout;
    private final PaperInfo info;

    public PaperRenderer(Layout layout, PaperInfo info) {
        this.layout = layout;
        this.info = info;
    }

    public byte[] render(Paper paper) {
        String documentId = "paper/" + paper.code();
        DocumentFonts fonts = new DocumentFonts(documentId);
        Typesetter type = new Typesetter(layout, fonts);
        List<Block> blocks = new ArrayList<>();
        blocks.add(header(type, paper));
        int sectionNumber = 1;
        for (Section section : paper.sections()) {
            if (paper.sections().size() > 1 || !section.heading().isEmpty()) {
                blocks.add(sectionHeading(type, section, sectionNumber++));
            }
            for (PaperItem item : section.items()) {
                blocks.add(question(type, item));
            }
        }
        blocks.add(endOfPaper(type));
        PdfComposer.Footer footer = new PdfComposer.Footer(info.title() + " · Set " + paper.set(),
                "Paper code " + paper.code());
        return new PdfComposer(layout, fonts).compose(blocks, footer, info.title() + " — Set " + paper.set(), documentId);
    }

    private Block header(Typesetter type, Paper paper) {
        HeaderBuilder header = new HeaderBuilder(type);
        List<String> facts = new ArrayList<>();
        if (!info.duration().isEmpty()) {
            facts.add("Time allowed: " + info.duration());
        }
        facts.add("Questions: " + paper.items().size());
        facts.add("Total marks: " + Marks.format(paper.totalMarks()));
        if (!info.date().isEmpty()) {
            facts.add("Date: " + info.date());
        }
        List<PdfPTable> parts = new ArrayList<>();
        parts.add(header.titleRow(info, "Question paper", paper.set()));
        parts.add(spacer(6));
        parts.add(header.factsRow(facts));
        if (!layout.candidateFields().isEmpty()) {
            parts.add(header.candidateFields(layout.candidateFields()));
        }
        if (!layout.instructions().isEmpty()) {
            parts.add(header.instructions(layout.instructions()));
        }
        return HeaderBuilder.stack(parts, 6);
    }

    private Block sectionHeading(Typesetter type, Section section, int number) {
        PdfPTable table = new PdfPTable(new float[] {layout.bodyWidth() - 110, 110});
        PdfPCell title = type.text("Section " + number + " · " + section.heading(),
                type.fonts.bold(layout.bodySize() + 1.5f));
        PdfPCell marks = type.text(Marks.withUnit(section.marks()), type.fonts.bold(layout.bodySize()),
                Element.ALIGN_RIGHT);
        for (PdfPCell cell : List.of(title, marks)) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderWidth(0.6f);
            cell.setPaddingTop(14);
            cell.setPaddingBottom(4);
            table.addCell(cell);
        }
        if (!section.instructions().isEmpty()) {
            PdfPCell note = type.text(section.instructions(),
                    Typesetter.tinted(type.fonts.italic(layout.bodySize() - 0.5f), Typesetter.GREY));
            note.setColspan(2);
            note.setPaddingTop(3);
            table.addCell(note);
        }
        return new Block(table, Integer.MAX_VALUE, true);
    }

    /**
     * One question as rows of a four-column table (number, option letter, text, marks), so that a
     * question taller than a page can break between rows while its stem stays with its options.
     */
    private Block question(Typesetter type, PaperItem item) {
        Question question = item.question();
        float textWidth = layout.bodyWidth() - NUMBER_WIDTH - MARKS_WIDTH;
        PdfPTable table = new PdfPTable(new float[] {NUMBER_WIDTH, LETTER_WIDTH, textWidth - LETTER_WIDTH, MARKS_WIDTH});
        Font body = type.fonts.regular(layout.bodySize());
        Typesetter.BlankCounter blanks = question.answer() instanceof Answer.Blanks b
                ? new Typesetter.BlankCounter(b.accepted().size()) : null;

        List<PdfPCell> stem = type.blocks(question.text(), body, textWidth, blanks);
        for (int i = 0; i < stem.size(); i++) {
            PdfPCell number = i == 0 ? type.text(item.number() + ".", type.fonts.bold(layout.bodySize()))
                    : Typesetter.plain();
            PdfPCell text = stem.get(i);
            text.setColspan(2);
            PdfPCell marks = i == 0 && layout.showMarks()
                    ? type.text("[" + Marks.withUnit(question.marks()) + "]",
                            Typesetter.tinted(type.fonts.regular(layout.smallSize() + 0.5f), Typesetter.GREY),
                            Element.ALIGN_RIGHT)
                    : Typesetter.plain();
            if (i == 0) {
                for (PdfPCell cell : List.of(number, text, marks)) {
                    cell.setPaddingTop(10);
                }
            }
            table.addCell(number);
            table.addCell(text);
            table.addCell(marks);
        }
        int keep = stem.size();
        if (question.image().isPresent()) {
            table.addCell(Typesetter.plain());
            PdfPCell picture = Typesetter.plain();
            picture.setColspan(2);
            picture.setPaddingTop(4);
            picture.setPaddingBottom(4);
            picture.addElement(picture(question, textWidth));
            table.addCell(picture);
            table.addCell(Typesetter.plain());
            keep++;
        }
        if (question.type().hasOptions()) {
            List<String> options = item.printedOptions();
            for (int o = 0; o < options.size(); o++) {
                table.addCell(Typesetter.plain());
                table.addCell(option(type, Letters.of(o), options.get(o), body, textWidth));
                table.addCell(Typesetter.plain());
            }
            keep += options.size();
        } else if (question.type() == QuestionType.TRUEFALSE) {
            table.addCell(Typesetter.plain());
            PdfPCell choice = Typesetter.plain();
            Paragraph words = new Paragraph("", body);
            words.add(new Phrase("True", type.fonts.bold(layout.bodySize())));
            words.add(new Phrase("          /          ", body));
            words.add(new Phrase("False", type.fonts.bold(layout.bodySize())));
            choice.addElement(words);
            choice.setColspan(2);
            choice.setPaddingTop(4);
            table.addCell(choice);
            table.addCell(Typesetter.plain());
            keep += 1;
        } else if (question.type().isWritten()) {
            int lines = answerLines(question);
            for (int l = 0; l < lines; l++) {
                table.addCell(Typesetter.plain());
                PdfPCell line = new PdfPCell(new Phrase(" ", body));
                line.setBorder(Rectangle.BOTTOM);
                line.setBorderColor(Typesetter.RULE);
                line.setBorderWidth(0.5f);
                line.setFixedHeight(layout.answerLineGap());
                line.setColspan(2);
                table.addCell(line);
                table.addCell(Typesetter.plain());
            }
            keep += Math.min(lines, 3);
        }
        return new Block(table, keep, false);
    }

    /**
     * An option with its letter hanging in the margin: letter and text share one paragraph, so
     * they share a baseline whatever fonts the text uses.
     */
    private PdfPCell option(Typesetter type, String letter, String text, Font body, float width) {
        PdfPCell cell = Typesetter.plain();
        cell.setColspan(2);
        cell.setPaddingTop(2);
        List<Element> elements = new ArrayList<>(type.elements(text, body, width - LETTER_WIDTH, null));
        if (elements.isEmpty() || !(elements.get(0) instanceof Paragraph)) {
            Paragraph empty = new Paragraph("", body);
            empty.setLeading(0, layout.leading());
            elements.add(0, empty);
        }
        Paragraph first = (Paragraph) elements.get(0);
        first.setFirstLineIndent(-LETTER_WIDTH);
        first.add(0, new Chunk(letter + ")", type.fonts.bold(layout.bodySize())));
        first.add(1, new Chunk(new VerticalPositionMark(), LETTER_WIDTH));
        for (Element element : elements) {
            if (element instanceof Paragraph paragraph) {
                paragraph.setIndentationLeft(LETTER_WIDTH);
            } else if (element instanceof PdfPTable box) {
                box.setWidthPercentage(100 * (width - LETTER_WIDTH) / width);
                box.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            cell.addElement(element);
        }
        return cell;
    }

    /** The question's picture, scaled down (never up) to the text column and a third of the page. */
    private Image picture(Question question, float width) {
        Path file = question.image().orElseThrow();
        try {
            Image image = Image.getInstance(Files.readAllBytes(file));
            float maxHeight = layout.bodyHeight() / 3;
            if (image.getWidth() > width || image.getHeight() > maxHeight) {
                image.scaleToFit(width, maxHeight);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(question.source() + ": column 'image': " + file
                    + " could not be read as a picture — save it as PNG or JPEG and check the path");
        }
    }

    /** The bank's own count wins; otherwise the layout's lines per mark, within its bounds. */
    int answerLines(Question question) {
        if (question.lines() > 0) {
            return question.lines();
        }
        int byMarks = question.marks().multiply(BigDecimal.valueOf(layout.linesPerMark()))
                .setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.max(layout.minLines(), Math.min(layout.maxLines(), byMarks));
    }

    private Block endOfPaper(Typesetter type) {
        PdfPTable table = new PdfPTable(1);
        PdfPCell end = type.text("— End of paper —", type.fonts.italic(layout.bodySize() - 0.5f), Element.ALIGN_CENTER);
        end.setPaddingTop(18);
        table.addCell(end);
        return Block.whole(table);
    }

    static PdfPTable spacer(float height) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        PdfPCell cell = Typesetter.plain();
        cell.setFixedHeight(height);
        table.addCell(cell);
        return table;
    }
}

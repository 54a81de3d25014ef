package papersetter.render;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import papersetter.model.Answer;
import papersetter.model.BadInputException;
import papersetter.model.KeyEntry;
import papersetter.model.Letters;
import papersetter.model.Marks;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import papersetter.model.Section;

/**
 * Writes the sheet a student holds: header, sections, questions, options and answer space, as
 * the layout says. With {@code answers: true} (revision sheets) each question carries its answer
 * and explanation instead of room to write.
 */
public final class PaperRenderer {
    private final Layout layout;
    private final PaperInfo info;

    public PaperRenderer(Layout layout, PaperInfo info) {
        this.layout = layout;
        this.info = info;
    }

    public byte[] render(Paper paper) {
        String documentId = "paper/" + layout.name() + "/" + paper.code();
        DocumentFonts fonts = new DocumentFonts(documentId, layout.fonts().family());
        Typesetter type = new Typesetter(layout, fonts, layout.fonts().body());
        PdfComposer composer = new PdfComposer(type, layout.columns());
        List<Block> blocks = new ArrayList<>();
        int sectionNumber = 1;
        for (Section section : paper.sections()) {
            if (layout.sectionHeadings() && (paper.sections().size() > 1 || !section.heading().isEmpty())) {
                blocks.add(sectionHeading(type, composer.columnWidth(), section, sectionNumber++));
            }
            for (PaperItem item : section.items()) {
                blocks.add(question(type, composer.columnWidth(), item));
            }
        }
        blocks.add(endOfPaper(type));
        String left = HeaderBuilder.join(" · ", info.title(), layout.footer().set() ? "Set " + paper.set() : "");
        String right = layout.footer().code() ? "Paper code " + paper.code() : "";
        return composer.compose(header(type, paper), blocks,
                new PdfComposer.Footer(left, right, layout.footer().pageNumbers()),
                info.title() + " — Set " + paper.set(), documentId);
    }

    private Block header(Typesetter type, Paper paper) {
        HeaderBuilder header = new HeaderBuilder(type);
        List<String> facts = new ArrayList<>();
        for (String fact : layout.header().facts()) {
            switch (fact) {
                case "duration" -> {
                    if (!info.duration().isEmpty()) {
                        facts.add("Time allowed: " + info.duration());
                    }
                }
                case "questions" -> facts.add("Questions: " + paper.items().size());
                case "total-marks" -> facts.add("Total marks: " + Marks.format(paper.totalMarks()));
                case "date" -> {
                    if (!info.date().isEmpty()) {
                        facts.add("Date: " + info.date());
                    }
                }
                default -> throw new IllegalStateException("unknown header fact " + fact);
            }
        }
        List<PdfPTable> parts = new ArrayList<>();
        parts.add(header.titleRow(info, layout.header().caption(), paper.set()));
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

    private Block sectionHeading(Typesetter type, float column, Section section, int number) {
        float marksWidth = layout.sectionMarks() ? type.fonts.bold.getWidthPoint("100 marks", type.body) + 4 : 1;
        PdfPTable table = new PdfPTable(new float[] {column - marksWidth, marksWidth});
        table.setWidthPercentage(100);
        PdfPCell title = type.text("Section " + number + " · " + section.heading(), type.fonts.bold(type.body + 1.5f));
        PdfPCell marks = type.text(layout.sectionMarks() ? Marks.withUnit(section.marks()) : "",
                type.fonts.bold(type.body), Element.ALIGN_RIGHT);
        for (PdfPCell cell : List.of(title, marks)) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderWidth(0.6f);
            cell.setPaddingTop(type.body * 1.3f);
            cell.setPaddingBottom(4);
            table.addCell(cell);
        }
        if (!section.instructions().isEmpty() && !layout.showAnswers()) {
            PdfPCell note = type.text(section.instructions(),
                    Typesetter.tinted(type.fonts.italic(type.minor), Typesetter.GREY));
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
    private Block question(Typesetter type, float column, PaperItem item) {
        Question question = item.question();
        float marksWidth = layout.showMarks() ? type.body * (layout.columns() > 1 ? 4.2f : 5.2f) : 2;
        float numberWidth = type.body * 2.4f;
        float letterWidth = type.body * 1.9f;
        float textWidth = column - numberWidth - marksWidth;
        PdfPTable table = new PdfPTable(new float[] {numberWidth, letterWidth, textWidth - letterWidth, marksWidth});
        Font body = type.fonts.regular(type.body);
        Typesetter.BlankCounter blanks = question.answer() instanceof Answer.Blanks b
                ? new Typesetter.BlankCounter(b.accepted().size()) : null;

        List<PdfPCell> stem = type.blocks(question.text(), body, textWidth, blanks);
        for (int i = 0; i < stem.size(); i++) {
            PdfPCell number = i == 0 ? type.text(layout.number(item.number()), type.fonts.bold(type.body))
                    : Typesetter.plain();
            PdfPCell text = stem.get(i);
            text.setColspan(2);
            PdfPCell marks = i == 0 && layout.showMarks()
                    ? type.text(layout.columns() > 1 ? "[" + Marks.format(question.marks()) + "]"
                            : "[" + Marks.withUnit(question.marks()) + "]",
                            Typesetter.tinted(type.fonts.regular(type.small + 0.5f), Typesetter.GREY), Element.ALIGN_RIGHT)
                    : Typesetter.plain();
            if (i == 0) {
                for (PdfPCell cell : List.of(number, text, marks)) {
                    cell.setPaddingTop(type.body * (layout.columns() > 1 ? 0.6f : 0.95f));
                }
            }
            addRow(table, number, text, marks);
        }
        int keep = stem.size();
        if (question.image().isPresent()) {
            PdfPCell picture = Typesetter.plain();
            picture.setPaddingTop(4);
            picture.setPaddingBottom(4);
            picture.addElement(picture(question, textWidth));
            addRow(table, picture);
            keep++;
        }
        if (question.type().hasOptions()) {
            keep += options(type, table, item, body, textWidth, letterWidth);
        } else if (question.type() == QuestionType.TRUEFALSE && !layout.showAnswers()) {
            Paragraph words = new Paragraph("", body);
            words.add(new Phrase("True", type.fonts.bold(type.body)));
            words.add(new Phrase("          /          ", body));
            words.add(new Phrase("False", type.fonts.bold(type.body)));
            PdfPCell choice = Typesetter.plain();
            choice.addElement(words);
            choice.setPaddingTop(4);
            addRow(table, choice);
            keep++;
        }
        if (layout.showAnswers()) {
            addRow(table, answerCell(type, new KeyEntry(item), textWidth));
            keep++;
        } else if (question.type().isWritten()) {
            keep += answerSpace(type, table, question, body);
        }
        return new Block(table, keep, false);
    }

    private static void addRow(PdfPTable table, PdfPCell number, PdfPCell text, PdfPCell marks) {
        table.addCell(number);
        table.addCell(text);
        table.addCell(marks);
    }

    /** A row whose content spans the letter and text columns. */
    private static void addRow(PdfPTable table, PdfPCell content) {
        content.setColspan(2);
        addRow(table, Typesetter.plain(), content, Typesetter.plain());
    }

    /** Options stacked one per row, or side by side when the layout allows and they are short. */
    private int options(Typesetter type, PdfPTable table, PaperItem item, Font body, float textWidth, float letterWidth) {
        List<String> options = item.printedOptions();
        int across = across(type, options, body, textWidth, letterWidth);
        if (across == 1) {
            for (int o = 0; o < options.size(); o++) {
                addRow(table, option(type, Letters.of(o), options.get(o), body, textWidth, letterWidth));
            }
            return options.size();
        }
        int rows = 0;
        for (int start = 0; start < options.size(); start += across) {
            PdfPTable grid = new PdfPTable(across);
            grid.setWidthPercentage(100);
            for (int o = start; o < start + across; o++) {
                grid.addCell(o < options.size()
                        ? option(type, Letters.of(o), options.get(o), body, textWidth / across, letterWidth)
                        : Typesetter.plain());
            }
            PdfPCell holder = Typesetter.plain();
            holder.setPadding(0);
            holder.addElement(grid);
            addRow(table, holder);
            rows++;
        }
        return rows;
    }

    /** How many options fit side by side: 4, 2 or 1, whichever keeps every option on one line. */
    private int across(Typesetter type, List<String> options, Font body, float textWidth, float letterWidth) {
        if (layout.options() == Layout.OptionLayout.STACKED || options.stream().anyMatch(o -> o.contains("\n"))) {
            return 1;
        }
        float widest = 0;
        for (String option : options) {
            widest = Math.max(widest, type.fonts.regular.getWidthPoint(option.replace("`", ""), body.getSize()) * 1.05f
                    + letterWidth + 8);
        }
        for (int n : new int[] {4, 2}) {
            if (options.size() % n == 0 || n == 2 && options.size() > 2) {
                if (widest * n <= textWidth) {
                    return n;
                }
            }
        }
        return layout.options() == Layout.OptionLayout.INLINE && widest * 2 <= textWidth ? 2 : 1;
    }

    /**
     * An option with its letter hanging in the margin: letter and text share one paragraph, so
     * they share a baseline whatever fonts the text uses.
     */
    private PdfPCell option(Typesetter type, String letter, String text, Font body, float width, float letterWidth) {
        PdfPCell cell = Typesetter.plain();
        cell.setPaddingTop(type.body * 0.25f);
        List<Element> elements = new ArrayList<>(type.elements(text, body, width - letterWidth, null));
        if (elements.isEmpty() || !(elements.get(0) instanceof Paragraph)) {
            Paragraph empty = new Paragraph("", body);
            empty.setLeading(0, type.leading);
            elements.add(0, empty);
        }
        Paragraph first = (Paragraph) elements.get(0);
        first.setFirstLineIndent(-letterWidth);
        first.add(0, new Chunk(letter + ")", type.fonts.bold(type.body)));
        first.add(1, new Chunk(new VerticalPositionMark(), letterWidth));
        for (Element element : elements) {
            if (element instanceof Paragraph paragraph) {
                paragraph.setIndentationLeft(letterWidth);
            } else if (element instanceof PdfPTable box) {
                box.setWidthPercentage(100 * (width - letterWidth) / width);
                box.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            cell.addElement(element);
        }
        return cell;
    }

    /** Ruled lines, a box, or nothing, sized by the question's marks. */
    private int answerSpace(Typesetter type, PdfPTable table, Question question, Font body) {
        int lines = answerLines(question);
        float gap = layout.answerSpace().lineGap();
        switch (layout.answerSpace().style()) {
            case NONE:
                return 0;
            case BOX: {
                PdfPCell box = new PdfPCell(new Phrase(" ", body));
                box.setBorder(Rectangle.BOX);
                box.setBorderColor(Typesetter.RULE);
                box.setBorderWidth(0.6f);
                box.setFixedHeight(Math.max(1, lines) * gap);
                PdfPCell holder = Typesetter.plain();
                holder.setPaddingTop(6);
                holder.addElement(wrap(box));
                addRow(table, holder);
                return 1;
            }
            default: {
                for (int l = 0; l < lines; l++) {
                    PdfPCell line = new PdfPCell(new Phrase(" ", body));
                    line.setBorder(Rectangle.BOTTOM);
                    line.setBorderColor(Typesetter.RULE);
                    line.setBorderWidth(0.5f);
                    line.setFixedHeight(gap);
                    addRow(table, line);
                }
                return Math.min(lines, 3);
            }
        }
    }

    private static PdfPTable wrap(PdfPCell cell) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.addCell(cell);
        return table;
    }

    /** Revision sheets: the answer, then why, in a shaded box under the question. */
    private PdfPCell answerCell(Typesetter type, KeyEntry entry, float width) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(2f);
        cell.setBorderColorLeft(new java.awt.Color(0x4a, 0x86, 0x4a));
        cell.setBackgroundColor(new java.awt.Color(0xF1, 0xF7, 0xF1));
        cell.setPadding(4);
        cell.setPaddingLeft(7);
        cell.setUseAscender(true);
        Font label = type.fonts.bold(type.body);
        Font body = type.fonts.regular(type.body);
        Question question = entry.question();
        if (question.type().hasOptions()) {
            List<String> letters = entry.item().correctLetters();
            List<String> texts = entry.correctOptionTexts();
            for (int i = 0; i < letters.size(); i++) {
                Paragraph line = new Paragraph("", body);
                line.setLeading(0, type.leading);
                line.add(new Chunk(i == 0 ? "Answer: " : "        ", label));
                line.add(new Chunk(letters.get(i) + ")  ", label));
                for (Element e : type.prose(new RichText.Prose(RichText.spans(texts.get(i).replace('\n', ' '))), body,
                        null).getChunks()) {
                    line.add(e);
                }
                cell.addElement(line);
            }
        } else if (question.type().isWritten()) {
            Paragraph intro = new Paragraph("Model answer", label);
            cell.addElement(intro);
            type.elements(entry.answerText(), body, width - 12, null).forEach(cell::addElement);
        } else {
            Paragraph line = new Paragraph("", body);
            line.setLeading(0, type.leading);
            line.add(new Chunk("Answer: ", label));
            line.add(new Chunk(entry.answerText(), body));
            cell.addElement(line);
        }
        if (!question.explanation().isBlank()) {
            Font why = Typesetter.tinted(type.fonts.italic(type.body - 1), new java.awt.Color(0x33, 0x33, 0x33));
            Paragraph note = type.prose(new RichText.Prose(RichText.spans(question.explanation().replace('\n', ' '))),
                    why, null);
            note.setSpacingBefore(2);
            cell.addElement(note);
        }
        PdfPCell holder = Typesetter.plain();
        holder.setPaddingTop(4);
        holder.addElement(wrap(cell));
        return holder;
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
        Layout.AnswerSpace space = layout.answerSpace();
        int byMarks = question.marks().multiply(BigDecimal.valueOf(space.perMark()))
                .setScale(0, RoundingMode.CEILING).intValue();
        return Math.max(space.minLines(), Math.min(space.maxLines(), byMarks));
    }

    private Block endOfPaper(Typesetter type) {
        PdfPTable table = new PdfPTable(1);
        PdfPCell end = type.text("— End of paper —", type.fonts.italic(type.minor), Element.ALIGN_CENTER);
        end.setPaddingTop(type.body * 1.6f);
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

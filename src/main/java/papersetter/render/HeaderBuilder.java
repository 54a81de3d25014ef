package papersetter.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import papersetter.bank.PictureCheck;
import papersetter.model.BadInputException;
import papersetter.pdf.PdfImage;
import papersetter.pdf.Role;

/** The block at the top of a paper's or key's first page: who, what, which set, how long. */
final class HeaderBuilder {
    private static final float TITLE_LEADING = 1.2f;

    private final DocumentStyle type;
    private final FigureMaker maker;
    private final FigureCache cache;
    private final Layout layout;
    private final float width;

    /** @param cache the run's laid-out figures, where the logo is kept once read */
    HeaderBuilder(DocumentStyle type, FigureMaker maker, FigureCache cache) {
        this.type = type;
        this.maker = maker;
        this.cache = cache;
        this.layout = type.layout;
        this.width = layout.bodyWidth();
    }

    /**
     * Logo, institution, title and caption on the left; the set letter in a box on the right, unless
     * {@code set} is empty (a revision sheet is the same for everyone and names no set).
     */
    Figure titleRow(PaperInfo info, String caption, String set) {
        boolean setBox = !set.isEmpty();
        float boxWidth = setBox ? Math.max(70, type.title * 3.2f) : 0;
        boolean logo = layout.header().logo().isPresent();
        float logoWidth = logo ? 70 : 0;
        float titlesWidth = width - boxWidth - logoWidth;

        List<Figure> lines = new ArrayList<>();
        if (!info.institution().isEmpty()) {
            lines.add(titleLine(info.institution().toUpperCase(Locale.ROOT),
                    Style.of(Face.BOLD, type.minor).tinted(DocumentStyle.GREY), titlesWidth).tagged(Role.P));
        }
        lines.add(titleLine(info.title(), Style.of(Face.BOLD, type.title), titlesWidth).tagged(Role.H1));
        String subtitle = join(" · ", caption, info.course());
        if (!subtitle.isEmpty()) {
            lines.add(titleLine(subtitle, Style.of(Face.REGULAR, type.body + 0.5f), titlesWidth).tagged(Role.P));
        }
        Figure titles = maker.stack(lines, Style.of(Face.REGULAR, type.body));

        if (!setBox) {
            Figure picture = logo ? logo(logoWidth - 8) : Figure.EMPTY;
            float height = Math.max(titles.height() + 3 + maker.descent(type.body), picture.height());
            List<Ink> inks = new ArrayList<>();
            if (logo) {
                place(inks, picture, 0, (height - picture.height()) / 2);
            }
            place(inks, titles, logoWidth, (height - titles.height()) / 2);
            return Figure.of(inks, width, height);
        }
        Figure setWord = maker.text("SET", Style.of(Face.BOLD, type.small), boxWidth - 8, TextFlow.Align.CENTER);
        Figure letter = maker.paragraph(TextFlow.Paragraph.of(List.of(new Run(set, Style.of(Face.BOLD, type.title + 9))),
                TITLE_LEADING, Style.of(Face.BOLD, type.title + 9)).aligned(TextFlow.Align.CENTER), boxWidth - 8);
        Figure boxText = maker.stack(List.of(setWord, letter), Style.of(Face.BOLD, type.small)).tagged(Role.P);
        float boxHeight = 4 + boxText.height() + 8;

        Figure picture = logo ? logo(logoWidth - 8) : Figure.EMPTY;
        float height = Math.max(boxHeight, Math.max(titles.height() + 3 + maker.descent(type.body), picture.height()));
        List<Ink> inks = new ArrayList<>();
        if (logo) {
            place(inks, picture, 0, (height - picture.height()) / 2);
        }
        place(inks, titles, logoWidth, (height - titles.height()) / 2);
        float boxX = width - boxWidth;
        float boxY = (height - boxHeight) / 2;
        inks.add(new Ink.Frame(boxX, boxY, boxWidth, boxHeight, 1.2f, Style.INK));
        place(inks, boxText, boxX + 4, boxY + 4);
        return Figure.of(inks, width, height);
    }

    private Figure titleLine(String text, Style style, float lineWidth) {
        return maker.paragraph(TextFlow.Paragraph.of(List.of(new Run(text, style)), TITLE_LEADING, style), lineWidth);
    }

    /** The logo file, for the run's cache of pictures read. */
    private record LogoKey(Path file) {
    }

    private Figure logo(float logoWidth) {
        Path file = layout.header().logo().orElseThrow();
        PictureCheck.require(file, "Layout '" + layout.name() + "': the logo");
        try {
            PdfImage image = cache.get(new LogoKey(file), () -> readLogo(file));
            // The institution's name is printed beside it: the logo is decoration, an artifact.
            float scale = Math.min(logoWidth / image.width(), 60f / image.height());
            float w = image.width() * scale;
            float h = image.height() * scale;
            return Figure.of(List.of(new Ink.Picture(0, 0, w, h, image)), w, h);
        } catch (RuntimeException e) {
            throw new BadInputException("Layout '" + layout.name() + "': the logo " + file
                    + " could not be read as a picture — save it as PNG or JPEG");
        }
    }

    private static PdfImage readLogo(Path file) {
        try {
            return PdfImage.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * "Time allowed · Questions · Total marks · Date" between two rules, spread across the line.
     * Each fact stays whole: facts that do not fit on one line go on to the next one whole, rather
     * than leaving "Time allowed: 80" on one line and "minutes" under it.
     */
    Figure factsRow(List<String> facts) {
        List<Ink> inks = new ArrayList<>();
        Style style = Style.of(Face.BOLD, type.body);
        float cell = width / Math.max(facts.size(), 1);
        if (facts.stream().allMatch(fact -> type.fonts.width(Face.BOLD, fact, type.body) <= cell)) {
            return cells(facts, style, cell);
        }
        float gap = type.body * 2;
        List<List<Figure>> lines = new ArrayList<>();
        List<Figure> line = new ArrayList<>();
        float used = 0;
        for (String text : facts) {
            Figure fact = maker.line(text, style);
            if (fact.width() > width) {
                fact = maker.text(text, style, width, TextFlow.Align.LEFT); // only a fact wider than the page wraps
            }
            if (!line.isEmpty() && used + gap + fact.width() > width) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            used += (line.isEmpty() ? 0 : gap) + fact.width();
            line.add(fact);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        float y = 5;
        for (List<Figure> row : lines) {
            float natural = 0;
            float height = 0;
            for (Figure fact : row) {
                natural += fact.width();
                height = Math.max(height, fact.height());
            }
            // One fact alone starts at the left; several share the line, first at the left, last at the right.
            float space = row.size() > 1 ? (width - natural) / (row.size() - 1) : 0;
            float x = 0;
            for (Figure fact : row) {
                place(inks, fact, x, y);
                x += fact.width() + space;
            }
            y += height + (row == lines.get(lines.size() - 1) ? 0 : type.body * (type.leading - 1) + maker.descent(type.body));
        }
        float height = facts.isEmpty() ? 3 : y + 6;
        if (!facts.isEmpty()) {
            inks.add(new Ink.Rule(0, 0, width, 0, 0.8f, Style.INK));
        }
        inks.add(new Ink.Rule(0, height, width, height, 0.8f, Style.INK));
        return Figure.of(inks, width, height);
    }

    /** Facts that each fit a cell of their own: the first at the left, the last at the right, others centred. */
    private Figure cells(List<String> facts, Style style, float cell) {
        List<Ink> inks = new ArrayList<>();
        float textHeight = 0;
        for (int i = 0; i < facts.size(); i++) {
            TextFlow.Align align = i == 0 ? TextFlow.Align.LEFT
                    : i == facts.size() - 1 ? TextFlow.Align.RIGHT : TextFlow.Align.CENTER;
            Figure fact = maker.text(facts.get(i), style, cell, align).tagged(Role.P);
            place(inks, fact, i * cell, 5);
            textHeight = Math.max(textHeight, fact.height());
        }
        float height = facts.isEmpty() ? 3 : 5 + textHeight + 6;
        if (!facts.isEmpty()) {
            inks.add(new Ink.Rule(0, 0, width, 0, 0.8f, Style.INK));
        }
        inks.add(new Ink.Rule(0, height, width, height, 0.8f, Style.INK));
        return Figure.of(inks, width, height);
    }

    /** Labelled fields for the candidate: boxes two to a row, or one writing line. */
    Figure candidateFields(List<String> fields) {
        if (layout.candidateStyle() == Layout.CandidateStyle.LINE) {
            return candidateLine(fields);
        }
        float[] widths = {width * 0.6f, width * 0.4f};
        float boxHeight = type.body * 2.1f;
        float rowHeight = 8 + boxHeight + 2;
        List<Ink> inks = new ArrayList<>();
        Style style = Style.of(Face.REGULAR, type.body);
        for (int i = 0; i < fields.size(); i++) {
            float x = i % 2 == 0 ? 0 : widths[0];
            float y = (i / 2) * rowHeight + 8;
            float fieldWidth = widths[i % 2] - 10;
            Figure label = maker.line(fields.get(i), style).tagged(Role.P);
            float labelWidth = label.width() + 8;
            place(inks, label, x, y + boxHeight - 4 - label.height());
            inks.add(new Ink.Frame(x + labelWidth, y, Math.max(labelWidth, fieldWidth - labelWidth), boxHeight, 0.6f,
                    DocumentStyle.RULE));
        }
        return Figure.of(inks, width, ((fields.size() + 1) / 2) * rowHeight);
    }

    /** "Name ________   Date ______" on one line, as a friendly worksheet has it; the name gets twice the room. */
    private Figure candidateLine(List<String> fields) {
        List<Ink> inks = new ArrayList<>();
        Style style = Style.of(Face.REGULAR, type.body);
        float share = width / (fields.size() + 1);
        float x = 0;
        float height = 0;
        for (int i = 0; i < fields.size(); i++) {
            Figure label = maker.line(fields.get(i), style).tagged(Role.P);
            float labelWidth = label.width() + 8;
            float blank = Math.max(40, (i == 0 ? 2 : 1) * share - labelWidth);
            place(inks, label, x, 12);
            float lineY = 12 + label.height() + 3;
            inks.add(new Ink.Rule(x + labelWidth, lineY, x + labelWidth + blank - 12, lineY, 0.6f, DocumentStyle.RULE));
            height = Math.max(height, lineY + 2);
            x += labelWidth + blank;
        }
        return Figure.of(inks, width, height);
    }

    /** "Instructions" and a numbered list. */
    Figure instructions(List<String> lines) {
        float numberWidth = type.body * 1.6f;
        List<Ink> inks = new ArrayList<>();
        Figure heading = maker.line("Instructions", Style.of(Face.BOLD, type.body)).tagged(Role.H2);
        place(inks, heading, 0, 10);
        inks.add(new Ink.Begin(papersetter.pdf.Tag.of(Role.LIST)));
        float y = 10 + heading.height() + heading.lead() - heading.ascent();
        Style font = Style.of(Face.REGULAR, type.minor);
        for (int i = 0; i < lines.size(); i++) {
            Figure number = maker.line((i + 1) + ".", font).tagged(Role.LABEL);
            Figure text = maker.text(lines.get(i), font, width - numberWidth, TextFlow.Align.LEFT)
                    .tagged(Role.LIST_BODY);
            inks.add(new Ink.Begin(papersetter.pdf.Tag.of(Role.LIST_ITEM)));
            place(inks, number, 0, y);
            place(inks, text, numberWidth, y);
            inks.add(Ink.End.END);
            // The next item's first baseline sits a line's leading (and a little) below this one's
            // last, so that a wrapped item never touches the next even in large print.
            y += text.height() + text.lead() - text.ascent() + 1;
        }
        inks.add(Ink.End.END);
        return Figure.of(inks, width, y);
    }

    /** Parts one under another, with room after the last, as one figure that is never split. */
    static Figure stack(List<Figure> parts, float gapAfter) {
        List<Ink> inks = new ArrayList<>();
        float y = 0;
        for (Figure part : parts) {
            place(inks, part, 0, y);
            y += part.height();
        }
        return Figure.of(inks, parts.isEmpty() ? 0 : parts.get(0).width(), y + gapAfter);
    }

    static Figure spacer(float height) {
        return Figure.of(List.of(), 0, height);
    }

    private static void place(List<Ink> inks, Figure figure, float x, float y) {
        for (Ink ink : figure.inks()) {
            inks.add(ink.shifted(x, y));
        }
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

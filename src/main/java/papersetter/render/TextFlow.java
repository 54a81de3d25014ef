package papersetter.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines that fit a width, the way a careful typesetter would for exam
 * text: greedily, at spaces and after hyphens, never inside a word unless the word alone is wider
 * than the line. The result is a {@link Figure}, laid out once and painted as often as needed.
 *
 * <p>The first baseline sits one ascent below the top, and each further line is {@code leading}
 * times its largest size below the one before, as in a table cell (papersetter's pages were first
 * set with OpenPDF's tables, and keep their look).
 */
final class TextFlow {
    enum Align { LEFT, CENTER, RIGHT }

    /**
     * A paragraph's settings.
     *
     * @param base the paragraph's own style: the least size and ascent of every line, and the
     *     height of an empty one
     */
    record Paragraph(List<Run> runs, float leading, Align align, Style base) {
        static Paragraph of(List<Run> runs, float leading, Style base) {
            return new Paragraph(runs, leading, Align.LEFT, base);
        }

        Paragraph aligned(Align newAlign) {
            return new Paragraph(runs, leading, newAlign, base);
        }
    }

    /** A piece of a word in one style. */
    private record Part(String text, Style style) {
    }

    /** What a line holds so far. */
    private static final class Line {
        final List<Part> parts = new ArrayList<>();
        final List<Float> xs = new ArrayList<>();
        float end;
        float inkEnd;
        boolean hasInk;
    }

    private final Metrics metrics;

    TextFlow(Metrics metrics) {
        this.metrics = metrics;
    }

    Figure paragraph(Paragraph paragraph, float width) {
        List<Line> lines = breakLines(paragraph, width);
        List<Ink> fills = new ArrayList<>();
        List<Ink> texts = new ArrayList<>();
        float baseline = 0;
        float firstAscent = 0;
        float firstLead = 0;
        for (int l = 0; l < lines.size(); l++) {
            Line line = lines.get(l);
            // The paragraph's own style always counts, so that a line starting with smaller code
            // still sits on the same baseline as a hanging letter or number beside it.
            float size = paragraph.base().size();
            float ascent = metrics.ascent(paragraph.base().face(), size);
            for (Part part : line.parts) {
                size = Math.max(size, part.style().size());
                ascent = Math.max(ascent, metrics.ascent(part.style().face(), part.style().size()));
            }
            if (l == 0) {
                firstAscent = ascent;
                firstLead = paragraph.leading() * size;
            }
            baseline = l == 0 ? ascent : baseline + paragraph.leading() * size;
            float shift = switch (paragraph.align()) {
                case LEFT -> 0;
                case CENTER -> (width - line.inkEnd) / 2;
                case RIGHT -> width - line.inkEnd;
            };
            place(line, baseline, shift, fills, texts);
        }
        List<Ink> inks = new ArrayList<>(fills);
        inks.addAll(texts);
        return new Figure(inks, width, baseline, firstAscent, firstLead);
    }

    /** Merges neighbouring parts of one style into one text ink, and shades code behind its glyphs. */
    private void place(Line line, float baseline, float shift, List<Ink> fills, List<Ink> texts) {
        int i = 0;
        while (i < line.parts.size()) {
            Style style = line.parts.get(i).style();
            float x = line.xs.get(i) + shift;
            StringBuilder text = new StringBuilder();
            int j = i;
            while (j < line.parts.size() && line.parts.get(j).style().equals(style)) {
                text.append(line.parts.get(j).text());
                j++;
            }
            String shown = text.toString();
            if (style.shade() != null) {
                String inked = shown.stripTrailing();
                if (!inked.isEmpty()) {
                    float ascent = metrics.ascent(style.face(), style.size());
                    float descent = metrics.descent(style.face(), style.size());
                    fills.add(new Ink.Fill(x - 0.5f, baseline - ascent - 0.6f,
                            metrics.width(style.face(), inked, style.size()) + 1, ascent + descent + 0.9f, style.shade()));
                }
            }
            if (!shown.isBlank()) {
                texts.add(new Ink.Text(x, baseline, style, shown));
            }
            i = j;
        }
    }

    private List<Line> breakLines(Paragraph paragraph, float width) {
        List<Line> lines = new ArrayList<>();
        Line line = new Line();
        lines.add(line);
        for (List<Part> word : words(paragraph.runs())) {
            if (word.isEmpty()) {
                line = new Line();
                lines.add(line);
                continue;
            }
            float inkWidth = 0;
            float fullWidth = 0;
            for (Part part : word) {
                float w = width(part);
                fullWidth += w;
                if (!part.text().isBlank()) {
                    inkWidth = fullWidth - trailingSpace(part);
                }
            }
            if (line.hasInk && line.end + inkWidth > width) {
                line = new Line();
                lines.add(line);
            }
            if (!line.hasInk && line.end + inkWidth > width) {
                line = splitLongWord(word, line, lines, width);
                continue;
            }
            for (Part part : word) {
                add(line, part);
            }
        }
        return lines;
    }

    private void add(Line line, Part part) {
        line.parts.add(part);
        line.xs.add(line.end);
        float w = width(part);
        if (!part.text().isBlank()) {
            line.inkEnd = line.end + w - trailingSpace(part);
            line.hasInk = true;
        }
        line.end += w;
    }

    /** A word wider than the line (a long identifier or URL) is broken between characters. */
    private Line splitLongWord(List<Part> word, Line line, List<Line> lines, float width) {
        for (Part part : word) {
            StringBuilder piece = new StringBuilder();
            float pieceWidth = 0;
            int at = 0;
            while (at < part.text().length()) {
                int cp = part.text().codePointAt(at);
                String ch = new String(Character.toChars(cp));
                float w = metrics.width(part.style().face(), ch, part.style().size());
                if (line.end + pieceWidth + w > width && (line.hasInk || piece.length() > 0) && cp != ' ') {
                    if (piece.length() > 0) {
                        add(line, new Part(piece.toString(), part.style()));
                    }
                    line = new Line();
                    lines.add(line);
                    piece.setLength(0);
                    pieceWidth = 0;
                }
                piece.append(ch);
                pieceWidth += w;
                at += ch.length();
            }
            if (piece.length() > 0) {
                add(line, new Part(piece.toString(), part.style()));
            }
        }
        return line;
    }

    private float width(Part part) {
        return metrics.width(part.style().face(), part.text(), part.style().size());
    }

    private float trailingSpace(Part part) {
        String text = part.text();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end == text.length() ? 0 : metrics.width(part.style().face(), text.substring(end), part.style().size());
    }

    /**
     * The runs cut into words: each word is its parts up to and including the spaces after it, and
     * may cross runs ("`code`," is one word). An empty word stands for a forced line break.
     */
    private static List<List<Part>> words(List<Run> runs) {
        List<List<Part>> words = new ArrayList<>();
        List<Part> word = new ArrayList<>();
        for (Run run : runs) {
            String text = run.text();
            int start = 0;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') {
                    if (i > start) {
                        word.add(new Part(text.substring(start, i), run.style()));
                    }
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                    words.add(new ArrayList<>());
                    word = new ArrayList<>();
                    start = ++i;
                    continue;
                }
                boolean breakAfter = c == ' ' && (i + 1 >= text.length() || text.charAt(i + 1) != ' ')
                        || (c == '-' || c == '\u2010') && i > start && i + 1 < text.length()
                                && Character.isLetterOrDigit(text.charAt(i + 1));
                i++;
                if (breakAfter) {
                    word.add(new Part(text.substring(start, i), run.style()));
                    words.add(word);
                    word = new ArrayList<>();
                    start = i;
                }
            }
            if (i > start) {
                word.add(new Part(text.substring(start, i), run.style()));
            }
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }
}

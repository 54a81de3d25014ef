package papersetter.render;

import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks styled text into lines that fit a width, the way a careful typesetter would for exam
 * text: greedily, at spaces and after hyphens (and, in Thai, Chinese or Japanese, which have no
 * spaces, where the script allows), never inside a word unless the word alone is wider than the
 * line. Each piece of a word is shaped once per run (see {@link RunFonts}); right-to-left
 * paragraphs are set from the right, in the order the Unicode bidirectional algorithm gives. The result is a {@link Figure}, laid out once and painted as often as needed.
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

    /**
     * A piece of a word in one style and one direction, shaped; or a formula, one box that is
     * never cut (its text then the object replacement character, its shaping null).
     */
    private record Part(String text, Style style, Shaped shaped, byte level, float trailingSpace,
            TypesetFormula formula, float scale) {
        Part(String text, Style style, Shaped shaped, byte level) {
            this(text, style, shaped, level, spacesAtEnd(text, shaped) * style.size() / 1000f, null, 1);
        }

        /** A formula, shrunk to the line's width when wider (never cut). */
        static Part of(TypesetFormula formula, Style style, byte level, float lineWidth) {
            float scale = formula.width() > lineWidth && lineWidth > 0 ? lineWidth / formula.width() : 1;
            return new Part(Run.BOX, style, null, level, 0, formula, scale);
        }

        float width() {
            return formula != null ? formula.width() * scale : shaped.width(style.size());
        }

        boolean rtl() {
            return formula == null && shaped.rtl();
        }

        Part slice(int from, int to) {
            return formula != null ? this : new Part(text.substring(from, to), style, shaped.slice(from, to), level);
        }

        /** Whether it may share one text ink with the part after it. */
        boolean joins(Part next) {
            return formula == null && next.formula == null && style.equals(next.style);
        }
    }

    /** What a line holds so far, in reading order. */
    private static final class Line {
        final List<Part> parts = new ArrayList<>();
        float end;
        float inkEnd;
        boolean hasInk;
    }

    /** The least room, in sizes of the text, above and below a formula. */
    private static final float FORMULA_GAP = 0.2f;

    private final Metrics metrics;

    TextFlow(Metrics metrics) {
        this.metrics = metrics;
    }

    Figure paragraph(Paragraph paragraph, float width) {
        Text text = Text.of(paragraph.runs());
        List<Line> lines = breakLines(paragraph, text, width);
        List<Ink> fills = new ArrayList<>();
        List<Ink> texts = new ArrayList<>();
        float baseline = 0;
        float firstAscent = 0;
        float firstLead = 0;
        // A paragraph that starts right to left (Arabic, Hebrew) is set from the right edge.
        Align align = paragraph.align() == Align.LEFT && text.rtl() ? Align.RIGHT : paragraph.align();
        float below = 0;
        float formulaBelow = 0;
        for (int l = 0; l < lines.size(); l++) {
            Line line = lines.get(l);
            // The paragraph's own style always counts, so that a line starting with smaller code
            // still sits on the same baseline as a hanging letter or number beside it.
            float size = paragraph.base().size();
            float ascent = metrics.ascent(paragraph.base().face(), size);
            float descent = metrics.descent(paragraph.base().face(), size);
            float formulaAbove = 0;
            float formulaDepth = 0;
            for (Part part : line.parts) {
                size = Math.max(size, part.style().size());
                ascent = Math.max(ascent, metrics.ascent(part.style().face(), part.style().size()));
                descent = Math.max(descent, metrics.descent(part.style().face(), part.style().size()));
                if (part.formula() != null) {
                    // A formula's ink fills its box, where a letter leaves room inside its ascent and
                    // descent: it counts with a little room of its own above and below.
                    float room = FORMULA_GAP * part.style().size();
                    formulaAbove = Math.max(formulaAbove, part.formula().height() * part.scale() + room);
                    formulaDepth = Math.max(formulaDepth, part.formula().depth() * part.scale() + room);
                }
            }
            float step = paragraph.leading() * size;
            if (formulaAbove > ascent || formulaBelow > 0) {
                // A tall formula (a fraction, a sum with limits) pushes its line clear of the one above.
                step = Math.max(step, Math.max(below, formulaBelow) + Math.max(ascent, formulaAbove));
            }
            if (l == 0) {
                firstAscent = Math.max(ascent, formulaAbove);
                firstLead = paragraph.leading() * size + Math.max(0, formulaAbove - ascent);
            }
            baseline = l == 0 ? firstAscent : baseline + step;
            below = descent;
            formulaBelow = formulaDepth > descent ? formulaDepth : 0;
            float shift = switch (align) {
                case LEFT -> 0;
                case CENTER -> (width - line.inkEnd) / 2;
                case RIGHT -> width - line.inkEnd;
            };
            place(line, baseline, shift, fills, texts);
        }
        List<Ink> inks = new ArrayList<>(fills);
        inks.addAll(texts);
        // A formula that hangs below the last line's descenders (a fraction's denominator) takes room of its own.
        float hanging = formulaBelow > 0 ? formulaBelow - below : 0;
        return new Figure(inks, width, baseline + hanging, firstAscent, firstLead);
    }

    /**
     * Puts a line's parts in the order they stand (the Unicode bidirectional algorithm's, so that
     * code and numbers inside right-to-left text read left to right), merges neighbouring parts of
     * one style into one text ink, and shades code behind its glyphs.
     */
    private void place(Line line, float baseline, float shift, List<Ink> fills, List<Ink> texts) {
        List<Part> parts = visualOrder(line.parts);
        float x = shift;
        int i = 0;
        while (i < parts.size()) {
            Style style = parts.get(i).style();
            if (parts.get(i).formula() != null) {
                texts.add(new Ink.Formula(x, baseline, parts.get(i).formula(), parts.get(i).scale()));
                x += parts.get(i).width();
                i++;
                continue;
            }
            float start = x;
            StringBuilder shown = new StringBuilder();
            List<GlyphRun> glyphs = new ArrayList<>();
            float inked = 0;
            int j = i;
            while (j < parts.size() && (j == i || parts.get(j - 1).joins(parts.get(j)))) {
                Part part = parts.get(j);
                float offset = (x - start) * 1000f / style.size();
                for (GlyphRun run : part.shaped().runs()) {
                    glyphs.add(run.shifted(offset));
                }
                shown.append(part.text());
                if (!part.text().isBlank()) {
                    inked = x - start + part.width() - trailingSpace(part);
                }
                x += part.width();
                j++;
            }
            if (style.shade() != null && inked > 0) {
                float ascent = metrics.ascent(style.face(), style.size());
                float descent = metrics.descent(style.face(), style.size());
                fills.add(new Ink.Fill(start - 0.5f, baseline - ascent - 0.6f, inked + 1, ascent + descent + 0.9f,
                        style.shade()));
            }
            if (!shown.toString().isBlank()) {
                texts.add(new Ink.Text(start, baseline, style, shown.toString(), joined(glyphs)));
            }
            i = j;
        }
    }

    /**
     * Neighbouring runs of one font and direction that read back as their text, joined into one:
     * a line of Latin words is then one run (one text operator in the PDF), not one per word.
     */
    private static List<GlyphRun> joined(List<GlyphRun> runs) {
        List<GlyphRun> joined = new ArrayList<>(runs.size());
        GlyphRun open = null;
        for (GlyphRun run : runs) {
            if (open != null && open.font() == run.font() && !open.rtl() && !run.rtl() && !open.actualText()
                    && !run.actualText()) {
                open = join(open, run);
            } else {
                if (open != null) {
                    joined.add(open);
                }
                open = run;
            }
        }
        if (open != null) {
            joined.add(open);
        }
        return joined;
    }

    private static GlyphRun join(GlyphRun a, GlyphRun b) {
        int n = a.glyphs().length;
        int m = b.glyphs().length;
        int[] glyphs = java.util.Arrays.copyOf(a.glyphs(), n + m);
        float[] x = java.util.Arrays.copyOf(a.x(), n + m);
        float[] y = java.util.Arrays.copyOf(a.y(), n + m);
        int[] clusters = java.util.Arrays.copyOf(a.clusters(), n + m);
        System.arraycopy(b.glyphs(), 0, glyphs, n, m);
        System.arraycopy(b.x(), 0, x, n, m);
        System.arraycopy(b.y(), 0, y, n, m);
        for (int i = 0; i < m; i++) {
            clusters[n + i] = b.clusters()[i] + a.text().length();
        }
        return new GlyphRun(a.font(), glyphs, x, y, b.end(), a.text() + b.text(), clusters, false, false);
    }

    private static List<Part> visualOrder(List<Part> parts) {
        boolean mixed = false;
        for (Part part : parts) {
            mixed |= part.rtl();
        }
        if (!mixed) {
            return parts;
        }
        Part[] ordered = parts.toArray(new Part[0]);
        byte[] levels = new byte[ordered.length];
        for (int i = 0; i < ordered.length; i++) {
            levels[i] = ordered[i].level();
        }
        Bidi.reorderVisually(levels, 0, ordered, 0, ordered.length);
        return List.of(ordered);
    }

    private List<Line> breakLines(Paragraph paragraph, Text text, float width) {
        List<Line> lines = new ArrayList<>();
        Line line = new Line();
        lines.add(line);
        for (List<Part> word : words(paragraph.runs(), text, width)) {
            if (word.isEmpty()) {
                line = new Line();
                lines.add(line);
                continue;
            }
            float inkWidth = 0;
            float fullWidth = 0;
            for (Part part : word) {
                float w = part.width();
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
        for (Line done : lines) {
            stripTrailingSpace(done);
        }
        return lines;
    }

    /**
     * The spaces that end a line are not printed: the line's last part in reading order loses them,
     * so that a right-to-left line, where they would stand at the left, still lines up.
     */
    private static void stripTrailingSpace(Line line) {
        while (!line.parts.isEmpty()) {
            int last = line.parts.size() - 1;
            Part part = line.parts.get(last);
            String stripped = part.text().stripTrailing();
            if (stripped.length() == part.text().length()) {
                return;
            }
            if (stripped.isEmpty()) {
                line.parts.remove(last);
                continue;
            }
            line.parts.set(last, part.slice(0, stripped.length()));
            return;
        }
    }

    private void add(Line line, Part part) {
        line.parts.add(part);
        float w = part.width();
        if (!part.text().isBlank()) {
            line.inkEnd = line.end + w - trailingSpace(part);
            line.hasInk = true;
        }
        line.end += w;
    }

    /**
     * A word wider than the line (a long identifier or URL) is broken between characters: between
     * grapheme clusters, so that a letter and its marks stay together, each piece keeping the
     * glyphs it had in the whole word.
     */
    private Line splitLongWord(List<Part> word, Line line, List<Line> lines, float width) {
        for (Part part : word) {
            if (part.formula() != null) {
                // A formula is never cut: wider than the line, it stands on a line of its own.
                if (line.hasInk && line.end + part.width() > width) {
                    line = new Line();
                    lines.add(line);
                }
                add(line, part);
                continue;
            }
            BreakIterator clusters = BreakIterator.getCharacterInstance();
            clusters.setText(part.text());
            int pieceStart = 0;
            int at = 0;
            float pieceWidth = 0;
            for (int next = clusters.next(); next != BreakIterator.DONE; next = clusters.next()) {
                String ch = part.text().substring(at, next);
                float w = part.slice(at, next).width();
                if (line.end + pieceWidth + w > width && (line.hasInk || at > pieceStart) && !ch.equals(" ")) {
                    if (at > pieceStart) {
                        add(line, part.slice(pieceStart, at));
                    }
                    line = new Line();
                    lines.add(line);
                    pieceStart = at;
                    pieceWidth = 0;
                }
                pieceWidth += w;
                at = next;
            }
            if (at > pieceStart) {
                add(line, part.slice(pieceStart, at));
            }
        }
        return line;
    }

    private static float trailingSpace(Part part) {
        return part.trailingSpace();
    }

    /** How far the spaces that end a text advance, in thousandths of the size. */
    private static float spacesAtEnd(String text, Shaped shaped) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == text.length()) {
            return 0;
        }
        List<GlyphRun> runs = shaped.runs();
        if (!shaped.rtl() && !runs.isEmpty()) {
            // Left to right, the spaces are the last run's last glyphs: the pen moves from the first of them to the end.
            GlyphRun last = runs.get(runs.size() - 1);
            int offset = text.length() - last.text().length();
            for (int i = 0; i < last.clusters().length; i++) {
                if (last.clusters()[i] + offset >= end) {
                    return last.end() - last.x()[i];
                }
            }
        }
        return shaped.advance() - shaped.slice(0, end).advance();
    }

    /**
     * The text of a paragraph as a whole: the direction of each character (by the Unicode
     * bidirectional algorithm, only where there is right-to-left text) and where lines may break.
     */
    private record Text(String all, Bidi bidi, boolean[] breakBefore) {
        static Text of(List<Run> runs) {
            StringBuilder all = new StringBuilder();
            runs.forEach(run -> all.append(run.text()));
            String text = all.toString();
            char[] chars = text.toCharArray();
            Bidi bidi = Bidi.requiresBidi(chars, 0, chars.length)
                    ? new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT) : null;
            if (bidi != null && (bidi.getBaseLevel() & 1) == 1) {
                // Code inside right-to-left text reads left to right as a whole: "len()" keeps its
                // parentheses after the name. Each code span is embedded left to right.
                byte[] embeddings = new byte[chars.length];
                int at = 0;
                boolean anyCode = false;
                for (Run run : runs) {
                    if (run.style().face() == Face.MONO || run.style().shade() != null) {
                        java.util.Arrays.fill(embeddings, at, at + run.text().length(), (byte) 2);
                        anyCode = true;
                    }
                    at += run.text().length();
                }
                if (anyCode) {
                    bidi = new Bidi(chars, 0, embeddings, 0, chars.length, Bidi.DIRECTION_RIGHT_TO_LEFT);
                }
            }
            return new Text(text, bidi, scriptBreaks(text));
        }

        boolean rtl() {
            return bidi != null && (bidi.getBaseLevel() & 1) == 1;
        }

        byte level(int at) {
            return bidi == null ? 0 : (byte) bidi.getLevelAt(at);
        }

        /**
         * Where a line may break in scripts written without spaces (Thai, Chinese, Japanese, …), as
         * the JDK's line-break rules (with its Thai dictionary) say; null when the text has none.
         */
        private static boolean[] scriptBreaks(String text) {
            boolean thai = false;
            boolean any = false;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c >= 0x0E00 && noSpaces(c)) {
                    any = true;
                    thai |= Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI;
                }
            }
            if (!any) {
                return null;
            }
            boolean[] breaks = new boolean[text.length() + 1];
            BreakIterator iterator = BreakIterator.getLineInstance(thai ? Locale.forLanguageTag("th") : Locale.ROOT);
            iterator.setText(text);
            for (int at = iterator.first(); at != BreakIterator.DONE; at = iterator.next()) {
                if (at > 0 && at < text.length()
                        && (noSpaces(text.codePointBefore(at)) || noSpaces(text.codePointAt(at)))) {
                    breaks[at] = true;
                }
            }
            return breaks;
        }

        private static boolean noSpaces(int c) {
            return switch (Character.UnicodeScript.of(c)) {
                case THAI, LAO, KHMER, MYANMAR, HAN, HIRAGANA, KATAKANA, BOPOMOFO, YI, TIBETAN -> true;
                default -> false;
            };
        }
    }

    /**
     * The runs cut into words: each word is its parts up to and including the spaces after it, and
     * may cross runs ("`code`," is one word) and directions. An empty word stands for a forced
     * line break. Latin text breaks at spaces and after hyphens; text without spaces where its
     * script allows.
     */
    private List<List<Part>> words(List<Run> runs, Text whole, float lineWidth) {
        List<List<Part>> words = new ArrayList<>();
        List<Part> word = new ArrayList<>();
        int offset = 0;
        for (Run run : runs) {
            if (run.formula() != null) {
                // One box, glued to the words on either side unless a space stands between.
                word.add(Part.of(run.formula(), run.style(), whole.level(offset), lineWidth));
                offset += run.text().length();
                continue;
            }
            String text = run.text();
            int start = 0;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') {
                    if (i > start) {
                        word.add(part(text, start, i, run.style(), whole, offset));
                    }
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                    words.add(new ArrayList<>());
                    word = new ArrayList<>();
                    start = ++i;
                    continue;
                }
                if (i > start && whole.bidi() != null && whole.level(offset + i) != whole.level(offset + start)) {
                    word.add(part(text, start, i, run.style(), whole, offset));
                    start = i;
                }
                if (i > start && whole.breakBefore() != null && whole.breakBefore()[offset + i]
                        && text.charAt(i - 1) != ' ') {
                    word.add(part(text, start, i, run.style(), whole, offset));
                    words.add(word);
                    word = new ArrayList<>();
                    start = i;
                }
                boolean breakAfter = c == ' ' && (i + 1 >= text.length() || text.charAt(i + 1) != ' ')
                        || (c == '-' || c == '\u2010') && i > start && i + 1 < text.length()
                                && Character.isLetterOrDigit(text.charAt(i + 1));
                i++;
                if (breakAfter) {
                    word.add(part(text, start, i, run.style(), whole, offset));
                    words.add(word);
                    word = new ArrayList<>();
                    start = i;
                }
            }
            if (i > start) {
                word.add(part(text, start, i, run.style(), whole, offset));
            }
            offset += text.length();
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    private Part part(String text, int from, int to, Style style, Text whole, int offset) {
        String piece = text.substring(from, to);
        byte level = whole.level(offset + from);
        return new Part(piece, style, metrics.shape(style.face(), piece, (level & 1) == 1), level);
    }
}

package papersetter.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The one reading of a bank cell's little markup, for the papers and for every exporter alike, so
 * that an online quiz shows what the paper prints: paragraphs (blank lines between), line breaks
 * inside them, {@code `code`} spans, blocks fenced by lines of three backticks, and formulas in
 * the delimiters Moodle's MathJax reads: {@code \( … \)} inline, {@code \[ … \]} or
 * {@code $$ … $$} displayed.
 *
 * <p>What is not markup is printed as written: a single {@code $} is a dollar sign (prices, shell
 * and template code), nothing inside a code span or a fenced block is read as a formula, a
 * delimiter that never closes is text, and {@code \\(} (likewise {@code \\)}, {@code \\[},
 * {@code \\]}) writes the two characters {@code \(}. Every formula keeps where it stood in the
 * cell ({@link Span#at}), for messages that send a trainer to it.
 */
public final class Markup {

    /** What a span of prose is. */
    public enum Kind {
        TEXT,
        /** Inline code, in the monospace face. */
        CODE,
        /** An inline formula, {@code \( … \)}: its LaTeX. */
        MATH,
        /**
         * A displayed formula where only one line can stand (an option, a one-line answer): its
         * LaTeX, set in display style on the line.
         */
        DISPLAY
    }

    public sealed interface Block permits Prose, Code, Display {
    }

    /** A run of prose; a line break inside it is a {@link Kind#TEXT} span of "\n". */
    public record Prose(List<Span> spans) implements Block {
        public Prose {
            spans = List.copyOf(spans);
        }

        /** The prose cut at its line breaks, each line its spans. */
        public List<List<Span>> lines() {
            List<List<Span>> lines = new ArrayList<>();
            List<Span> line = new ArrayList<>();
            for (Span span : spans) {
                if (span.kind() == Kind.TEXT && span.text().equals("\n")) {
                    lines.add(line);
                    line = new ArrayList<>();
                } else {
                    line.add(span);
                }
            }
            lines.add(line);
            return lines;
        }
    }

    /** A fenced code block, its lines as written. */
    public record Code(List<String> written) implements Block {
        public Code {
            written = List.copyOf(written);
        }

        /** The lines as printed: tabs as four spaces, blank lines at either end and trailing spaces dropped. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (String line : written) {
                lines.add(line.replace("\t", "    "));
            }
            return trimBlankEnds(lines);
        }

        /** The block as written, lines joined by "\n" (what an exporter puts in a pre). */
        public String text() {
            return String.join("\n", written);
        }
    }

    /** A displayed formula on its own line, centred. */
    public record Display(String latex, int at) implements Block {
    }

    /**
     * @param text what is printed (the LaTeX of a formula)
     * @param at for a formula, the index in the cell's text of the first character of its LaTeX
     *     (after the opening delimiter); -1 otherwise
     */
    public record Span(String text, Kind kind, int at) {
        public boolean code() {
            return kind == Kind.CODE;
        }

        public boolean formula() {
            return kind == Kind.MATH || kind == Kind.DISPLAY;
        }

        /** The span as a bank cell would write it: a formula in its delimiters. */
        public String written() {
            return switch (kind) {
                case TEXT -> text.replace("\\(", "\\\\(").replace("\\[", "\\\\[")
                        .replace("\\)", "\\\\)").replace("\\]", "\\\\]");
                case CODE -> "`" + text + "`";
                case MATH -> "\\(" + text + "\\)";
                case DISPLAY -> "\\[" + text + "\\]";
            };
        }
    }

    /** A formula of a cell and where it stands, for checking. */
    public record Formula(String latex, boolean display, int at) {
    }

    private Markup() {
    }

    /** The cell's blocks, in order. */
    public static List<Block> parse(String text) {
        return parse(text, null);
    }

    private static List<Block> parse(String text, List<Integer> unclosed) {
        List<Block> blocks = new ArrayList<>();
        List<int[]> prose = new ArrayList<>();
        List<String> code = null;
        int at = 0;
        for (String line : text.split("\n", -1)) {
            int start = at;
            at += line.length() + 1;
            String bare = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            boolean fence = bare.strip().startsWith("```");
            if (code == null && fence) {
                prose(text, prose, blocks, unclosed);
                code = new ArrayList<>();
            } else if (code != null && fence) {
                blocks.add(new Code(code));
                code = null;
            } else if (code != null) {
                code.add(bare);
            } else if (bare.isBlank()) {
                prose(text, prose, blocks, unclosed);
            } else {
                int from = start;
                int to = start + bare.length();
                while (from < to && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                    to--;
                }
                prose.add(new int[] {from, to});
            }
        }
        if (code != null) {
            // An unclosed fence: print what follows as code rather than lose the author's lines.
            blocks.add(new Code(code));
        }
        prose(text, prose, blocks, unclosed);
        return blocks;
    }

    /**
     * The spans of a text that stands on one line (an option, a one-line answer): line breaks read
     * as spaces, a displayed formula as a {@link Kind#DISPLAY} span.
     */
    public static List<Span> inline(String text) {
        List<Span> spans = new ArrayList<>();
        scan(text.replace('\r', ' ').replace('\n', ' '), 0, text.length(), spans, null, null);
        List<Span> placed = new ArrayList<>(spans.size());
        for (Span span : spans) {
            placed.add(span.formula() ? new Span(span.text(), span.kind(), -span.at() - 1) : span);
        }
        return placed;
    }

    /** Every formula of a cell, fenced code and code spans left out. */
    public static List<Formula> formulas(String text) {
        List<Formula> formulas = new ArrayList<>();
        for (Block block : parse(text)) {
            if (block instanceof Display display) {
                formulas.add(new Formula(display.latex(), true, display.at()));
            } else if (block instanceof Prose prose) {
                for (Span span : prose.spans()) {
                    if (span.formula()) {
                        formulas.add(new Formula(span.text(), span.kind() == Kind.DISPLAY, span.at()));
                    }
                }
            }
        }
        return formulas;
    }

    /**
     * Where a formula's opening delimiter never closes (index of the delimiter), or -1: the text is
     * printed as written, but a trainer most likely forgot the closing one.
     */
    public static int unclosed(String text) {
        List<Integer> unclosed = new ArrayList<>();
        parse(text, unclosed);
        return unclosed.isEmpty() ? -1 : unclosed.get(0);
    }

    /** The text as a student reads it: markup removed, code and the LaTeX of formulas kept. */
    public static String plain(String text) {
        StringBuilder out = new StringBuilder();
        for (Block block : parse(text)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (block instanceof Prose prose) {
                prose.spans().forEach(span -> out.append(span.text()));
            } else if (block instanceof Code code) {
                out.append(String.join("\n", code.lines()));
            } else if (block instanceof Display display) {
                out.append(display.latex());
            }
        }
        return out.toString();
    }

    /** The paragraph made of these lines (start and end of each in text), split around its displayed formulas. */
    private static void prose(String text, List<int[]> lines, List<Block> blocks, List<Integer> unclosed) {
        if (lines.isEmpty()) {
            return;
        }
        // The lines joined by "\n", with each character's index in the cell kept beside it.
        StringBuilder joined = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                joined.append('\n');
                offsets.add(lines.get(i - 1)[1]);
            }
            for (int c = lines.get(i)[0]; c < lines.get(i)[1]; c++) {
                joined.append(text.charAt(c));
                offsets.add(c);
            }
        }
        offsets.add(lines.get(lines.size() - 1)[1]);
        lines.clear();
        List<Span> spans = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        scan(joined.toString(), 0, joined.length(), spans, blocks, open);
        if (unclosed != null) {
            open.forEach(index -> unclosed.add(offsets.get(index)));
        }
        flush(spans, blocks);
        // Formulas point into the cell, not into the joined lines.
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Display display && display.at() < 0) {
                blocks.set(i, new Display(display.latex(), offsets.get(-display.at() - 1)));
            } else if (block instanceof Prose p && p.spans().stream().anyMatch(s -> s.formula() && s.at() < 0)) {
                List<Span> placed = new ArrayList<>();
                for (Span span : p.spans()) {
                    placed.add(span.formula() && span.at() < 0
                            ? new Span(span.text(), span.kind(), offsets.get(-span.at() - 1)) : span);
                }
                blocks.set(i, new Prose(placed));
            }
        }
    }

    /**
     * Reads text[from, to) into spans. With blocks (a paragraph), a displayed formula ends the
     * spans so far as a paragraph and stands as a block; without (one line), it is a span. Formula
     * positions are written as -(index + 1) into the scanned text, for the caller to place.
     */
    private static void scan(String text, int from, int to, List<Span> spans, List<Block> blocks,
            List<Integer> unclosed) {
        StringBuilder plain = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '`') {
                int lineEnd = text.indexOf('\n', i + 1);
                int close = text.indexOf('`', i + 1);
                if (close >= 0 && close < to && (lineEnd < 0 || close < lineEnd)) {
                    if (close > i + 1) {
                        text(plain, spans);
                        spans.add(new Span(text.substring(i + 1, close), Kind.CODE, -1));
                    }
                    i = close + 1;
                    continue;
                }
                plain.append(c);
                i++;
                continue;
            }
            if (c == '\\' && i + 2 < to && text.charAt(i + 1) == '\\' && isDelimiter(text.charAt(i + 2))) {
                // "\\(" writes "\(": the escape and the delimiter, one backslash less.
                plain.append('\\').append(text.charAt(i + 2));
                i += 3;
                continue;
            }
            String close = null;
            Kind kind = null;
            int open = 0;
            if (c == '\\' && i + 1 < to && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '[')) {
                boolean inline = text.charAt(i + 1) == '(';
                close = inline ? "\\)" : "\\]";
                kind = inline ? Kind.MATH : Kind.DISPLAY;
                open = 2;
            } else if (c == '$' && i + 1 < to && text.charAt(i + 1) == '$') {
                close = "$$";
                kind = Kind.DISPLAY;
                open = 2;
            }
            if (close != null) {
                int end = closing(text, i + open, to, close);
                if (end < 0 && unclosed != null) {
                    unclosed.add(i);
                }
                if (end > i + open && !text.substring(i + open, end).isBlank()) {
                    String latex = text.substring(i + open, end);
                    text(plain, spans);
                    if (kind == Kind.DISPLAY && blocks != null) {
                        flush(spans, blocks);
                        blocks.add(new Display(latex.strip(), -(i + open + leading(latex)) - 1));
                        // The line break after a displayed formula belongs to it.
                        i = end + close.length();
                        if (i < to && text.charAt(i) == '\n') {
                            i++;
                        }
                        dropTrailingBreak(spans);
                        continue;
                    }
                    spans.add(new Span(latex.strip(), kind, -(i + open + leading(latex)) - 1));
                    i = end + close.length();
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        text(plain, spans);
    }

    private static int leading(String latex) {
        int n = 0;
        while (n < latex.length() && Character.isWhitespace(latex.charAt(n))) {
            n++;
        }
        return n;
    }

    private static boolean isDelimiter(char c) {
        return c == '(' || c == ')' || c == '[' || c == ']';
    }

    /** Where the formula's closing delimiter starts, skipping escaped characters ({@code \\}, {@code \$}); -1 if none. */
    private static int closing(String text, int from, int to, String close) {
        int i = from;
        while (i < to) {
            if (text.startsWith(close, i) && i + close.length() <= to) {
                return i;
            }
            if (text.charAt(i) == '\\' && i + 1 < to) {
                i += 2;
                continue;
            }
            i++;
        }
        return -1;
    }

    private static void text(StringBuilder plain, List<Span> spans) {
        if (plain.length() == 0) {
            return;
        }
        String text = plain.toString();
        plain.setLength(0);
        // Line breaks stand as spans of their own, so that a paragraph's lines can be told apart.
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > start) {
                    spans.add(new Span(text.substring(start, i), Kind.TEXT, -1));
                }
                spans.add(new Span("\n", Kind.TEXT, -1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            spans.add(new Span(text.substring(start), Kind.TEXT, -1));
        }
    }

    private static void flush(List<Span> spans, List<Block> blocks) {
        dropTrailingBreak(spans);
        while (!spans.isEmpty() && isBreak(spans.get(0))) {
            spans.remove(0);
        }
        // A paragraph cut by a displayed formula starts and ends where its words do.
        if (!spans.isEmpty() && spans.get(0).kind() == Kind.TEXT) {
            Span first = spans.get(0);
            spans.set(0, new Span(first.text().stripLeading(), Kind.TEXT, -1));
        }
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last).kind() == Kind.TEXT) {
            spans.set(last, new Span(spans.get(last).text().stripTrailing(), Kind.TEXT, -1));
        }
        spans.removeIf(span -> span.text().isEmpty());
        if (!spans.isEmpty()) {
            blocks.add(new Prose(spans));
        }
        spans.clear();
    }

    private static void dropTrailingBreak(List<Span> spans) {
        while (!spans.isEmpty() && isBreak(spans.get(spans.size() - 1))) {
            spans.remove(spans.size() - 1);
        }
    }

    private static boolean isBreak(Span span) {
        return span.kind() == Kind.TEXT && span.text().equals("\n");
    }

    private static List<String> trimBlankEnds(List<String> lines) {
        int start = 0;
        int end = lines.size();
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        while (end > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        List<String> kept = new ArrayList<>();
        for (String line : lines.subList(start, end)) {
            kept.add(line.stripTrailing());
        }
        return kept;
    }
}

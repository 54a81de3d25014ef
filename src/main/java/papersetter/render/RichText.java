package papersetter.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The little markup a bank cell may hold: paragraphs with `inline code`, and code blocks fenced
 * by lines of three backticks. Anything else is plain text, printed as written.
 */
final class RichText {

    sealed interface Block permits Prose, Code {
    }

    /** A run of text lines; line breaks inside are kept. */
    record Prose(List<Span> spans) implements Block {
    }

    record Code(List<String> lines) implements Block {
    }

    record Span(String text, boolean code) {
    }

    private RichText() {
    }

    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        List<String> code = null;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            boolean fence = line.strip().startsWith("```");
            if (code == null && fence) {
                flushProse(prose, blocks);
                code = new ArrayList<>();
            } else if (code != null && fence) {
                blocks.add(new Code(trimBlankEnds(code)));
                code = null;
            } else if (code != null) {
                code.add(line.replace("\t", "    "));
            } else if (line.isBlank()) {
                flushProse(prose, blocks);
            } else {
                prose.add(line.strip());
            }
        }
        if (code != null) {
            // An unclosed fence: print what follows as code rather than lose the author's lines.
            blocks.add(new Code(trimBlankEnds(code)));
        }
        flushProse(prose, blocks);
        return blocks;
    }

    static List<Span> spans(String line) {
        List<Span> spans = new ArrayList<>();
        int at = 0;
        while (at < line.length()) {
            int open = line.indexOf('`', at);
            int close = open < 0 ? -1 : line.indexOf('`', open + 1);
            if (open < 0 || close < 0) {
                spans.add(new Span(line.substring(at), false));
                break;
            }
            if (open > at) {
                spans.add(new Span(line.substring(at, open), false));
            }
            if (close > open + 1) {
                spans.add(new Span(line.substring(open + 1, close), true));
            }
            at = close + 1;
        }
        return spans;
    }

    /** The text as a student reads it: markup removed, code kept. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder();
        for (Block block : parse(text)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (block instanceof Prose prose) {
                prose.spans().forEach(span -> out.append(span.text()));
            } else if (block instanceof Code code) {
                out.append(String.join("\n", code.lines()));
            }
        }
        return out.toString();
    }

    private static void flushProse(List<String> lines, List<Block> blocks) {
        if (lines.isEmpty()) {
            return;
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                spans.add(new Span("\n", false));
            }
            spans.addAll(spans(lines.get(i)));
        }
        blocks.add(new Prose(spans));
        lines.clear();
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

package papersetter.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * A bank cell's little markup as the exporters see it: paragraphs (blank lines between), lines
 * inside them, {@code `code`} spans, and blocks fenced by lines of three backticks. It reads as
 * the renderer reads the cell, so an online quiz shows what the paper prints.
 */
final class BankText {
    sealed interface Block permits Paragraph, Code {
    }

    /** Lines of prose, each a list of spans. */
    record Paragraph(List<List<Span>> lines) implements Block {
    }

    record Code(String text) implements Block {
    }

    record Span(String text, boolean code) {
    }

    private BankText() {
    }

    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        List<List<Span>> prose = new ArrayList<>();
        List<String> code = null;
        for (String line : text.split("\n", -1)) {
            boolean fence = line.strip().startsWith("```");
            if (code == null && fence) {
                flush(prose, blocks);
                code = new ArrayList<>();
            } else if (code != null && fence) {
                blocks.add(new Code(String.join("\n", code)));
                code = null;
            } else if (code != null) {
                code.add(line);
            } else if (line.isBlank()) {
                flush(prose, blocks);
            } else {
                prose.add(spans(line.strip()));
            }
        }
        if (code != null) {
            blocks.add(new Code(String.join("\n", code)));
        }
        flush(prose, blocks);
        return blocks;
    }

    private static void flush(List<List<Span>> prose, List<Block> blocks) {
        if (!prose.isEmpty()) {
            blocks.add(new Paragraph(List.copyOf(prose)));
            prose.clear();
        }
    }

    static List<Span> spans(String line) {
        List<Span> spans = new ArrayList<>();
        int at = 0;
        while (at < line.length()) {
            int open = line.indexOf('`', at);
            int close = open < 0 ? -1 : line.indexOf('`', open + 1);
            if (close < 0) {
                spans.add(new Span(line.substring(at), false));
                break;
            }
            if (open > at) {
                spans.add(new Span(line.substring(at, open), false));
            }
            spans.add(new Span(line.substring(open + 1, close), true));
            at = close + 1;
        }
        return spans;
    }
}

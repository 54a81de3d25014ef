package papersetter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Wraps one line of code that is wider than its box, the way a careful editor would: at a token
 * boundary (after a space, a comma, a full stop or an opening bracket, or before an operator) where
 * there is one in the second half of the line, otherwise at the last character that fits. Each
 * continuation keeps the line's indentation and starts with {@link #MARK}.
 */
final class CodeWrap {
    /** U+21AA, in DejaVu Sans Mono: "this line goes on from the one above". */
    static final String MARK = "\u21AA ";
    private static final String BREAK_AFTER = " ,.([{;:";
    private static final String BREAK_BEFORE = "=+-*/%<>|&!";

    private CodeWrap() {
    }

    /** The line as printed lines, each no wider than {@code width} by {@code measure}. */
    static List<String> wrap(String line, ToDoubleFunction<String> measure, float width) {
        List<String> out = new ArrayList<>();
        if (measure.applyAsDouble(line) <= width) {
            out.add(line);
            return out;
        }
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        String prefix = line.substring(0, indent);
        // A deeply indented line keeps as much indentation as leaves room for half a line of code.
        while (!prefix.isEmpty() && measure.applyAsDouble(prefix + MARK) > width / 2) {
            prefix = prefix.substring(1);
        }
        String lead = "";
        String rest = line;
        int start = indent;
        while (true) {
            // Measured a character at a time (the face is monospaced), so a very long line costs
            // time in proportion to its length.
            double used = measure.applyAsDouble(lead + rest.substring(0, start));
            int fit = start;
            while (fit < rest.length()) {
                int after = next(rest, fit);
                double w = measure.applyAsDouble(rest.substring(fit, after));
                if (used + w > width) {
                    break;
                }
                used += w;
                fit = after;
            }
            if (fit >= rest.length()) {
                out.add(lead + rest);
                return out;
            }
            if (fit <= start) {
                fit = next(rest, start); // not even one character fits: print it anyway, never drop it
            }
            int cut = boundary(rest, start, fit);
            // A run of spaces at the cut stays at the end of the line, where it takes no room.
            while (cut < rest.length() - 1 && rest.charAt(cut) == ' ') {
                cut++;
            }
            out.add(lead + rest.substring(0, cut));
            lead = prefix + MARK;
            rest = rest.substring(cut);
            start = 0;
        }
    }

    /** The last token boundary in the second half of what fits, or where it stops fitting. */
    private static int boundary(String text, int start, int fit) {
        int least = start + Math.max(1, (fit - start) / 2);
        for (int at = fit; at > least; at--) {
            char before = text.charAt(at - 1);
            char after = at < text.length() ? text.charAt(at) : ' ';
            if (BREAK_AFTER.indexOf(before) >= 0 && after != ' ' && !Character.isLowSurrogate(after)
                    || BREAK_BEFORE.indexOf(after) >= 0 && BREAK_BEFORE.indexOf(before) < 0 && before != ' ') {
                return at;
            }
        }
        return fit;
    }

    /** The index after the code point at {@code at}. */
    private static int next(String text, int at) {
        return at + Character.charCount(text.codePointAt(at));
    }
}

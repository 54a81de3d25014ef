package papersetter.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML from Moodle (question texts, answers, feedback) as the bank's plain text: paragraphs and
 * line breaks become lines, {@code <code>} becomes {@code `code`}, {@code <pre>} a fenced code block,
 * entities their characters; every other tag goes, its text stays. The sources of {@code <img>}
 * tags are collected, so that the reader can find the picture they name.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "table", "blockquote", "hr", "dd", "dt");

    final String text;
    final List<String> pictures;
    /** Each picture's alternate text, in the order of {@link #pictures} ("" where it has none). */
    final List<String> alts;

    private HtmlText(String text, List<String> pictures, List<String> alts) {
        this.text = text;
        this.pictures = pictures;
        this.alts = alts;
    }

    /** The alternate text of the picture shown from {@code source}'s last part, or of the first with one. */
    String altOf(String fileName) {
        for (int i = 0; i < pictures.size(); i++) {
            String src = pictures.get(i);
            if (!fileName.isEmpty() && src.substring(src.lastIndexOf('/') + 1).equals(fileName)) {
                return alts.get(i);
            }
        }
        return alts.stream().filter(alt -> !alt.isBlank()).findFirst().orElse("");
    }

    static HtmlText of(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder();
        List<String> pictures = new ArrayList<>();
        List<String> alts = new ArrayList<>();
        walk(body, out, pictures, alts, false);
        return new HtmlText(tidy(out.toString()), List.copyOf(pictures), List.copyOf(alts));
    }

    /** Text that is already plain (Moodle's plain_text, markdown and auto formats). */
    static HtmlText asIs(String text) {
        return new HtmlText(text, List.of(), List.of());
    }

    static String plain(String html) {
        return of(html).text;
    }

    private static void walk(Node node, StringBuilder out, List<String> pictures, List<String> alts, boolean inCode) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                String words = text.getWholeText().replace('\u00A0', ' ');
                out.append(inCode ? words : words.replaceAll("[ \\t\\r\\n]+", " "));
            } else if (child instanceof Element element) {
                String tag = element.normalName().toLowerCase(Locale.ROOT);
                switch (tag) {
                    case "img" -> {
                        pictures.add(element.attr("src"));
                        alts.add(element.attr("alt").strip());
                    }
                    case "pre" -> {
                        String code = element.wholeText().replace('\u00A0', ' ');
                        out.append("\n```\n").append(code.strip().isEmpty() ? "" : stripBlankEnds(code)).append("\n```\n");
                    }
                    case "code", "tt", "kbd", "samp" -> {
                        if (inCode) {
                            walk(element, out, pictures, alts, true);
                        } else {
                            String code = element.wholeText().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
                            if (!code.isEmpty()) {
                                out.append('`').append(code).append('`');
                            }
                        }
                    }
                    case "script", "style" -> {
                        // not text a student reads
                    }
                    default -> {
                        boolean block = BLOCKS.contains(tag);
                        if (block) {
                            out.append('\n');
                        }
                        if (tag.equals("li")) {
                            out.append("- ");
                        }
                        walk(element, out, pictures, alts, inCode);
                        if (block && !tag.equals("br")) {
                            out.append('\n');
                        }
                    }
                }
            }
        }
    }

    private static String stripBlankEnds(String code) {
        String[] lines = code.split("\n", -1);
        int first = 0;
        int last = lines.length - 1;
        while (first < last && lines[first].isBlank()) {
            first++;
        }
        while (last > first && lines[last].isBlank()) {
            last--;
        }
        return String.join("\n", java.util.Arrays.asList(lines).subList(first, last + 1));
    }

    /** Spaces at the ends of prose lines and runs of blank lines go; code between fences is left alone. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        boolean blank = true;
        for (String line : text.split("\n", -1)) {
            if (line.strip().equals("```")) {
                // The bank writes a code block straight after its paragraph; a blank line between changes nothing printed.
                if (!inFence && blank && out.length() > 0 && out.charAt(out.length() - 1) == '\n'
                        && out.length() > 1 && out.charAt(out.length() - 2) == '\n') {
                    out.setLength(out.length() - 1);
                }
                inFence = !inFence;
                out.append("```\n");
                blank = !inFence; // after a block, the next paragraph needs no blank line either
                continue;
            }
            if (inFence) {
                out.append(line).append('\n');
                continue;
            }
            String prose = line.strip();
            if (prose.isEmpty()) {
                if (!blank) {
                    out.append('\n');
                }
                blank = true;
            } else {
                out.append(prose).append('\n');
                blank = false;
            }
        }
        return out.toString().strip();
    }
}

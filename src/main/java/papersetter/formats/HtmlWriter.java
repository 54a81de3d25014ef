package papersetter.formats;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import papersetter.model.Markup;

/**
 * Bank text as HTML for Moodle, built as elements with jsoup rather than pasted together:
 * paragraphs as {@code <p>}, line breaks as {@code <br>}, {@code `code`} as {@code <code>}, fenced
 * blocks as {@code <pre>}, formulas in the delimiters MathJax reads ({@code \( … \)},
 * {@code \[ … \]}). {@link HtmlText} reads it back to the same text.
 */
final class HtmlWriter {
    private HtmlWriter() {
    }

    static String html(String text, String pictureSource) {
        return html(text, pictureSource, "");
    }

    /** @param alt what the picture shows, for a screen reader (the bank's {@code alt}) */
    static String html(String text, String pictureSource, String alt) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        for (Markup.Block block : Markup.parse(text)) {
            if (block instanceof Markup.Code code) {
                body.appendElement("pre").text(code.text());
            } else if (block instanceof Markup.Display display) {
                body.appendElement("p").appendText("\\[" + display.latex() + "\\]");
            } else if (block instanceof Markup.Prose prose) {
                Element p = body.appendElement("p");
                List<List<Markup.Span>> lines = prose.lines();
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        p.appendElement("br");
                    }
                    for (Markup.Span span : lines.get(i)) {
                        if (span.code()) {
                            p.appendElement("code").text(span.text());
                        } else {
                            p.appendText(span.written());
                        }
                    }
                }
            }
        }
        if (pictureSource != null) {
            body.appendElement("p").appendElement("img").attr("src", pictureSource).attr("alt", alt);
        }
        return body.html();
    }
}

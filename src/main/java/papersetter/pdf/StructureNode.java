package papersetter.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * An element of a document's structure tree as drawn, before it becomes PDF objects: its tag and
 * its kids in reading order, each another element or a piece of one page's content (a marked-content
 * id on that page). Built while pages are drawn; not changed once the document is finished.
 */
final class StructureNode {
    /** A marked-content sequence: the {@code mcid}-th on page {@code page} of the document. */
    record Content(int page, int mcid) {
    }

    final Tag tag;
    /** Elements and {@link Content}, in reading order. */
    final List<Object> kids = new ArrayList<>();

    StructureNode(Tag tag) {
        this.tag = tag;
    }

    StructureNode child(Tag childTag) {
        StructureNode child = new StructureNode(childTag);
        kids.add(child);
        return child;
    }

    /** The page of this element's own first content (not its kids'), or -1 if it has none. */
    int firstContentPage() {
        for (Object kid : kids) {
            if (kid instanceof Content content) {
                return content.page();
            }
        }
        return -1;
    }
}

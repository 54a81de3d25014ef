package papersetter.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents' pages in one PDF, written as they are added: a run's print file, or (with one
 * document) a paper or key of its own. Each
 * document starts on an odd page (a blank page is added where needed), so that double-sided
 * printing never puts two students' papers on one sheet, and the run's fonts and pictures are
 * in it once.
 */
public final class PdfBook {
    private final PdfFile file;
    private final String title;
    private final byte[] id;
    private final int catalog;
    private final int pageTree;
    private final List<Integer> pages = new ArrayList<>();
    /** Fonts and pictures already written, by identity: each goes into the file once. */
    private final Map<Object, Integer> shared = new IdentityHashMap<>();
    private Pages last;

    /** @param id the file's /ID, so the same run always gives the same bytes */
    public PdfBook(OutputStream out, String title, byte[] id) {
        this.file = new PdfFile(out);
        this.title = title;
        this.id = id.clone();
        this.catalog = file.reserve();
        this.pageTree = file.reserve();
    }

    public void add(Pages document) {
        if (pages.size() % 2 == 1) {
            pages.add(last.writeBlankPage(file, pageTree));
        }
        pages.addAll(document.write(file, pageTree, shared));
        last = document;
    }

    public void finish() {
        PdfBytes kids = new PdfBytes(64 + 8 * pages.size()).ascii("<</Type /Pages /Kids [");
        for (int page : pages) {
            kids.number(page).ascii(" 0 R ");
        }
        file.object(pageTree, kids.ascii("] /Count ").number(pages.size()).ascii(">>"));
        file.object(catalog, new PdfBytes(64).ascii("<</Type /Catalog /Pages ").number(pageTree).ascii(" 0 R>>"));
        // The document information: a title, and no dates, so the same run gives the same bytes.
        int info = file.object(new PdfBytes(128).ascii("<</Title ").textString(title)
                .ascii(" /Creator (papersetter) /Producer (papersetter)>>"));
        file.finish(catalog, info, id);
    }
}

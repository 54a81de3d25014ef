package papersetter.render;

import com.lowagie.text.pdf.PdfPTable;

/**
 * One unit of a page plan: a table whose rows may only be split between pages after
 * {@code keepRows} rows. A heading sets {@code keepWithNext} so that it never ends a page.
 */
record Block(PdfPTable table, int keepRows, boolean keepWithNext) {

    static Block whole(PdfPTable table) {
        return new Block(table, Integer.MAX_VALUE, false);
    }
}

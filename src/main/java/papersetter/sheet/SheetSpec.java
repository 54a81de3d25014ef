package papersetter.sheet;

import java.util.List;
import papersetter.model.OptionLabels;

/**
 * What a set's answer sheet is planned from, all of it recorded in {@code manifest.json}, so a
 * scan reader plans the same sheet again.
 *
 * @param width the page's width in points
 * @param height the page's height in points
 * @param set the set letter
 * @param labels how the set's paper labels its options; the bubbles carry the same labels
 * @param rollDigits how many digits the roll-number grid has
 * @param student the student the sheet is printed for, or null for a sheet the student fills in
 * @param items the printed questions, in the paper's order
 */
public record SheetSpec(float width, float height, String set, OptionLabels labels, int rollDigits, Student student,
        List<Item> items) {

    public SheetSpec {
        items = List.copyOf(items);
    }

    /**
     * A printed question as the sheet needs it.
     *
     * @param number the paper's number for it
     * @param type the manifest's name of its type ({@code mcq}, {@code multi}, {@code truefalse}, {@code fill}, …)
     * @param options how many options it prints (mcq and multi); 0 for other types
     * @param marks its marks, as the manifest writes them ({@code 1}, {@code 1.5})
     */
    public record Item(int number, String type, int options, String marks) {
    }

    /** A student on a personalised sheet: printed on it, and the roll in its QR code. */
    public record Student(String roll, String name) {
    }
}

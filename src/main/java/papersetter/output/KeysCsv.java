package papersetter.output;

import java.util.List;
import papersetter.model.Key;
import papersetter.model.KeyEntry;
import papersetter.model.Marks;
import papersetter.model.OptionLabels;
import papersetter.model.Paper;

/**
 * Every set's answer key as one sheet for marking in a spreadsheet: one row per question with
 * its set, number, id, type, the answer as printed on that set's paper, and its marks. The rows
 * come from {@link Paper#key()}, the same key the PDF prints, so the two cannot disagree.
 */
public final class KeysCsv {
    public static final String FILE = "keys.csv";

    private KeysCsv() {
    }

    public static byte[] write(List<Paper> papers) {
        return write(papers, OptionLabels.UPPER);
    }

    /** @param labels how the papers label their options, as their keys name them */
    public static byte[] write(List<Paper> papers, OptionLabels labels) {
        SpreadsheetCsv csv = new SpreadsheetCsv("set", "number", "id", "type", "answer", "marks");
        for (Paper paper : papers) {
            Key key = paper.key(labels);
            for (KeyEntry entry : key.entries()) {
                csv.row(List.of(key.set(), Integer.toString(entry.number()), entry.question().id(),
                        entry.question().type().label(), entry.answerText(), Marks.format(entry.question().marks())));
            }
        }
        return csv.bytes();
    }
}

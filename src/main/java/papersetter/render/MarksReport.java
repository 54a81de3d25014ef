package papersetter.render;

import java.util.List;

/**
 * What {@code marks/report.pdf} shows, as marking worked it out: the class's numbers, every
 * student's score and every item's statistics. Numbers are given as they are to be printed, except
 * where a chart plots them.
 *
 * @param run the run folder's name, which the report's title and footer carry
 * @param title the paper's title, or empty
 * @param facts the class's numbers in the order they are listed ("Students", "30")
 * @param scores every student's score, for the histogram
 * @param outOf the most a student could score (the largest paper's total)
 * @param optionLetters how many option columns the item table has (the most options of any item)
 * @param items the items in bank order
 * @param students the class, in the order the list prints it
 * @param order how the class list is sorted, said above it ("by roll number")
 */
public record MarksReport(String run, String title, List<Fact> facts, double[] scores, double outOf,
        int optionLetters, List<Item> items, List<Student> students, String order) {

    public MarksReport {
        title = title == null ? "" : title;
        facts = List.copyOf(facts);
        scores = scores.clone();
        items = List.copyOf(items);
        students = List.copyOf(students);
    }

    /** One of the class's numbers, and a note on it (or empty). */
    public record Fact(String label, String value, String note) {
    }

    /**
     * One bank item's row.
     *
     * @param facility the share of its marks earned, 0 to 1; NaN when no student had it
     * @param discrimination the point-biserial, −1 to 1; NaN when it cannot be worked
     * @param upperLower NaN when it cannot be worked
     * @param shares the share choosing each option (bank letters), NaN-free; empty for a written item
     * @param key the bank options that are right (indexes), printed in bold among the shares
     */
    public record Item(String id, String type, int students, double facility, double discrimination,
            double upperLower, List<Double> shares, List<Integer> key, double blank, List<String> flags) {
        public Item {
            shares = List.copyOf(shares);
            key = List.copyOf(key);
            flags = List.copyOf(flags);
        }

        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    /** One student's row, its numbers as printed. */
    public record Student(String roll, String name, String set, String score, String percent) {
    }
}

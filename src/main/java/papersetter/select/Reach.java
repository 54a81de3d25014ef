package papersetter.select;

import java.util.List;
import java.util.OptionalInt;

/**
 * Which (number of items, marks) pairs some subset of the units reaches: the exact answer to "can
 * these candidates make 4 items worth 20 marks?", by the textbook subset-sum table.
 */
final class Reach {
    private final int maxCount;
    private final int maxMarks;
    private final boolean[][] can;

    private Reach(int maxCount, int maxMarks) {
        this.maxCount = maxCount;
        this.maxMarks = maxMarks;
        this.can = new boolean[maxCount + 1][maxMarks + 1];
    }

    static Reach of(List<Unit> units, int maxCount, long maxMarks) {
        Reach reach = new Reach(Math.max(0, maxCount), (int) Math.max(0, Math.min(maxMarks, 2_000_000L / (maxCount + 1))));
        reach.can[0][0] = true;
        for (Unit unit : units) {
            int size = unit.size();
            int marks = (int) Math.min(Integer.MAX_VALUE, unit.marks());
            for (int c = reach.maxCount - size; c >= 0; c--) {
                boolean[] from = reach.can[c];
                boolean[] to = reach.can[c + size];
                for (int m = reach.maxMarks - marks; m >= 0; m--) {
                    if (from[m]) {
                        to[m + marks] = true;
                    }
                }
            }
        }
        return reach;
    }

    boolean can(int count, long marks) {
        return count >= 0 && count <= maxCount && marks >= 0 && marks <= maxMarks && can[count][(int) marks];
    }

    /** The least number of items that make exactly {@code marks}. */
    OptionalInt countFor(long marks) {
        for (int c = 1; c <= maxCount; c++) {
            if (can(c, marks)) {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
    }

    /** Every total of marks that {@code count} items reach, as a table indexed by marks. */
    boolean[] marksFor(int count) {
        return count >= 0 && count <= maxCount ? can[count].clone() : new boolean[maxMarks + 1];
    }

    long least(int count) {
        for (int m = 0; m <= maxMarks; m++) {
            if (can(count, m)) {
                return m;
            }
        }
        return -1;
    }

    long most(int count) {
        for (int m = maxMarks; m >= 0; m--) {
            if (can(count, m)) {
                return m;
            }
        }
        return -1;
    }
}

package papersetter.model;

import java.math.BigDecimal;
import java.util.Collection;

/** Marks are kept exact (a bank may give 0.5) and printed without trailing zeros. */
public final class Marks {
    private Marks() {
    }

    public static String format(BigDecimal marks) {
        return marks.stripTrailingZeros().toPlainString();
    }

    /** "1 mark", "2 marks", "0.5 marks". */
    public static String withUnit(BigDecimal marks) {
        return format(marks) + (marks.compareTo(BigDecimal.ONE) == 0 ? " mark" : " marks");
    }

    public static BigDecimal sum(Collection<BigDecimal> all) {
        return all.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

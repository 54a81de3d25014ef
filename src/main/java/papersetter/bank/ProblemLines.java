package papersetter.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A list of problems as a person reads it: the first few of each kind, then how many more there
 * are (one systematic typo in a 100 000-row bank is one thing to fix, not 50 000 lines to scroll).
 * Two problems are of a kind when they are in the same file and column and say the same thing
 * apart from the values quoted in it, as jsoup's ParseErrorList keeps the first errors and counts
 * the rest.
 */
public final class ProblemLines {
    /** How many problems of one kind are shown before the rest are counted. */
    public static final int SHOWN_PER_KIND = 5;

    private ProblemLines() {
    }

    /** Each problem's line, with the problems beyond {@link #SHOWN_PER_KIND} of a kind counted instead. */
    public static List<String> capped(List<BankProblem> problems) {
        Map<Kind, Integer> total = new HashMap<>();
        for (BankProblem problem : problems) {
            total.merge(Kind.of(problem), 1, Integer::sum);
        }
        Map<Kind, Integer> seen = new HashMap<>();
        List<String> lines = new ArrayList<>();
        for (BankProblem problem : problems) {
            Kind kind = Kind.of(problem);
            int n = seen.merge(kind, 1, Integer::sum);
            if (n <= SHOWN_PER_KIND) {
                lines.add(problem.format());
            }
            int all = total.get(kind);
            if (n == SHOWN_PER_KIND && all > SHOWN_PER_KIND) {
                lines.add("… and " + String.format(Locale.ROOT, "%,d", all - SHOWN_PER_KIND) + " more like this in "
                        + problem.file() + (problem.column() == null ? "" : ", column '" + problem.column() + "'"));
            }
        }
        return lines;
    }

    /** Whether {@link #capped} leaves any problem out. */
    public static boolean capsAny(List<BankProblem> problems) {
        return capped(problems).size() < problems.size();
    }

    /** Every problem's line, for the full list written to a file. */
    public static List<String> all(List<BankProblem> problems) {
        return problems.stream().map(BankProblem::format).toList();
    }

    private record Kind(String file, String column, boolean warning, String message, String fix) {
        static Kind of(BankProblem problem) {
            return new Kind(problem.file().toString(), problem.column(), problem.warning(), shape(problem.message()),
                    shape(problem.fix()));
        }

        /** The text with what was quoted from the bank, paths and numbers taken out. */
        private static String shape(String text) {
            if (text == null) {
                return "";
            }
            return Objects.requireNonNull(text).replaceAll("'[^']*'", "'…'").replaceAll("\\S*[/\\\\]\\S*", "…")
                    .replaceAll("\\d+", "#");
        }
    }
}

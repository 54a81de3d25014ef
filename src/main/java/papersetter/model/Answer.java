package papersetter.model;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** What counts as right for a question, in the bank's own terms (option indexes in bank order). */
public sealed interface Answer {

    /** mcq and multi: the indexes (0 = option A in the bank) of the right options. */
    record Choice(SortedSet<Integer> correct) implements Answer {
        public Choice {
            if (correct.isEmpty()) {
                throw new IllegalArgumentException("a choice needs at least one right option");
            }
            correct = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(correct));
        }

        public static Choice of(Integer... indexes) {
            return new Choice(new TreeSet<>(List.of(indexes)));
        }
    }

    record TrueFalse(boolean value) implements Answer {
    }

    /** fill: for each blank in order, the answers accepted for it (the first is the one printed first). */
    record Blanks(List<List<String>> accepted) implements Answer {
        public Blanks {
            accepted = accepted.stream().map(List::copyOf).toList();
        }
    }

    /**
     * numeric: the numbers accepted, as {@link NumericAnswers} reads the bank's answer ({@code 9.81 ±0.05},
     * {@code 9.76..9.86}, {@code 9.81 (3 s.f.)}), and the unit printed beside the answer box ("" for none).
     */
    record Numeric(NumericAnswers.Accepted accepted, String unit) implements Answer {
        public Numeric {
            java.util.Objects.requireNonNull(accepted, "accepted");
            unit = unit == null ? "" : unit.strip();
        }

        /** The answer as the bank writes it, unit aside: {@code 9.81 ±0.05}. */
        public String written() {
            return accepted.written();
        }

        /** What a key prints: the answer, the unit and the numbers accepted ({@code 9.81 ±0.05 · accept 9.76 to 9.86 m/s²}). */
        public String keyText() {
            return accepted.keyText(unit);
        }

        public boolean accepts(java.math.BigDecimal given) {
            return accepted.accepts(given);
        }
    }

    /** short and long: the model answer a marker reads. */
    record Model(String text) implements Answer {
    }
}

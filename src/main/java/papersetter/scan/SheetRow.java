package papersetter.scan;

import java.util.List;

/**
 * A row of spots that together give one answer: a question's bubbles or marker boxes, or one digit
 * of the roll number.
 *
 * @param key what the answer goes into: the printed question number, or "roll 3" for a digit
 * @param labels what each spot gives when marked, in the typed-responses format: a letter by the
 *     option's place (A, B, …), T/F, the marks (0.5), a digit
 * @param printed what is printed in or beside each spot (a, ii, ½): how the sheet looks
 */
record SheetRow(String key, Kind kind, List<String> labels, List<String> printed, List<Spot> spots) {
    SheetRow(String key, Kind kind, List<String> labels, List<Spot> spots) {
        this(key, kind, labels, labels, spots);
    }

    enum Kind {
        /** One mark at most: mcq, truefalse, a digit of the roll number. */
        ONE,
        /** Any number of marks: multi. */
        ANY,
        /** One ticked or filled box at most: the marks a marker gave a written answer. */
        BOX
    }

    SheetRow {
        labels = List.copyOf(labels);
        printed = List.copyOf(printed);
        spots = List.copyOf(spots);
        if (labels.size() != spots.size() || printed.size() != spots.size() || spots.isEmpty()) {
            throw new IllegalArgumentException(key + ": " + labels.size() + " labels for " + spots.size() + " spots");
        }
    }
}

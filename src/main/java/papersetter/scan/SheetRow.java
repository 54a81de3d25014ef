package papersetter.scan;

import java.util.List;

/**
 * A row of spots that together give one answer: a question's bubbles or marker boxes, or one digit
 * of the roll number.
 *
 * @param key what the answer goes into: the printed question number, or "roll 3" for a digit
 * @param labels what each spot means when marked: a letter as printed, T/F, a mark (½), a digit
 */
record SheetRow(String key, Kind kind, List<String> labels, List<Spot> spots) {
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
        spots = List.copyOf(spots);
        if (labels.size() != spots.size() || spots.isEmpty()) {
            throw new IllegalArgumentException(key + ": " + labels.size() + " labels for " + spots.size() + " spots");
        }
    }
}

package papersetter.select;

import java.util.List;
import papersetter.model.Question;

/**
 * One section of one set as drawn: its items in bank order, each unit being one item or a group's
 * items in order. The set maker decides the printed order.
 *
 * @param byType print these items in sections by type instead of under one heading
 */
public record DrawnSection(String heading, String instructions, boolean shuffle, boolean byType,
        List<List<Question>> units) {
    public DrawnSection {
        units = units.stream().map(List::copyOf).toList();
    }

    public List<Question> questions() {
        return units.stream().flatMap(List::stream).toList();
    }
}

package papersetter.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The marker's view of one paper item.
 *
 * @param labels how the paper labels its options, so the key names them alike
 */
public record KeyEntry(PaperItem item, OptionLabels labels) {

    public KeyEntry(PaperItem item) {
        this(item, OptionLabels.UPPER);
    }

    public int number() {
        return item.number();
    }

    public Question question() {
        return item.question();
    }

    /**
     * The answer as a marker checks it on this paper: printed letters, True/False, blanks, the numbers
     * accepted or the model answer.
     */
    public String answerText() {
        Answer answer = item.question().answer();
        if (answer instanceof Answer.Choice) {
            return String.join(", ", item.correctNames(labels));
        } else if (answer instanceof Answer.TrueFalse tf) {
            return tf.value() ? "True" : "False";
        } else if (answer instanceof Answer.Blanks blanks) {
            List<List<String>> accepted = blanks.accepted();
            if (accepted.size() == 1) {
                return String.join(" / ", accepted.get(0));
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < accepted.size(); i++) {
                if (i > 0) {
                    text.append("; ");
                }
                text.append('(').append(i + 1).append(") ").append(String.join(" / ", accepted.get(i)));
            }
            return text.toString();
        } else if (answer instanceof Answer.Numeric numeric) {
            return numeric.keyText();
        } else if (answer instanceof Answer.Model model) {
            return model.text();
        }
        throw new IllegalStateException("unknown answer kind " + answer);
    }

    /** For choice items, the right options' labels as printed ("(b)"), in printed order. */
    public List<String> correctLabels() {
        return item.correctPositions().stream().map(labels::printed).toList();
    }

    /** For choice items, the right options' printed text, so a marker can check the letter at a glance. */
    public List<String> correctOptionTexts() {
        List<String> printed = item.printedOptions();
        return item.correctPositions().stream().map(printed::get).collect(Collectors.toList());
    }
}

package papersetter.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;
import papersetter.model.Answer;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;

/**
 * One set's questions as drawn, for {@code generate --export}: in printed order, each choice
 * item's options in its printed order and its answer following them, and shuffling turned off so
 * that the online quiz shows what the paper prints. The run's engine calls it at one point.
 */
public final class SetExport {
    /** The formats a run can export its sets to. */
    public static final List<Format> FORMATS = List.of(Format.MOODLE_XML, Format.GIFT, Format.QTI);

    public record Export(String fileName, byte[] bytes, List<String> losses) {
    }

    private SetExport() {
    }

    public static Export write(Paper paper, Format format, String title) {
        List<Question> drawn = paper.items().stream().map(SetExport::asPrinted).toList();
        Losses losses = new Losses(format.title());
        PictureCopies pictures = new PictureCopies(drawn);
        String stem = "set-" + paper.set();
        try {
            return switch (format) {
                case MOODLE_XML -> new Export(stem + "-moodle.xml", MoodleXmlWriter.write(drawn, pictures.names, losses),
                        losses.lines());
                case GIFT -> new Export(stem + ".gift", GiftWriter.write(drawn, losses)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), losses.lines());
                case QTI -> new Export(stem + "-qti.zip", QtiWriter.write(drawn, pictures.names,
                        title + " — set " + paper.set(), losses), losses.lines());
                default -> throw new IllegalArgumentException(format + " is not an export of a run");
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written in memory; only a picture that vanished mid-run fails
        }
    }

    /** A question as it stands on the paper: options in printed order, the answer pointing at them. */
    static Question asPrinted(PaperItem item) {
        Question q = item.question();
        if (!(q.answer() instanceof Answer.Choice choice)) {
            return q;
        }
        List<String> options = item.printedOptions();
        TreeSet<Integer> correct = new TreeSet<>();
        for (int printed = 0; printed < item.optionOrder().size(); printed++) {
            if (choice.correct().contains(item.optionOrder().get(printed))) {
                correct.add(printed);
            }
        }
        return new Question(q.id(), q.level(), q.topic(), q.type(), q.text(), options, new Answer.Choice(correct),
                q.marks(), q.explanation(), q.difficulty(), q.tags(), false, q.lines(), q.image(), q.source(), q.group());
    }
}

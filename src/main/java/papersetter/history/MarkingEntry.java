package papersetter.history;

import java.util.List;

/**
 * A marking of a run, as the record of runs keeps it: the class's scores, every answer and each
 * item's statistics. Numbers that could not be worked (one student) are null.
 *
 * @param run the run folder's name in the output folder
 */
public record MarkingEntry(String run, String time, String responses, int students, double mean, double median,
        Double sd, Double kr20, List<Score> scores, List<Response> responseRows, List<ItemRow> items) {

    public MarkingEntry {
        scores = List.copyOf(scores);
        responseRows = List.copyOf(responseRows);
        items = List.copyOf(items);
    }

    public record Score(String roll, String name, String set, String score, String outOf) {
    }

    /** One student's answer to one item: {@code response} in bank letters for options. */
    public record Response(String roll, String question, String set, int number, String response, String marks) {
    }

    public record ItemRow(String question, int students, double facility, Double pointBiserial, Double upperLower,
            String flags) {
    }

    /** How an item did in one marking, as {@code history --item} lists it. */
    public record ItemHistory(String run, String time, int students, double facility, Double pointBiserial,
            Double upperLower, String flags) {
    }
}

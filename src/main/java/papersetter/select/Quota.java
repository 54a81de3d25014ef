package papersetter.select;

import java.util.List;
import java.util.Locale;

/**
 * How many items of a section may come from each topic: "at least 2 from each of orm, views, urls",
 * "at most 1 per topic".
 *
 * @param topics the topics it counts, each on its own; empty means every topic (only with at most)
 * @param atMost {@link Integer#MAX_VALUE} when there is no upper bound
 */
public record Quota(List<String> topics, int atLeast, int atMost, int line) {
    public Quota {
        topics = topics.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
    }

    boolean everyTopic() {
        return topics.isEmpty();
    }

    String describe() {
        String bound;
        if (atLeast == atMost) {
            bound = "exactly " + atLeast;
        } else if (atMost == Integer.MAX_VALUE) {
            bound = "at least " + atLeast;
        } else if (atLeast == 0) {
            bound = "at most " + atMost;
        } else {
            bound = atLeast + " to " + atMost;
        }
        return bound + (everyTopic() ? " per topic" : topics.size() == 1 ? " on " + topics.get(0)
                : " from each of " + String.join(", ", topics));
    }
}

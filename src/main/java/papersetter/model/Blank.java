package papersetter.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a blank is, for the bank's checks and the printed paper alike: a run of three or more
 * underscores, wherever it stands in a question (prose, `inline code` or a fenced code block).
 * Both count with this one definition, so the key never lists an answer for a blank the paper
 * does not show.
 */
public final class Blank {
    /** A blank to write in. */
    public static final Pattern BLANK = Pattern.compile("_{3,}");

    private Blank() {
    }

    /** How many blanks the text holds. */
    public static int count(String text) {
        Matcher matcher = BLANK.matcher(text);
        int blanks = 0;
        while (matcher.find()) {
            blanks++;
        }
        return blanks;
    }
}

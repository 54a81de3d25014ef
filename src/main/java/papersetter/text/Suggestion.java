package papersetter.text;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" for a word a trainer mistyped: the nearest known word, if it is near enough to be a slip. */
public final class Suggestion {
    private Suggestion() {
    }

    public static Optional<String> nearest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(typed, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A third of the word is about where a slip ends and a different word begins.
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        // "correct_answer", "question text": a known word inside a longer label.
        return known.stream()
                .filter(candidate -> candidate.length() >= 4 && typed.contains(candidate))
                .max((a, b) -> Integer.compare(a.length(), b.length()));
    }

    /** Edit distance counting a swap of neighbours as one slip ("awnser"), as typists make them. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

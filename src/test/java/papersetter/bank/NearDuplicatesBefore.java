package papersetter.bank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import papersetter.model.Answer;
import papersetter.model.Question;

/**
 * NearDuplicates as it was before its words were read question by question and in one pass
 * (commit 6f01579), kept word for word so that {@link NearDuplicatesSameAsBeforeProperties} can show
 * the faster one finds exactly the same pairs. Not for use outside that test.
 */
final class NearDuplicatesBefore {
    static final double ALIKE = 0.28;
    /** A word in more items than this is too common to find candidates by (their score still counts it). */
    private static final int COMMON = 200;
    /** How many of an item's rarest words it looks for partners through. */
    private static final int PROBES = 6;
    private static final Set<String> STOP = Set.of(("the a an and or of to in on for is are be by with as at it its this"
            + " that what which when how why does do from not your you can will should would into than then there their"
            + " they them each any all one two use used using true false").split(" "));

    record Pair(Question first, Question second, double score) {
    }

    private NearDuplicatesBefore() {
    }

    /** The alike pairs, likeliest first; pairs already sharing a fact label or a group are left out. */
    static List<Pair> find(List<Question> questions) {
        int n = questions.size();
        Words ids = new Words();
        int[][] docs = new int[n][];
        int[] counts = new int[1024];
        int[] seenIn = new int[1024];
        int[] doc = new int[256];
        List<String> texts = new ArrayList<>();
        char[] chars = new char[1024];
        for (int i = 0; i < n; i++) {
            Question q = questions.get(i);
            int size = 0;
            texts.clear();
            texts.add(q.text());
            answerTexts(q, texts);
            for (String text : texts) {
                // Word by word over a copy of the characters (one bulk copy, lower-cased in place):
                // only a word not seen before becomes a String. Text outside ASCII is lower-cased
                // whole first, as toLowerCase treats a few letters apart.
                int length = text.length();
                if (chars.length < length) {
                    chars = new char[Math.max(length, 2 * chars.length)];
                }
                text.getChars(0, length, chars, 0);
                if (!ascii(chars, length)) {
                    String lower = text.toLowerCase(Locale.ROOT);
                    length = lower.length();
                    if (chars.length < length) {
                        chars = new char[Math.max(length, 2 * chars.length)];
                    }
                    lower.getChars(0, length, chars, 0);
                }
                int start = -1;
                for (int c = 0; c <= length; c++) {
                    boolean letter = false;
                    if (c < length) {
                        char ch = chars[c];
                        if (ch >= 'A' && ch <= 'Z') {
                            ch += 'a' - 'A';
                            chars[c] = ch;
                        }
                        letter = isWordChar(ch);
                    }
                    if (letter && start < 0) {
                        start = c;
                    } else if (!letter && start >= 0) {
                        // Added with formulas: a word after a backslash is a formula's command, not a telling word.
                        if (c - start >= 3 && (start == 0 || chars[start - 1] != '\\')) {
                            int id = ids.idOf(chars, start, c);
                            if (id >= 0) {
                                if (id >= counts.length) {
                                    counts = Arrays.copyOf(counts, counts.length * 2);
                                    seenIn = Arrays.copyOf(seenIn, seenIn.length * 2);
                                }
                                if (seenIn[id] != i + 1) { // each word once per item
                                    seenIn[id] = i + 1;
                                    counts[id]++;
                                    if (size == doc.length) {
                                        doc = Arrays.copyOf(doc, size * 2);
                                    }
                                    doc[size++] = id;
                                }
                            }
                        }
                        start = -1;
                    }
                }
            }
            docs[i] = Arrays.copyOf(doc, size);
            Arrays.sort(docs[i]);
        }
        int[] df = Arrays.copyOf(counts, ids.size());
        double[] weight = new double[df.length];
        for (int w = 0; w < df.length; w++) {
            weight[w] = Math.log((double) n / df[w]);
        }
        // Each item looks for partners through its few rarest words: two items that share most of
        // their telling words share one of those, and a rare word has few holders to look through.
        // The holders of word w are held[first[w]] to held[first[w + 1]] (in item order), for the
        // words worth looking through: one array instead of a list of boxed numbers per word.
        int[] first = new int[df.length + 1];
        for (int w = 0; w < df.length; w++) {
            first[w + 1] = first[w] + (df[w] > 1 && df[w] <= COMMON ? df[w] : 0);
        }
        int[] held = new int[first[df.length]];
        int[] filled = Arrays.copyOf(first, df.length);
        for (int i = 0; i < n; i++) {
            for (int w : docs[i]) {
                if (df[w] > 1 && df[w] <= COMMON) {
                    held[filled[w]++] = i;
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int[] hits = new int[n];
        int[] touched = new int[n];
        int touchedCount = 0;
        for (int i = 0; i < n; i++) {
            int[] probes = rarest(docs[i], df);
            for (int w : probes) {
                for (int h = first[w]; h < first[w + 1]; h++) {
                    int j = held[h];
                    if (j > i && hits[j]++ == 0) {
                        touched[touchedCount++] = j;
                    }
                }
            }
            // Items alike share several rare words; one shared word alone is usually chance.
            int needed = Math.min(2, probes.length);
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                if (hits[j] >= needed) {
                    double score = score(docs[i], docs[j], weight);
                    if (score >= ALIKE && !linked(questions.get(i), questions.get(j))) {
                        pairs.add(new Pair(questions.get(i), questions.get(j), score));
                    }
                }
                hits[j] = 0;
            }
            touchedCount = 0;
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        return pairs;
    }

    /** Up to {@link #PROBES} of the item's words that more than one item holds, rarest first. */
    private static int[] rarest(int[] doc, int[] df) {
        int[] best = new int[PROBES];
        int size = 0;
        for (int w : doc) {
            if (df[w] < 2 || df[w] > COMMON) {
                continue;
            }
            if (size == PROBES) {
                if (df[w] >= df[best[PROBES - 1]]) {
                    continue;
                }
                size--; // the commonest kept makes room
            }
            int k = size++;
            while (k > 0 && df[best[k - 1]] > df[w]) {
                best[k] = best[k - 1];
                k--;
            }
            best[k] = w;
        }
        return Arrays.copyOf(best, size);
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
                || c > 0x7F && Character.isLetterOrDigit(c); // lower-cased already: no A–Z
    }

    private static boolean linked(Question a, Question b) {
        if (!a.group().isEmpty() && a.group().equalsIgnoreCase(b.group())) {
            return true;
        }
        // A repeated question is already reported as such, and already counts as one.
        return !Collections.disjoint(a.facts(), b.facts()) || ComparableText.same(a.text(), b.text());
    }

    /** The weight of the words two items share over the weight of all their words; both arrays sorted. */
    private static double score(int[] a, int[] b, double[] weight) {
        double shared = 0;
        double all = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || i < a.length && a[i] < b[j]) {
                all += weight[a[i++]];
            } else if (i == a.length || b[j] < a[i]) {
                all += weight[b[j++]];
            } else {
                shared += weight[a[i]];
                all += weight[a[i]];
                i++;
                j++;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    /**
     * The right answer in words: the right options' texts, the blanks' words or the model answer,
     * each apart (words never run from one into the next).
     */
    private static void answerTexts(Question q, List<String> texts) {
        Answer answer = q.answer();
        if (answer instanceof Answer.Choice choice) {
            choice.correct().forEach(i -> texts.add(q.options().get(i)));
        } else if (answer instanceof Answer.Blanks blanks) {
            blanks.accepted().forEach(texts::addAll);
        } else if (answer instanceof Answer.Model model) {
            texts.add(model.text());
        }
    }

    private static boolean ascii(char[] text, int length) {
        for (int i = 0; i < length; i++) {
            if (text[i] > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each distinct word's number, in the order first seen; stop words have none (-1). Looked up by
     * the characters of a text, lower-cased already, so that a word already known costs no copy.
     */
    private static final class Words {
        private char[][] words = new char[1 << 12][];
        private int[] hashes = new int[1 << 12];
        private int[] numbers = new int[1 << 12];
        private int size;
        /** Slots in use, stop words included. */
        private int occupied;

        int idOf(char[] text, int start, int end) {
            int hash = 0;
            for (int c = start; c < end; c++) {
                hash = 31 * hash + text[c];
            }
            int mask = words.length - 1;
            int slot = mix(hash) & mask;
            while (words[slot] != null) {
                if (hashes[slot] == hash && Arrays.equals(words[slot], 0, words[slot].length, text, start, end)) {
                    return numbers[slot];
                }
                slot = (slot + 1) & mask;
            }
            char[] word = Arrays.copyOfRange(text, start, end);
            int number = STOP.contains(new String(word)) ? -1 : size++;
            words[slot] = word;
            hashes[slot] = hash;
            numbers[slot] = number;
            if (++occupied * 2 > words.length) {
                grow();
            }
            return number;
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16) * 0x45d9f3b;
        }

        private void grow() {
            char[][] oldWords = words;
            int[] oldHashes = hashes;
            int[] oldNumbers = numbers;
            words = new char[oldWords.length * 2][];
            hashes = new int[oldWords.length * 2];
            numbers = new int[oldWords.length * 2];
            int mask = words.length - 1;
            for (int s = 0; s < oldWords.length; s++) {
                if (oldWords[s] != null) {
                    int slot = mix(oldHashes[s]) & mask;
                    while (words[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    words[slot] = oldWords[s];
                    hashes[slot] = oldHashes[s];
                    numbers[slot] = oldNumbers[s];
                }
            }
        }

        int size() {
            return size;
        }
    }
}

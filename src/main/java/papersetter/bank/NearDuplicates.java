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
 * Items that probably test the same fact in other words: their questions and right answers share
 * most of their telling words. Words are weighed by how rare they are in the bank (a word every
 * item uses says nothing), and two items are alike when the weight of the words they share is at
 * least {@link #ALIKE} of the weight of all their words (a weighted Jaccard index). It is a
 * reviewer's hint, not a rule: `validate` lists the likeliest pairs, the trainer decides, and marks
 * a real pair with a shared {@code fact} label, after which it is no longer listed.
 */
final class NearDuplicates {
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

    /** For each ASCII character: itself lower-cased when it may be part of a word, else 0. */
    private static final char[] ASCII_WORD = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 'a' - 'A') : c;
            ASCII_WORD[c] = isWordChar(lower) ? lower : 0;
        }
    }

    /** How many items were added. */
    private int items;
    private final Words ids = new Words();
    /** Each item's words, by number, sorted. */
    private int[][] docs = new int[1024][];
    /** How many items hold each word. */
    private int[] counts = new int[1024];
    /** The last item (plus one) that each word was counted for. */
    private int[] seenIn = new int[1024];
    /** The words of the item being added so far: doc[0] to doc[size]. */
    private int[] doc = new int[256];
    private int size;
    /** The characters of the text being read, lower-cased as they are read. */
    private char[] chars = new char[1024];

    /** The alike pairs, likeliest first; pairs already sharing a fact label or a group are left out. */
    static List<Pair> find(List<Question> questions) {
        NearDuplicates finder = new NearDuplicates();
        questions.forEach(finder::add);
        return finder.pairs(questions);
    }

    /**
     * Takes in the next item's words: the part of the work that needs only the item itself, so it
     * can be done as the bank is read.
     */
    void add(Question q) {
        int i = items++;
        size = 0;
        words(q.text(), i);
        Answer answer = q.answer();
        if (answer instanceof Answer.Choice choice) {
            // The right options in their order, looked up rather than walked: no iterator for each item.
            for (int o = 0; o < q.options().size(); o++) {
                if (choice.correct().contains(o)) {
                    words(q.options().get(o), i);
                }
            }
        } else if (answer instanceof Answer.Blanks blanks) {
            blanks.accepted().forEach(words -> words.forEach(word -> words(word, i)));
        } else if (answer instanceof Answer.Model model) {
            words(model.text(), i);
        }
        if (i == docs.length) {
            docs = Arrays.copyOf(docs, 2 * i);
        }
        int[] words = Arrays.copyOf(doc, size);
        Arrays.sort(words);
        docs[i] = words;
    }

    /**
     * Adds the words of one text of item i (the question, or one text of its right answer: words
     * never run from one into the next). Words are read over a copy of the characters, lower-cased
     * as they are read, and only a word not seen before becomes a String. Text outside ASCII is
     * lower-cased whole first, as toLowerCase treats a few letters apart.
     */
    private void words(String text, int i) {
        int length = text.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        text.getChars(0, length, chars, 0);
        if (!asciiWords(length, i)) {
            String lower = text.toLowerCase(Locale.ROOT);
            length = lower.length();
            if (chars.length < length) {
                chars = new char[Math.max(length, 2 * chars.length)];
            }
            lower.getChars(0, length, chars, 0);
            anyWords(length, i);
        }
    }

    /**
     * The words of an ASCII text, or false at its first other character. The words before that
     * one were taken already, and are taken again (as the same words) from the lower-cased text.
     */
    private boolean asciiWords(int length, int i) {
        char[] text = chars;
        int start = -1;
        int hash = 0;
        for (int c = 0; c < length; c++) {
            char ch = text[c];
            if (ch >= 0x80) {
                return false;
            }
            char lower = ASCII_WORD[ch];
            if (lower != 0) {
                text[c] = lower;
                if (start < 0) {
                    start = c;
                    hash = 0;
                }
                hash = 31 * hash + lower;
            } else if (start >= 0) {
                word(start, c, hash, i);
                start = -1;
            }
        }
        if (start >= 0) {
            word(start, length, hash, i);
        }
        return true;
    }

    /** The words of a text lower-cased whole (A–Z aside, which are lower-cased here). */
    private void anyWords(int length, int i) {
        char[] text = chars;
        int start = -1;
        int hash = 0;
        for (int c = 0; c < length; c++) {
            char ch = text[c];
            if (ch >= 'A' && ch <= 'Z') {
                ch += 'a' - 'A';
                text[c] = ch;
            }
            if (isWordChar(ch)) {
                if (start < 0) {
                    start = c;
                    hash = 0;
                }
                hash = 31 * hash + ch;
            } else if (start >= 0) {
                word(start, c, hash, i);
                start = -1;
            }
        }
        if (start >= 0) {
            word(start, length, hash, i);
        }
    }

    /**
     * A word of item i: counted once for the item, if it is long enough and not a stop word. A word
     * right after a backslash is a formula's command (\\frac, \\begin, \\pmatrix): every formula of a
     * kind shares them, so they tell nothing about the fact an item tests.
     */
    private void word(int start, int end, int hash, int i) {
        if (end - start < 3 || start > 0 && chars[start - 1] == '\\') {
            return;
        }
        int id = ids.idOf(chars, start, end, hash);
        if (id < 0) {
            return;
        }
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

    /** How many items were added. */
    int size() {
        return items;
    }

    /**
     * The alike pairs among the items added, likeliest first; pairs already sharing a fact label or a
     * group are left out.
     *
     * @param questions the items added, in the order added
     */
    List<Pair> pairs(List<Question> questions) {
        if (questions.size() != items) {
            throw new IllegalArgumentException(questions.size() + " questions, but " + items + " were added");
        }
        int n = items;
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
        int[] probes = new int[PROBES];
        for (int i = 0; i < n; i++) {
            int probeCount = rarest(docs[i], df, probes);
            for (int p = 0; p < probeCount; p++) {
                int w = probes[p];
                for (int h = first[w]; h < first[w + 1]; h++) {
                    int j = held[h];
                    if (j > i && hits[j]++ == 0) {
                        touched[touchedCount++] = j;
                    }
                }
            }
            // Items alike share several rare words; one shared word alone is usually chance.
            int needed = Math.min(2, probeCount);
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

    /** Up to {@link #PROBES} of the item's words that more than one item holds, rarest first, into best; how many. */
    private static int rarest(int[] doc, int[] df, int[] best) {
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
        return size;
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
     * Each distinct word's number, in the order first seen; stop words have none (-1). Looked up by
     * the characters of a text, lower-cased already, so that a word already known costs no copy; the
     * words' characters are kept one after another in one array, not an array each, so that a bank
     * of 100 000 questions with as many words of their own makes no object per word.
     */
    private static final class Words {
        /** Word k (stop words included) is pool[starts[k]] to pool[starts[k + 1]]. */
        private char[] pool = new char[1 << 14];
        private int[] starts = new int[1 << 10];
        /** How many words are kept, stop words included. */
        private int kept;
        /** Open addressing, never more than half full: 1 + a word's k (0 for an empty slot), and its hash. */
        private int[] slots = new int[1 << 12];
        private int[] hashes = new int[1 << 12];
        /** How many words have a number. */
        private int size;

        Words() {
            // The stop words first: word k from STOP.size() on is the bank's own, number k - STOP.size().
            for (String stop : STOP) {
                char[] word = stop.toCharArray();
                add(word, 0, word.length, stop.hashCode());
            }
        }

        /** @param hash the word's characters' hash, as {@link String#hashCode} has it */
        int idOf(char[] text, int start, int end, int hash) {
            int mask = slots.length - 1;
            for (int slot = mix(hash) & mask, k; (k = slots[slot]) != 0; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && Arrays.equals(pool, starts[k - 1], starts[k], text, start, end)) {
                    return k - 1 < STOP.size() ? -1 : k - 1 - STOP.size();
                }
            }
            add(text, start, end, hash);
            return size++;
        }

        private void add(char[] text, int start, int end, int hash) {
            int length = end - start;
            if (kept + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            int from = starts[kept];
            if (from + length > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, from + length));
            }
            System.arraycopy(text, start, pool, from, length);
            starts[kept + 1] = from + length;
            kept++;
            if (kept * 2 > slots.length) {
                grow();
            }
            place(kept, hash);
        }

        private void place(int k, int hash) {
            int mask = slots.length - 1;
            int slot = mix(hash) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = k;
            hashes[slot] = hash;
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16) * 0x45d9f3b;
        }

        private void grow() {
            int[] oldSlots = slots;
            int[] oldHashes = hashes;
            slots = new int[oldSlots.length * 2];
            hashes = new int[oldSlots.length * 2];
            for (int s = 0; s < oldSlots.length; s++) {
                if (oldSlots[s] != 0) {
                    place(oldSlots[s], oldHashes[s]);
                }
            }
        }

        int size() {
            return size;
        }
    }
}

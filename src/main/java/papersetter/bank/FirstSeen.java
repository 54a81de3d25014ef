package papersetter.bank;

import java.util.Arrays;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;

/**
 * The texts seen so far, in order, each found again by a later text that is alike: ids alike
 * without regard to case, questions without regard to case and spacing. It is a table of indexes
 * rather than a HashMap because a bank of a hundred thousand questions needs two of them, and
 * their entries and lower-cased key copies were a fifth of what the garbage collector had to copy
 * while the bank loaded.
 */
final class FirstSeen {
    private final ToIntFunction<String> hash;
    private final BiPredicate<String, String> alike;
    private String[] texts = new String[64];
    /**
     * Open addressing with linear probing, never more than half full: slot k is entries[2k], 1 + an
     * index into texts (0 for an empty slot), and entries[2k + 1], that text's hash, so that a probe
     * reads one place in memory.
     */
    private int[] entries = new int[2 * 128];
    private int shift = 32 - 7; // there are 1 << (32 - shift) slots
    private int size;

    /**
     * @param hash the same for any two texts that are alike
     * @param alike whether two texts are alike
     */
    FirstSeen(ToIntFunction<String> hash, BiPredicate<String, String> alike) {
        this.hash = hash;
        this.alike = alike;
    }

    /** The index of the first text seen that is alike {@code text}; or -1, after remembering it as the next index. */
    int firstOrAdd(String text) {
        int h = hash.applyAsInt(text);
        int slot = slotOf(h);
        for (int entry; (entry = entries[2 * slot]) != 0; slot = next(slot)) {
            if (entries[2 * slot + 1] == h && alike.test(texts[entry - 1], text)) {
                return entry - 1;
            }
        }
        if (size == texts.length) {
            texts = Arrays.copyOf(texts, size * 2);
        }
        texts[size] = text;
        entries[2 * slot] = ++size;
        entries[2 * slot + 1] = h;
        if (size * 4 > entries.length) {
            grow();
        }
        return -1;
    }

    int size() {
        return size;
    }

    /** Fibonacci hashing: the top bits of the hash times 2^32 / φ, so that hashes close together spread out. */
    private int slotOf(int h) {
        return h * 0x9E3779B9 >>> shift;
    }

    private int next(int slot) {
        return (slot + 1) & (entries.length / 2 - 1);
    }

    private void grow() {
        int[] old = entries;
        entries = new int[old.length * 2];
        shift--;
        for (int k = 0; k < old.length; k += 2) {
            if (old[k] != 0) {
                int slot = slotOf(old[k + 1]);
                while (entries[2 * slot] != 0) {
                    slot = next(slot);
                }
                entries[2 * slot] = old[k];
                entries[2 * slot + 1] = old[k + 1];
            }
        }
    }
}

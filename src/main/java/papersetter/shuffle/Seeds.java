package papersetter.shuffle;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Every random choice of a run flows from its one seed. Each use (selection, set B's order, …)
 * gets its own stream derived from the seed and a name, so adding a use does not disturb the
 * others, and the streams are the same on every JVM ({@link java.util.Random} is specified).
 */
public final class Seeds {
    private Seeds() {
    }

    public static Random stream(long seed, String purpose) {
        return new Random(derive(seed, purpose));
    }

    public static long derive(long seed, String purpose) {
        long h = seed;
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xff));
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser: spreads nearby seeds far apart. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

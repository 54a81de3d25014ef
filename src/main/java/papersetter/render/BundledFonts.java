package papersetter.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts inside papersetter's jar, by the names a layout calls them: DejaVu for Latin, Greek
 * and Cyrillic, and open-licence fonts for the world's other scripts (see
 * {@code src/main/resources/fonts}). A face looks for each character's glyph through them in
 * {@link #FALLBACK_ORDER}, after its own DejaVu font.
 */
public final class BundledFonts {
    /**
     * One bundled font.
     *
     * @param bold the bold file, or null when bold text of this script uses the regular one
     * @param covers what it prints, in a trainer's words, for messages
     */
    record Entry(String name, String regular, String bold, String covers, Set<Character.UnicodeScript> only) {
    }

    private static final Map<String, Entry> ALL = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = Map.of(
            "cjk", "droid-sans-fallback",
            "chinese", "droid-sans-fallback",
            "japanese", "droid-sans-fallback",
            "korean", "nanum-gothic",
            "emoji", "symbola",
            "noto-naskh-arabic", "noto-arabic",
            "noto-urdu", "noto-arabic",
            "noto-sans-math", "noto-math",
            "noto-odia", "noto-oriya",
            "noto-punjabi", "noto-gurmukhi");

    static {
        add("dejavu-sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "Latin, Greek, Cyrillic and common symbols");
        add("dejavu-sans-oblique", "DejaVuSans-Oblique.ttf", null, "Latin, Greek and Cyrillic, sloping");
        add("dejavu-serif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "Latin, Greek and Cyrillic with serifs");
        add("dejavu-serif-italic", "DejaVuSerif-Italic.ttf", null, "Latin, Greek and Cyrillic with serifs, sloping");
        add("dejavu-sans-mono", "DejaVuSansMono.ttf", null, "monospace Latin, Greek and Cyrillic, for code");
        add("noto-devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf",
                "Devanagari (Hindi, Marathi, Nepali, Sanskrit)");
        add("noto-bengali", "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf", "Bengali and Assamese");
        add("noto-tamil", "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf", "Tamil");
        add("noto-telugu", "NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Bold.ttf", "Telugu");
        add("noto-gujarati", "NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf", "Gujarati");
        add("noto-gurmukhi", "NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf", "Gurmukhi (Punjabi)");
        add("noto-oriya", "NotoSansOriya-Regular.ttf", "NotoSansOriya-Bold.ttf", "Odia");
        add("noto-kannada", "NotoSansKannada-Regular.ttf", "NotoSansKannada-Bold.ttf", "Kannada");
        add("noto-malayalam", "NotoSansMalayalam-Regular.ttf", "NotoSansMalayalam-Bold.ttf", "Malayalam");
        add("noto-sinhala", "NotoSansSinhala-Regular.ttf", "NotoSansSinhala-Bold.ttf", "Sinhala");
        add("noto-arabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", "Arabic, Urdu and Persian");
        add("noto-hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", "Hebrew");
        add("noto-thai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", "Thai");
        add("noto-math", "NotoSansMath-Regular.ttf", null, "mathematical letters and symbols");
        add("noto-symbols2", "NotoSansSymbols2-Regular.ttf", null, "symbols, arrows and shapes");
        add("symbola", "Symbola.ttf", null, "emoji and symbols");
        // Nanum Gothic has Chinese characters and kana too, drawn the Korean way: it prints Hangul only.
        add("nanum-gothic", "NanumGothic.ttf", null, "Korean Hangul", Character.UnicodeScript.HANGUL);
        add("droid-sans-fallback", "DroidSansFallbackFull.ttf", null, "Chinese and Japanese (and the commonest Korean Hangul)");
    }

    /** The fonts a face falls back to, in order, unless the layout names its own. */
    public static final List<String> FALLBACK_ORDER = List.of("noto-devanagari", "noto-bengali", "noto-tamil",
            "noto-telugu", "noto-gujarati", "noto-gurmukhi", "noto-oriya", "noto-kannada", "noto-malayalam", "noto-sinhala",
            "noto-arabic", "noto-hebrew", "noto-thai", "noto-math", "noto-symbols2",
            "symbola", "nanum-gothic", "droid-sans-fallback");

    private static final ConcurrentHashMap<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private BundledFonts() {
    }

    private static void add(String name, String regular, String bold, String covers,
            Character.UnicodeScript... only) {
        ALL.put(name, new Entry(name, regular, bold, covers, Set.of(only)));
    }

    /** A bundled font by name or alias (case and spaces ignored). */
    static Optional<Entry> named(String name) {
        String key = name.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-').replace('_', '-');
        return Optional.ofNullable(ALL.get(ALIASES.getOrDefault(key, key)));
    }

    /** Every name a layout may use, for "did you mean". */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    static Entry entry(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("no bundled font " + name));
    }

    static byte[] bytes(String file) {
        return BYTES.computeIfAbsent(file, name -> {
            try (InputStream in = BundledFonts.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + name + " is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

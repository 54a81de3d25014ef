package papersetter.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Which fonts a layout sets each face in, and which of them prints each character: a face looks
 * through an ordered list of fonts (its own, then the regular face's, then the fallbacks) and takes
 * the first that has the character. The bundled DejaVu faces come first for Latin, Greek, Cyrillic
 * and common symbols only; a script with a font of its own in the list (Arabic, Hebrew) is set in
 * that font, DejaVu's few glyphs of it being its last resort.
 *
 * <p>A mark, a joiner or a common character (a space, a digit, punctuation) stays in the font of
 * the character before it when that font has it, so that a word and its punctuation are shaped
 * together.
 */
final class FontChoice {
    /** Bundled fonts, read once per process: their bytes never change. */
    private static final ConcurrentHashMap<String, FontProgram> BUNDLED = new ConcurrentHashMap<>();

    /**
     * One font of the choice.
     *
     * @param key what names it uniquely: a bundled file's name, or a path
     * @param name what a trainer calls it
     * @param latinFirst a bundled DejaVu face: first choice for Latin, Greek, Cyrillic and common
     *     characters only
     */
    record Source(String key, String name, Path file, boolean latinFirst, Set<Character.UnicodeScript> only) {
        /** Whether the font may print a character of this script (some bundled fonts print one script only). */
        boolean prints(Character.UnicodeScript script) {
            return only.isEmpty() || only.contains(script);
        }
    }

    private final List<Source> sources = new ArrayList<>();
    private final int[][] chains = new int[Face.values().length][];
    /** The fonts read so far, by place in {@link #sources}; filled once the sources are known. */
    private final AtomicReferenceArray<FontProgram> loaded;

    FontChoice(Layout.Fonts fonts) {
        Layout.FontFiles files = fonts.files();
        boolean serif = "serif".equals(fonts.family());
        int regular = source(files.regular().orElse(serif ? "dejavu-serif" : "dejavu-sans"), false);
        int bold = source(files.bold().orElse(serif ? "dejavu-serif" : "dejavu-sans"), true);
        int italic = source(files.italic().orElse(serif ? "dejavu-serif-italic" : "dejavu-sans-oblique"), false);
        int mono = source(files.mono().orElse("dejavu-sans-mono"), false);
        List<Integer> fallbackRegular = new ArrayList<>();
        List<Integer> fallbackBold = new ArrayList<>();
        for (String name : files.fallback()) {
            fallbackRegular.add(source(name, false));
            fallbackBold.add(source(name, true));
        }
        chains[Face.REGULAR.ordinal()] = chain(regular, -1, fallbackRegular);
        chains[Face.BOLD.ordinal()] = chain(bold, regular, fallbackBold);
        chains[Face.ITALIC.ordinal()] = chain(italic, regular, fallbackRegular);
        chains[Face.MONO.ordinal()] = chain(mono, regular, fallbackRegular);
        loaded = new AtomicReferenceArray<>(sources.size());
    }

    private static int[] chain(int own, int regular, List<Integer> fallbacks) {
        LinkedHashMap<Integer, Boolean> order = new LinkedHashMap<>();
        order.put(own, true);
        if (regular >= 0) {
            order.put(regular, true);
        }
        fallbacks.forEach(f -> order.put(f, true));
        return order.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    /** The source for a bundled name or a file path, added once. */
    private int source(String name, boolean bold) {
        Source source;
        var bundled = BundledFonts.named(name);
        if (bundled.isPresent()) {
            BundledFonts.Entry entry = bundled.get();
            String file = bold && entry.bold() != null ? entry.bold() : entry.regular();
            source = new Source(file, entry.name(), null, entry.name().startsWith("dejavu"), entry.only());
        } else {
            Path path = Path.of(name);
            source = new Source(path.toString(), path.toString(), path, false, Set.of());
        }
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).key().equals(source.key())) {
                return i;
            }
        }
        sources.add(source);
        return sources.size() - 1;
    }

    List<Source> sources() {
        return sources;
    }

    int[] chain(Face face) {
        return chains[face.ordinal()];
    }

    /** A font of the choice, read the first time it is needed. */
    FontProgram program(int index) {
        FontProgram program = loaded.get(index);
        if (program == null) {
            // Two threads may both read a font of the trainer's own; the first one kept is used by all.
            loaded.compareAndSet(index, null, load(sources.get(index)));
            program = loaded.get(index);
        }
        return program;
    }

    static FontProgram load(Source source) {
        if (source.file() == null) {
            return BUNDLED.computeIfAbsent(source.key(), file -> {
                try {
                    return new FontProgram(source.name(), BundledFonts.bytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the bundled font " + file, e);
                }
            });
        }
        try {
            return new FontProgram(source.name(), Files.readAllBytes(source.file()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + source.file(), e);
        }
    }

    /** Reads a bundled font ahead, on whatever thread calls this. */
    static void warm(String name, boolean bold) {
        BundledFonts.Entry entry = BundledFonts.entry(name);
        String file = bold && entry.bold() != null ? entry.bold() : entry.regular();
        load(new Source(file, entry.name(), null, true, Set.of()));
    }

    /**
     * The font of a face that prints a character, or -1 when none has it.
     *
     * @param previous the font of the character before, or -1
     */
    int pick(Face face, int c, int previous) {
        int[] chain = chains[face.ordinal()];
        if (previous >= 0 && sticks(c) && program(previous).has(c)) {
            return previous;
        }
        boolean latin = latinOrCommon(c);
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        for (int f : chain) {
            Source source = sources.get(f);
            if ((latin || !source.latinFirst()) && source.prints(script) && program(f).has(c)) {
                return f;
            }
        }
        if (!latin) {
            for (int f : chain) {
                if (sources.get(f).prints(script) && program(f).has(c)) {
                    return f;
                }
            }
        }
        return -1;
    }

    /** Characters that belong with the one before: marks, joiners, spaces, digits, punctuation. */
    static boolean sticks(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
    }

    static boolean latinOrCommon(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case LATIN, GREEK, CYRILLIC, COMMON, INHERITED -> true;
            default -> false;
        };
    }

    /**
     * Characters that need no glyph: controls, spaces other than the plain one that a font may lack,
     * joiners and other format characters, variation selectors. They are kept in the text but never
     * counted as missing.
     */
    static boolean needsNoGlyph(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)
                || type == Character.UNASSIGNED && Character.isIdentifierIgnorable(c);
    }
}

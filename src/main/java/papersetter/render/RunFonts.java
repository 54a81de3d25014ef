package papersetter.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import papersetter.pdf.EmbeddedFont;
import papersetter.model.Answer;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.Section;

/**
 * The fonts of one run, cut down to the characters the run can print.
 *
 * <p>Cutting a font down for each document, from DejaVu's six thousand glyphs, was the largest
 * cost of a set once its text was laid out. So a run cuts each face once, to what any of its
 * documents could print (every character of its questions, titles and headings, and the fixed
 * wording papersetter adds), and every document embeds that same small font, prepared once. The
 * layout measures with the very widths the PDF carries.
 */
public final class RunFonts implements Metrics {
    private static final ConcurrentHashMap<String, byte[]> BUNDLED = new ConcurrentHashMap<>();
    /**
     * The tables a PDF viewer or printer reads from an embedded TrueType font (outlines, metrics,
     * hinting), and those papersetter reads to measure text (cmap, OS/2, post, name). DejaVu's
     * others (kerning, substitutions, positioning) would double each document's size for nothing:
     * a PDF's glyphs are already placed.
     */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx",
            "cvt ", "fpgm", "prep", "cmap", "OS/2", "post", "name");

    private final String family;
    /** What the run can print. */
    private final Set<Integer> characters;
    /** Fonts parsed ahead of the run, each taken (and closed) by the first document that uses it. */
    private final Map<String, TrueTypeFont> readAhead;
    /** Each face cut down and made ready to embed, once, when a document first uses it. */
    private final Map<Face, EmbeddedFont> faces = new ConcurrentHashMap<>();

    private RunFonts(String family, Set<Integer> characters, Map<String, TrueTypeFont> readAhead) {
        this.family = family;
        this.characters = characters;
        this.readAhead = new ConcurrentHashMap<>(readAhead);
    }

    /**
     * Starts reading a family's bundled fonts on a background thread, so that the work is done on
     * a spare core while the bank loads and the sets are drawn. Hand the result to {@link #covering}.
     */
    public static ReadAhead readAhead(String family) {
        return new ReadAhead(family);
    }

    /** The bundled fonts of one family, being parsed on a background thread for one run. */
    public static final class ReadAhead {
        private final FutureTask<Map<String, TrueTypeFont>> parsed;

        private ReadAhead(String family) {
            parsed = new FutureTask<>(() -> {
                Map<String, TrueTypeFont> fonts = new HashMap<>();
                for (Face face : Face.values()) {
                    String file = fileName(family, face);
                    fonts.put(file, parse(bundled(file)));
                }
                return fonts;
            });
            Thread thread = new Thread(parsed, "papersetter-fonts");
            thread.setDaemon(true);
            thread.start();
        }

        /** The parsed fonts, or none if reading them failed (each is then read when it is needed). */
        Map<String, TrueTypeFont> fonts() {
            try {
                return parsed.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Map.of();
            } catch (ExecutionException e) {
                return Map.of();
            }
        }
    }

    /** Fonts cut down to what these papers, their keys and their headers can print. */
    public static RunFonts covering(Layout layout, PaperInfo info, List<Paper> papers) {
        return covering(layout, info, papers, null);
    }

    /**
     * @param ahead the fonts read ahead for this run, or null to read them here; each is used by
     *     this run alone (a parsed font is not safe to share)
     */
    public static RunFonts covering(Layout layout, PaperInfo info, List<Paper> papers, ReadAhead ahead) {
        SortedSet<Integer> characters = new TreeSet<>();
        fixedWording(characters);
        for (String text : List.of(info.title(), info.course(), info.institution(), info.duration(), info.date(),
                layout.header().caption(), layout.watermark(), layout.numbering())) {
            add(characters, text);
        }
        layout.instructions().forEach(text -> add(characters, text));
        layout.candidateFields().forEach(text -> add(characters, text));
        Set<String> seen = new HashSet<>();
        for (Paper paper : papers) {
            add(characters, paper.set());
            add(characters, paper.code());
            for (Section section : paper.sections()) {
                add(characters, section.heading());
                add(characters, section.instructions());
                for (PaperItem item : section.items()) {
                    if (seen.add(item.question().id())) {
                        addQuestion(characters, item.question());
                    }
                }
            }
        }
        Map<String, TrueTypeFont> parsed = ahead == null ? Map.of() : ahead.fonts();
        return new RunFonts(layout.fonts().family(), Collections.unmodifiableSortedSet(characters), parsed);
    }

    /** A face cut down to the run's characters, ready to embed and to measure with. */
    EmbeddedFont font(Face face) {
        return faces.computeIfAbsent(face, unused -> {
            String name = fileName(family, face);
            TrueTypeFont ahead = readAhead.remove(name);
            Cut cut = subset(ahead != null ? ahead : parse(bundled(name)), characters);
            return new EmbeddedFont(cut.font(), characters, cut.beyondBmp(), tag(name));
        });
    }

    @Override
    public float width(Face face, String text, float size) {
        return font(face).width(text, size);
    }

    @Override
    public float ascent(Face face, float size) {
        return font(face).ascent(size);
    }

    @Override
    public float descent(Face face, float size) {
        return font(face).descent(size);
    }

    /** Six capital letters that name this cut of a font: the same characters always give the same. */
    private String tag(String file) {
        long hash = file.hashCode() * 31L + characters.hashCode();
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash /= 26;
        }
        return tag.toString();
    }

    static String fileName(String family, Face face) {
        boolean serif = "serif".equals(family);
        return switch (face) {
            case REGULAR -> serif ? "DejaVuSerif.ttf" : "DejaVuSans.ttf";
            case BOLD -> serif ? "DejaVuSerif-Bold.ttf" : "DejaVuSans-Bold.ttf";
            case ITALIC -> serif ? "DejaVuSerif-Italic.ttf" : "DejaVuSans-Oblique.ttf";
            case MONO -> "DejaVuSansMono.ttf";
        };
    }

    /**
     * Printable ASCII and the few other characters of papersetter's own wording (the middle dot,
     * dashes, curly quotes, the ellipsis, the no-break space).
     */
    private static void fixedWording(Set<Integer> characters) {
        for (int c = 0x20; c <= 0x7E; c++) {
            characters.add(c);
        }
        // U+21AA marks a wrapped line of code (CodeWrap).
        for (int c : new int[] {0xA0, 0xB7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x21AA}) {
            characters.add(c);
        }
    }

    private static void addQuestion(Set<Integer> characters, Question question) {
        add(characters, question.id());
        add(characters, question.text());
        question.options().forEach(option -> add(characters, option));
        add(characters, question.explanation());
        if (question.answer() instanceof Answer.Blanks blanks) {
            blanks.accepted().forEach(words -> words.forEach(word -> add(characters, word)));
        } else if (question.answer() instanceof Answer.Model model) {
            add(characters, model.text());
        }
    }

    private static void add(Set<Integer> characters, String text) {
        if (text != null) {
            text.codePoints().forEach(characters::add);
        }
    }

    /**
     * Parses a font and reads the tables that cutting it down needs, so that the work is done
     * wherever the parse is (on the read-ahead thread, when there is one).
     */
    private static TrueTypeFont parse(byte[] font) {
        try {
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
            parsed.getUnicodeCmapLookup();
            parsed.getHorizontalMetrics();
            parsed.getIndexToLocation();
            parsed.getGlyph();
            parsed.getNaming();
            parsed.getPostScript();
            parsed.getOS2Windows();
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled fonts", e);
        }
    }

    /**
     * A font cut down, and where its glyphs for characters beyond the Basic Multilingual Plane went
     * (mathematical letters such as 𝑥): fontbox writes a character map for the plane alone, so
     * those glyphs are kept by number and found again through this map.
     */
    private record Cut(byte[] font, Map<Integer, Integer> beyondBmp) {
    }

    private static Cut subset(TrueTypeFont font, Set<Integer> characters) {
        try (font) {
            TTFSubsetter subsetter = new TTFSubsetter(font, KEPT_TABLES);
            Map<Integer, Integer> oldGlyphBeyondBmp = new TreeMap<>();
            for (int c : characters) {
                if (c < 0x10000) {
                    subsetter.add(c);
                } else {
                    int glyph = font.getUnicodeCmapLookup().getGlyphId(c);
                    if (glyph > 0) {
                        oldGlyphBeyondBmp.put(c, glyph);
                    }
                }
            }
            subsetter.addGlyphIds(new TreeSet<>(oldGlyphBeyondBmp.values()));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            subsetter.writeToStream(out);
            Map<Integer, Integer> newGlyphOfOld = new HashMap<>();
            subsetter.getGIDMap().forEach((newGlyph, oldGlyph) -> newGlyphOfOld.put(oldGlyph, newGlyph));
            Map<Integer, Integer> beyondBmp = new TreeMap<>();
            oldGlyphBeyondBmp.forEach((c, oldGlyph) -> beyondBmp.put(c, newGlyphOfOld.get(oldGlyph)));
            return new Cut(out.toByteArray(), beyondBmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut down the bundled fonts", e);
        }
    }

    static byte[] bundled(String file) {
        return BUNDLED.computeIfAbsent(file, name -> {
            try (InputStream in = RunFonts.class.getResourceAsStream("/fonts/" + name)) {
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

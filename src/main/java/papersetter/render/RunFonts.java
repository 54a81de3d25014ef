package papersetter.render;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import papersetter.model.Answer;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.Section;
import papersetter.pdf.EmbeddedFont;
import papersetter.pdf.PdfBook;

/**
 * The fonts of one run, cut down to the glyphs the run prints, and the run's shaped texts.
 *
 * <p>Cutting a font down for each document was the largest cost of a set once its text was laid
 * out. So a run cuts each font once, to what any of its documents could print, and every document
 * embeds that same small font, prepared once. A font is cut by glyph: shaped text (an Indic
 * conjunct, an Arabic letter's joined form) uses glyphs that no character maps to, so before
 * anything is laid out every text of the run that needs shaping is shaped, word by word, and the
 * glyphs it uses are kept. Each distinct text is then shaped once per run, whatever sets print it.
 * The layout measures with the very glyphs and positions the PDF carries.
 */
public final class RunFonts implements Metrics {
    private final FontChoice choice;
    /** What the run can print. */
    private final Set<Integer> characters;
    /** For each font, the glyphs (of the whole font) that shaping the run's texts used. */
    private final Map<Integer, Set<Integer>> shapedGlyphs = new HashMap<>();
    /** For each font, what a glyph that stands alone for some characters (a conjunct, a joined form) reads as. */
    private final Map<Integer, Map<Integer, String>> shapedText = new HashMap<>();
    /**
     * For each font, what a glyph that shares its cluster with others (a vowel sign split in two, a
     * conjunct drawn in pieces) belongs to: the whole cluster. PDF/UA asks that every glyph drawn
     * map to some text; the run it is drawn in carries its exact text as /ActualText.
     */
    private final Map<Integer, Map<Integer, String>> sharedText = new HashMap<>();
    private final Map<Integer, EmbeddedFont> cuts = new ConcurrentHashMap<>();
    private final Map<Integer, Map<Integer, Integer>> newGlyphs = new ConcurrentHashMap<>();
    /** Each distinct text shaped, by face and direction (left to right, right to left), keyed by the text alone. */
    private final List<ConcurrentHashMap<String, Shaped>> shapes = new ArrayList<>();

    private RunFonts(FontChoice choice, Set<Integer> characters, Set<String> texts) {
        this.choice = choice;
        this.characters = characters;
        for (int i = 0; i < 2 * Face.values().length; i++) {
            shapes.add(new ConcurrentHashMap<>());
        }
        for (String text : texts) {
            if (!TextShaper.simple(text)) {
                shapeAhead(text);
            }
        }
    }

    /**
     * Starts reading a family's bundled fonts on a background thread, so that the work is done on
     * a spare core while the bank loads and the sets are drawn.
     */
    public static ReadAhead readAhead(String family) {
        return new ReadAhead(family);
    }

    /** The bundled fonts of one family, being read on a background thread (and then the PDF writer set up). */
    public static final class ReadAhead {
        private ReadAhead(String family) {
            boolean serif = "serif".equals(family);
            Thread thread = new Thread(() -> {
                try {
                    FontChoice.warm(serif ? "dejavu-serif" : "dejavu-sans", false);
                    FontChoice.warm(serif ? "dejavu-serif" : "dejavu-sans", true);
                    FontChoice.warm(serif ? "dejavu-serif-italic" : "dejavu-sans-oblique", false);
                    FontChoice.warm("dejavu-sans-mono", false);
                } catch (RuntimeException e) {
                    // Each font is then read where it is first needed, and a failure reported there.
                }
                // The PDF writer is needed only once the first set is drawn: set it up after the fonts.
                PdfBook.warmUp();
            }, "papersetter-fonts");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Fonts cut down to what these papers, their keys and their headers can print. */
    public static RunFonts covering(Layout layout, PaperInfo info, List<Paper> papers) {
        return covering(layout, info, papers, null);
    }

    /** @param ahead the fonts being read ahead for this run, or null */
    public static RunFonts covering(Layout layout, PaperInfo info, List<Paper> papers, ReadAhead ahead) {
        return covering(layout, info, papers, ahead, List.of());
    }

    /** @param more texts the run prints besides the papers' and keys' (its answer sheets' names and wording) */
    public static RunFonts covering(Layout layout, PaperInfo info, List<Paper> papers, ReadAhead ahead,
            java.util.Collection<String> more) {
        Set<String> texts = new LinkedHashSet<>();
        more.forEach(text -> add(texts, text));
        texts.add(FIXED_WORDING);
        for (String text : List.of(info.title(), info.course(), info.institution(), info.duration(), info.date(),
                layout.header().caption(), layout.watermark(), layout.numbering())) {
            add(texts, text);
        }
        layout.instructions().forEach(text -> add(texts, text));
        layout.candidateFields().forEach(text -> add(texts, text));
        Set<String> seen = new HashSet<>();
        for (Paper paper : papers) {
            add(texts, paper.set());
            add(texts, paper.code());
            for (Section section : paper.sections()) {
                add(texts, section.heading());
                add(texts, section.instructions());
                for (PaperItem item : section.items()) {
                    if (seen.add(item.question().id())) {
                        texts.addAll(texts(item.question()));
                    }
                }
            }
        }
        SortedSet<Integer> characters = new TreeSet<>();
        for (String text : texts) {
            text.codePoints().forEach(characters::add);
        }
        return new RunFonts(new FontChoice(layout.fonts()), Collections.unmodifiableSortedSet(characters), texts);
    }

    /**
     * Printable ASCII and the few other characters of papersetter's own wording (the middle dot,
     * dashes, curly quotes, the ellipsis, the no-break space).
     */
    private static final String FIXED_WORDING;

    static {
        StringBuilder fixed = new StringBuilder();
        for (int c = 0x20; c <= 0x7E; c++) {
            fixed.append((char) c);
        }
        // U+21AA marks a wrapped line of code (CodeWrap).
        fixed.append("\u00A0\u00B7\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u21AA");
        FIXED_WORDING = fixed.toString();
    }

    /** Every text of a question that can reach a page: its id, stem, options, answers and explanation. */
    static List<String> texts(Question question) {
        List<String> texts = new ArrayList<>();
        add(texts, question.id());
        add(texts, question.text());
        question.options().forEach(option -> add(texts, option));
        add(texts, question.explanation());
        if (question.answer() instanceof Answer.Blanks blanks) {
            blanks.accepted().forEach(words -> words.forEach(word -> add(texts, word)));
        } else if (question.answer() instanceof Answer.Model model) {
            add(texts, model.text());
        }
        return texts;
    }

    private static void add(java.util.Collection<String> texts, String text) {
        if (text != null && !text.isEmpty()) {
            texts.add(text);
        }
    }

    /** Fonts for a layout that can print these texts (for measuring and tests without papers). */
    static RunFonts forTexts(Layout layout, java.util.Collection<String> texts) {
        Set<String> all = new LinkedHashSet<>(texts);
        all.add(FIXED_WORDING);
        SortedSet<Integer> characters = new TreeSet<>();
        all.forEach(text -> text.codePoints().forEach(characters::add));
        return new RunFonts(new FontChoice(layout.fonts()), Collections.unmodifiableSortedSet(characters), all);
    }

    /** The run's fonts, in the order glyph runs name them. */
    List<FontChoice.Source> fonts() {
        return choice.sources();
    }

    /**
     * Shapes a text ahead, in every face, word by word and whole, and keeps the glyphs it uses, so
     * that the fonts can be cut down before anything is laid out.
     */
    private void shapeAhead(String text) {
        Bidi bidi = Bidi.requiresBidi(text.toCharArray(), 0, text.length())
                ? new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT) : null;
        Set<String> done = new HashSet<>();
        for (Face face : Face.values()) {
            for (TextShaper.Item item : TextShaper.itemize(choice, face, text)) {
                String itemText = text.substring(item.start(), item.end());
                boolean itemRtl = bidi != null && (bidi.getLevelAt(item.start()) & 1) == 1;
                if (TextShaper.simple(itemText) && !itemRtl || !done.add(item.font() + ":" + item.start() + ":" + item.end())) {
                    continue;
                }
                keep(TextShaper.shapeItem(choice.program(item.font()), item.font(), itemText, itemRtl));
                int start = item.start();
                for (int i = item.start(); i <= item.end(); i++) {
                    boolean boundary = i == item.end() || Character.isWhitespace(text.charAt(i))
                            || bidi != null && i > start && bidi.getLevelAt(i) != bidi.getLevelAt(start);
                    if (boundary) {
                        if (i > start) {
                            boolean rtl = bidi != null && (bidi.getLevelAt(start) & 1) == 1;
                            keep(TextShaper.shapeItem(choice.program(item.font()), item.font(),
                                    text.substring(start, i), rtl));
                            if (rtl != itemRtl) {
                                keep(TextShaper.shapeItem(choice.program(item.font()), item.font(),
                                        text.substring(start, i), !rtl));
                            }
                        }
                        start = i < item.end() && Character.isWhitespace(text.charAt(i)) ? i + 1 : i;
                    }
                }
            }
        }
    }

    private void keep(GlyphRun run) {
        Set<Integer> glyphs = shapedGlyphs.computeIfAbsent(run.font(), f -> new HashSet<>());
        Map<Integer, String> readings = shapedText.computeIfAbsent(run.font(), f -> new HashMap<>());
        Map<Integer, String> shared = sharedText.computeIfAbsent(run.font(), f -> new HashMap<>());
        int n = run.glyphs().length;
        for (int i = 0; i < n; i++) {
            glyphs.add(run.glyphs()[i]);
            int cluster = run.clusters()[i];
            int clusterEnd = run.text().length();
            boolean alone = true;
            for (int j = 0; j < n; j++) {
                int other = run.clusters()[j];
                if (j != i && other == cluster) {
                    alone = false;
                }
                if (other > cluster && other < clusterEnd) {
                    clusterEnd = other;
                }
            }
            if (alone) {
                readings.putIfAbsent(run.glyphs()[i], run.text().substring(cluster, clusterEnd));
            } else {
                shared.putIfAbsent(run.glyphs()[i], run.text().substring(cluster, clusterEnd));
            }
        }
    }

    /** A font cut down to the run's glyphs, ready to embed. */
    public EmbeddedFont font(int index) {
        return cuts.computeIfAbsent(index, this::cut);
    }

    private EmbeddedFont cut(int index) {
        FontProgram program = choice.program(index);
        Set<Integer> glyphs = new TreeSet<>();
        glyphs.add(0);
        Map<Integer, Integer> unicodeOfOld = new TreeMap<>();
        // Lowest code point first: where two characters share a glyph (space, no-break space),
        // copying the text gives the plainer one.
        for (int c : characters) {
            int glyph = program.glyph(c);
            if (glyph > 0) {
                glyphs.add(glyph);
                unicodeOfOld.putIfAbsent(glyph, c);
            }
        }
        glyphs.addAll(shapedGlyphs.getOrDefault(index, Set.of()));
        FontProgram.Cut cut = program.cut(glyphs, characters);
        Map<Integer, String> unicode = new TreeMap<>();
        unicodeOfOld.forEach((old, c) -> unicode.put(cut.newGlyphOfOld().get(old), Character.toString(c)));
        shapedText.getOrDefault(index, Map.of()).forEach((old, text) -> {
            Integer glyph = cut.newGlyphOfOld().get(old);
            if (glyph != null) {
                unicode.putIfAbsent(glyph, text);
            }
        });
        sharedText.getOrDefault(index, Map.of()).forEach((old, text) -> {
            Integer glyph = cut.newGlyphOfOld().get(old);
            if (glyph != null) {
                unicode.putIfAbsent(glyph, text);
            }
        });
        newGlyphs.put(index, cut.newGlyphOfOld());
        return new EmbeddedFont(cut.font(), unicode, tag(program.name, glyphs));
    }

    /** Six capital letters that name this cut of a font: the same glyphs always give the same. */
    private static String tag(String file, Set<Integer> glyphs) {
        long hash = file.hashCode() * 31L + glyphs.hashCode();
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash /= 26;
        }
        return tag.toString();
    }

    @Override
    public Shaped shape(Face face, String text, boolean rtl) {
        ConcurrentHashMap<String, Shaped> cache = shapes.get(face.ordinal() * 2 + (rtl ? 1 : 0));
        Shaped shaped = cache.get(text);
        if (shaped == null) {
            shaped = inCutFonts(TextShaper.shape(choice, face, text, rtl));
            Shaped earlier = cache.putIfAbsent(text, shaped);
            if (earlier != null) {
                shaped = earlier;
            }
        }
        return shaped;
    }

    /** The same glyphs numbered as in the cut-down fonts, each run marked if its glyphs do not read as its text. */
    private Shaped inCutFonts(Shaped shaped) {
        List<GlyphRun> runs = new ArrayList<>(shaped.runs().size());
        for (GlyphRun run : shaped.runs()) {
            EmbeddedFont font = font(run.font());
            Map<Integer, Integer> map = newGlyphs.get(run.font());
            int[] glyphs = new int[run.glyphs().length];
            for (int i = 0; i < glyphs.length; i++) {
                Integer glyph = map.get(run.glyphs()[i]);
                if (glyph == null) {
                    throw new IllegalStateException("glyph " + run.glyphs()[i] + " of " + choice.program(run.font()).name
                            + " shaping '" + run.text() + "' was not kept when the font was cut down");
                }
                glyphs[i] = glyph;
            }
            StringBuilder reads = new StringBuilder();
            for (int i = 0; i < glyphs.length; i++) {
                reads.append(font.unicode(glyphs[run.rtl() ? glyphs.length - 1 - i : i]));
            }
            // Left-to-right text that was shaped (marks placed, letters reordered) carries itself:
            // readers that go by glyph positions put a mark below the baseline on the next line.
            // Right-to-left text is left to the reader's own bidirectional reordering, which poppler
            // also applies to /ActualText (reversing it): it carries its text only where its glyphs
            // do not read back as it (a ligature).
            boolean readsBack = reads.toString().equals(visibleText(run.text()));
            boolean actualText = run.rtl() ? !readsBack : !TextShaper.simple(run.text()) || !readsBack;
            runs.add(new GlyphRun(run.font(), glyphs, run.x(), run.y(), run.end(), run.text(), run.clusters(), run.rtl(),
                    actualText));
        }
        return new Shaped(shaped.text(), runs, shaped.advance(), shaped.rtl());
    }

    /** The text without the characters that take no glyph (joiners, variation selectors). */
    private static String visibleText(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == ' ' || !FontChoice.needsNoGlyph(c)).forEach(visible::appendCodePoint);
        return visible.toString();
    }

    /**
     * A text on one line, each stretch in its own direction (by the Unicode bidirectional
     * algorithm) and the stretches in the order they stand: a title or footer that is not broken
     * into lines.
     */
    public Shaped line(Face face, String text) {
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return shape(face, text, false);
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        Shaped[] pieces = new Shaped[count];
        byte[] levels = new byte[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            pieces[i] = shape(face, text.substring(bidi.getRunStart(i), bidi.getRunLimit(i)), (levels[i] & 1) == 1);
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, count);
        List<GlyphRun> runs = new ArrayList<>();
        float pen = 0;
        for (Shaped piece : pieces) {
            for (GlyphRun run : piece.runs()) {
                runs.add(run.shifted(pen));
            }
            pen += piece.advance();
        }
        return new Shaped(text, runs, pen, false);
    }

    @Override
    public float width(Face face, String text, float size) {
        return line(face, text).width(size);
    }

    @Override
    public float ascent(Face face, float size) {
        return choice.program(choice.chain(face)[0]).ascent * size / 1000f;
    }

    @Override
    public float descent(Face face, float size) {
        return -choice.program(choice.chain(face)[0]).descent * size / 1000f;
    }
}

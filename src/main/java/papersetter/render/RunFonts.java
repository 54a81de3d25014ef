package papersetter.render;

import com.lowagie.text.pdf.BaseFont;
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
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import papersetter.model.Answer;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.Section;

/**
 * The fonts of one run, cut down to the characters the run can print.
 *
 * <p>Each PDF embeds only the glyphs it uses, and working that out from DejaVu's six thousand
 * glyphs, for every font of every document, was the largest cost of a set once its text was laid
 * out. So a run first cuts each font down to what any of its documents could print (every
 * character of its questions, titles and headings, and the fixed wording papersetter adds), and the
 * documents subset that small font instead. The glyphs drawn, and so the pages, are the same.
 */
public final class RunFonts {
    private static final ConcurrentHashMap<String, byte[]> BUNDLED = new ConcurrentHashMap<>();

    private final String family;
    /** What the run can print. */
    private final Set<Integer> characters;
    /** Each font file cut down, once, when a document first uses it. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** A parsed font keeps a read position, so each thread parses its own (once per run). */
    private final ThreadLocal<Map<String, BaseFont>> parsed = ThreadLocal.withInitial(HashMap::new);

    private RunFonts(String family, Set<Integer> characters) {
        this.family = family;
        this.characters = characters;
    }

    /** Fonts cut down to what these papers, their keys and their headers can print. */
    public static RunFonts covering(Layout layout, PaperInfo info, List<Paper> papers) {
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
        return new RunFonts(layout.fonts().family(), Collections.unmodifiableSortedSet(characters));
    }

    String family() {
        return family;
    }

    /** This thread's parsed copy of a font file. */
    BaseFont font(String file) {
        return parsed.get().computeIfAbsent(file, name -> {
            byte[] bytes = files.computeIfAbsent(name, unused -> subset(bundled(name), characters));
            try {
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + name, e);
            }
        });
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
     * Printable ASCII, Latin-1 and Latin Extended-A, and general punctuation: every character of
     * papersetter's own wording (dashes, the middle dot, the ellipsis) and of common names.
     */
    private static void fixedWording(Set<Integer> characters) {
        for (int c = 0x20; c <= 0x7E; c++) {
            characters.add(c);
        }
        for (int c = 0xA0; c <= 0x17F; c++) {
            characters.add(c);
        }
        for (int c = 0x2010; c <= 0x205E; c++) {
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

    private static byte[] subset(byte[] font, Set<Integer> characters) {
        try {
            TrueTypeFont parsedFont = new TTFParser().parse(new RandomAccessReadBuffer(font));
            try {
                TTFSubsetter subsetter = new TTFSubsetter(parsedFont);
                subsetter.addAll(characters);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                subsetter.writeToStream(out);
                return out.toByteArray();
            } finally {
                parsedFont.close();
            }
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

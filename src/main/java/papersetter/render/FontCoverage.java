package papersetter.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import papersetter.bank.BankProblem;
import papersetter.model.Answer;
import papersetter.model.Question;

/**
 * Finds every character that no font of a layout can print, before anything is printed: a paper
 * with a blank where a word should be is the worst thing papersetter could hand a class. Each
 * character is reported where it first appears in a file, with the way out (the bundled font or
 * the layout setting that would print it); a file with many is reported for its first few and
 * counted for the rest, so that a bank of Chinese with no Chinese font says so in a few lines.
 */
public final class FontCoverage {
    /** Characters reported one by one in each file; the rest are counted. */
    static final int SHOWN_PER_FILE = 5;
    private static final String[] OPTIONS = {"option_a", "option_b", "option_c", "option_d", "option_e", "option_f",
        "option_g", "option_h"};

    private final FontChoice choice;
    private final byte[] bmp = new byte[0x10000];
    /** Characters of the basic plane found printable, surrogates never: the one look-up nearly every character needs. */
    private final boolean[] known = new boolean[0x10000];
    private final Map<Integer, Boolean> printable = new HashMap<>();
    /** The characters of the text being looked at: one bulk copy, then a plain array to walk. */
    private char[] units = new char[1024];

    private FontCoverage(Layout layout) {
        this.choice = new FontChoice(layout.fonts());
    }

    /** A text that reaches a page, and where it came from. */
    public record Place(Path file, int line, String column, String text) {
    }

    /** Every character of these questions (all their printed columns) that no font of the layout prints. */
    public static List<BankProblem> check(Layout layout, List<Question> questions) {
        return check(layout, questions, List.of());
    }

    /**
     * @param others texts from elsewhere that reach the page (a title, the layout's instructions),
     *     each with the place a trainer changes it
     */
    public static List<BankProblem> check(Layout layout, List<Question> questions, List<Place> others) {
        FontCoverage coverage = new FontCoverage(layout);
        others.forEach(place -> coverage.look(place.file(), place.line(), place.column(), place.text()));
        return coverage.problemsIn(questions);
    }

    /**
     * A check for this layout with its regular font read and the common characters looked up
     * already, so that this part can be done on one thread while the bank is read on another.
     * Use it for one check.
     */
    public static FontCoverage ready(Layout layout) {
        FontCoverage coverage = new FontCoverage(layout);
        try {
            for (char c = ' '; c <= '~'; c++) {
                coverage.printable(c);
            }
        } catch (RuntimeException e) {
            // A font that cannot be read fails the check itself, where it always has: nothing to do here.
        }
        return coverage;
    }

    /** Every character of these questions (all their printed columns) that no font of the layout prints. */
    public List<BankProblem> problemsIn(List<Question> questions) {
        questions.forEach(this::lookAt);
        return problems();
    }

    /**
     * Looks at every printed column of a question, allocating nothing when it prints: a bank may
     * hold 100 000 questions, all alive while they are checked. One thread at a time.
     */
    public void lookAt(Question question) {
        Path file = question.source().file();
        int line = question.source().line();
        look(file, line, "id", question.id());
        look(file, line, "question", question.text());
        for (int o = 0; o < question.options().size(); o++) {
            look(file, line, OPTIONS[Math.min(o, OPTIONS.length - 1)], question.options().get(o));
        }
        if (question.answer() instanceof Answer.Blanks blanks) {
            for (List<String> words : blanks.accepted()) {
                for (String word : words) {
                    look(file, line, "answer", word);
                }
            }
        } else if (question.answer() instanceof Answer.Model model) {
            look(file, line, "answer", model.text());
        } else if (question.answer() instanceof Answer.Numeric numeric) {
            look(file, line, "unit", numeric.unit());
        }
        look(file, line, "explanation", question.explanation());
    }

    /** The texts of a layout that reach every paper, placed at the layout. */
    public static List<Place> layoutTexts(Layout layout, Path where) {
        List<Place> places = new ArrayList<>();
        places.add(new Place(where, 0, null, layout.header().caption()));
        places.add(new Place(where, 0, null, layout.watermark()));
        places.add(new Place(where, 0, null, layout.numbering()));
        layout.instructions().forEach(text -> places.add(new Place(where, 0, null, text)));
        layout.candidateFields().forEach(text -> places.add(new Place(where, 0, null, text)));
        return places;
    }

    /** For each file: each missing character's first place, in the order found. */
    private final Map<Path, Map<Integer, Place>> missing = new LinkedHashMap<>();
    private final Map<Path, Integer> occurrences = new HashMap<>();

    private void look(Path file, int line, String column, String text) {
        if (text == null) {
            return;
        }
        int length = text.length();
        if (units.length < length) {
            units = new char[Math.max(length, 2 * units.length)];
        }
        text.getChars(0, length, units, 0);
        char[] chars = units;
        for (int i = 0; i < length; i++) {
            if (!known[chars[i]]) { // a character already found printable: the case of nearly every character
                lookFrom(i, file, line, column, text);
                return;
            }
        }
    }

    /** The rest of a text, from a character not known to be printable, one character at a time. */
    private void lookFrom(int from, Path file, int line, String column, String text) {
        for (int i = from; i < text.length(); ) {
            char unit = text.charAt(i);
            if (known[unit]) {
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (printable(c)) {
                continue;
            }
            missing.computeIfAbsent(file, f -> new LinkedHashMap<>())
                    .computeIfAbsent(c, x -> new Place(file, line, column, text));
            occurrences.merge(file, 1, Integer::sum);
        }
    }

    /** Every character looked at that no font of the layout prints: for each file its first few, then a count. */
    public List<BankProblem> problems() {
        List<BankProblem> problems = new ArrayList<>();
        missing.forEach((file, characters) -> {
            int shown = 0;
            for (Map.Entry<Integer, Place> entry : characters.entrySet()) {
                if (shown == SHOWN_PER_FILE) {
                    break;
                }
                Place place = entry.getValue();
                problems.add(new BankProblem(file, place.line(), place.column(), describe(entry.getKey()) + " has no font",
                        wayOut(entry.getKey()), false));
                shown++;
            }
            int rest = characters.size() - shown;
            if (rest > 0) {
                problems.add(new BankProblem(file, 0, null, "and " + rest + " more "
                        + (rest == 1 ? "character" : "different characters") + " that no font of the layout prints ("
                        + occurrences.get(file) + " places in all)", "the same way out as above", false));
            }
        });
        return problems;
    }

    private boolean printable(int c) {
        if (c < bmp.length) {
            // 0: not looked up yet, 1: printable, 2: not. A bank repeats the same few hundred characters.
            if (bmp[c] == 0) {
                bmp[c] = (byte) (lookUp(c) ? 1 : 2);
                known[c] = bmp[c] == 1 && !Character.isSurrogate((char) c);
            }
            return bmp[c] == 1;
        }
        return printable.computeIfAbsent(c, this::lookUp);
    }

    private boolean lookUp(int c) {
        return FontChoice.needsNoGlyph(c) || choice.pick(Face.REGULAR, c, -1) >= 0;
    }

    /** "U+0928 DEVANAGARI LETTER NA (न)". */
    static String describe(int c) {
        String name = Character.getName(c);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "U+%04X", c));
        if (name != null) {
            text.append(' ').append(name);
        }
        int type = Character.getType(c);
        boolean visible = type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.COMBINING_SPACING_MARK && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED && type != Character.SURROGATE;
        if (visible) {
            text.append(" (").appendCodePoint(c).append(')');
        }
        return text.toString();
    }

    /** Which bundled font would print it, or how to bring one that does. */
    private String wayOut(int c) {
        Optional<BundledFonts.Entry> bundled = BundledFonts.names().stream().map(BundledFonts::entry)
                .filter(entry -> bundledHas(entry, c)).findFirst();
        if (bundled.isPresent()) {
            return "the bundled font " + bundled.get().name() + " (" + bundled.get().covers()
                    + ") prints it: add it to the layout's fonts: fallback list (see layouts/README.md)";
        }
        return "no font papersetter bundles has it: name a font file that has it in a layout, under fonts: fallback"
                + " (see layouts/README.md), or write the text without it";
    }

    private static boolean bundledHas(BundledFonts.Entry entry, int c) {
        if (!entry.only().isEmpty() && !entry.only().contains(Character.UnicodeScript.of(c))) {
            return false;
        }
        return FontChoice.load(new FontChoice.Source(entry.regular(), entry.name(), null, false, entry.only())).has(c);
    }
}

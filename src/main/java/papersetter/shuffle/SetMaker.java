package papersetter.shuffle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import papersetter.model.Letters;
import papersetter.model.Paper;
import papersetter.model.PaperItem;
import papersetter.model.Question;
import papersetter.model.Sha256;
import papersetter.model.QuestionType;
import papersetter.model.Section;
import papersetter.select.DrawnSection;
import papersetter.select.Drawing;

/**
 * Turns the drawn questions into sets A, B, C, …: each set's sections (by type in the command
 * line's simple case, objective questions first), shuffled within each section, with the options
 * of each choice item shuffled where the bank allows.
 */
public final class SetMaker {
    private SetMaker() {
    }

    public static List<Paper> makeSets(List<Question> selected, int sets, long seed) {
        List<List<Question>> units = selected.stream().map(List::of).toList();
        List<DrawnSection> one = List.of(new DrawnSection("", "", true, true, units));
        List<List<DrawnSection>> all = new ArrayList<>();
        for (int s = 0; s < sets; s++) {
            all.add(one);
        }
        return makeSets(new Drawing(all, selected), seed);
    }

    /**
     * Each drawn set as a paper: its sections in order (or by type, for the command line's simple
     * case), the units of each section shuffled unless the spec says not, a group's items kept
     * together and in bank order, numbered 1, 2, 3, … across sections.
     */
    public static List<Paper> makeSets(Drawing drawing, long seed) {
        return makeSets(drawing, seed, false);
    }

    /**
     * @param byTopic in the command line's simple case, one section per topic (in topic order)
     *     instead of one per question type
     */
    public static List<Paper> makeSets(Drawing drawing, long seed, boolean byTopic) {
        if (drawing.sets().isEmpty()) {
            throw new IllegalArgumentException("at least one set");
        }
        String runCode = runCode(drawing.questions(), seed);
        List<Paper> papers = new ArrayList<>();
        OptionShuffler shuffler = new OptionShuffler();
        for (int s = 0; s < drawing.sets().size(); s++) {
            String set = Letters.of(s);
            papers.add(makeSet(drawing.sets().get(s), set, seed, runCode + "-" + set, byTopic, shuffler));
        }
        return papers;
    }

    static Paper makeSet(List<DrawnSection> drawn, String set, long seed, String code, boolean byTopic,
            OptionShuffler shuffler) {
        Random order = Seeds.stream(seed, "order/" + set);
        Random options = Seeds.stream(seed, "options/" + set);
        List<Section> sections = new ArrayList<>();
        int number = 1;
        for (DrawnSection part : byTopic ? byTopic(drawn) : expand(drawn)) {
            List<List<Question>> units = new ArrayList<>(part.units());
            if (part.shuffle()) {
                Collections.shuffle(units, order);
            }
            List<PaperItem> items = new ArrayList<>();
            for (List<Question> unit : units) {
                for (Question question : unit) {
                    items.add(new PaperItem(number++, question, shuffler.order(question, options)));
                }
            }
            sections.add(new Section(part.heading(), part.instructions(), items));
        }
        return new Paper(set, seed, code, sections);
    }

    /**
     * Objective questions first, as trainers lay out a paper: a by-type section becomes one section
     * per type; a group goes where its first item's type goes.
     */
    private static List<DrawnSection> expand(List<DrawnSection> drawn) {
        List<DrawnSection> parts = new ArrayList<>();
        for (DrawnSection section : drawn) {
            if (!section.byType()) {
                parts.add(section);
                continue;
            }
            Map<QuestionType, List<List<Question>>> byType = new EnumMap<>(QuestionType.class);
            for (List<Question> unit : section.units()) {
                byType.computeIfAbsent(unit.get(0).type(), t -> new ArrayList<>()).add(unit);
            }
            byType.forEach((type, units) -> parts.add(new DrawnSection(type.heading(),
                    SectionInstructions.forType(type), section.shuffle(), false, units)));
        }
        return parts;
    }

    /** A by-type section becomes one section per topic, in alphabetical order of topic. */
    private static List<DrawnSection> byTopic(List<DrawnSection> drawn) {
        List<DrawnSection> parts = new ArrayList<>();
        for (DrawnSection section : drawn) {
            if (!section.byType()) {
                parts.add(section);
                continue;
            }
            Map<String, List<List<Question>>> byTopic = new java.util.TreeMap<>();
            for (List<Question> unit : section.units()) {
                byTopic.computeIfAbsent(unit.get(0).topic(), t -> new ArrayList<>()).add(unit);
            }
            // The topic as the bank spells it: capitalising "orm" would print "Orm".
            byTopic.forEach((topic, units) -> parts.add(new DrawnSection(topic, "", section.shuffle(), false, units)));
        }
        return parts;
    }

    /**
     * Four characters that tell this run's papers apart from another run's: loose pages from two
     * different tests never carry the same code.
     */
    static String runCode(List<Question> selected, long seed) {
        StringBuilder text = new StringBuilder(Long.toString(seed));
        for (Question question : selected) {
            text.append(question.id()).append('\n');
        }
        byte[] hash = Sha256.digest(text.toString());
        // Crockford's base 32 leaves out I, L, O and U, which are misread on paper.
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            code.append(alphabet.charAt((hash[i] & 0xff) % 32));
        }
        return code.toString();
    }
}

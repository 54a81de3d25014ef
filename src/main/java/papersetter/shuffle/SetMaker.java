package papersetter.shuffle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import papersetter.model.QuestionType;
import papersetter.model.Section;

/**
 * Turns the selected questions into sets A, B, C, …: the same questions in each set, grouped in
 * sections by type (objective questions first, as trainers lay out a paper), shuffled within each
 * section, with the options of each choice item shuffled where the bank allows.
 */
public final class SetMaker {
    private SetMaker() {
    }

    public static List<Paper> makeSets(List<Question> selected, int sets, long seed) {
        if (sets < 1) {
            throw new IllegalArgumentException("at least one set");
        }
        String runCode = runCode(selected, seed);
        List<Paper> papers = new ArrayList<>();
        for (int s = 0; s < sets; s++) {
            String set = Letters.of(s);
            papers.add(makeSet(selected, set, seed, runCode + "-" + set));
        }
        return papers;
    }

    static Paper makeSet(List<Question> selected, String set, long seed, String code) {
        Random order = Seeds.stream(seed, "order/" + set);
        Random options = Seeds.stream(seed, "options/" + set);
        Map<QuestionType, List<Question>> byType = new EnumMap<>(QuestionType.class);
        for (Question question : selected) {
            byType.computeIfAbsent(question.type(), t -> new ArrayList<>()).add(question);
        }
        List<Section> sections = new ArrayList<>();
        int number = 1;
        for (Map.Entry<QuestionType, List<Question>> entry : byType.entrySet()) {
            List<Question> questions = new ArrayList<>(entry.getValue());
            Collections.shuffle(questions, order);
            List<PaperItem> items = new ArrayList<>();
            for (Question question : questions) {
                items.add(new PaperItem(number++, question, OptionShuffler.order(question, options)));
            }
            sections.add(new Section(entry.getKey().heading(), SectionInstructions.forType(entry.getKey()), items));
        }
        return new Paper(set, seed, code, sections);
    }

    /**
     * Four characters that tell this run's papers apart from another run's: loose pages from two
     * different tests never carry the same code.
     */
    static String runCode(List<Question> selected, long seed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Long.toString(seed).getBytes(StandardCharsets.UTF_8));
            for (Question question : selected) {
                digest.update((question.id() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            byte[] hash = digest.digest();
            // Crockford's base 32 leaves out I, L, O and U, which are misread on paper.
            String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                code.append(alphabet.charAt((hash[i] & 0xff) % 32));
            }
            return code.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

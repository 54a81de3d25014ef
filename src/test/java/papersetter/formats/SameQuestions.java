package papersetter.formats;

import java.util.List;
import papersetter.model.Answer;
import papersetter.model.Question;

/** What a question says, without where it was read from: for comparing a bank with its conversions. */
record SameQuestions(String id, String level, String topic, String type, String text, List<String> options,
        Answer answer, String marks, String explanation, int difficulty, boolean shuffle, String image) {

    static SameQuestions of(Question q) {
        return new SameQuestions(q.id(), q.level(), q.topic(), q.type().label(), q.text(), q.options(), q.answer(),
                q.marks().stripTrailingZeros().toPlainString(), q.explanation(), q.difficulty(), q.shuffleOptions(),
                q.image().map(p -> p.getFileName().toString()).orElse(""));
    }

    static List<SameQuestions> of(List<Question> questions) {
        return questions.stream().map(SameQuestions::of).toList();
    }
}

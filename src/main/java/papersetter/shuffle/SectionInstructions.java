package papersetter.shuffle;

import papersetter.model.QuestionType;

/** What a student is told at the head of each section. */
final class SectionInstructions {
    private SectionInstructions() {
    }

    static String forType(QuestionType type) {
        return switch (type) {
            case MCQ -> "Choose the one correct option for each question.";
            case MULTI -> "Each question has more than one correct option. Mark every correct option.";
            case TRUEFALSE -> "Circle True or False for each statement.";
            case FILL -> "Write the missing word or words in each blank.";
            case NUMERIC -> "Write each answer as a number in its box.";
            case SHORT -> "Answer each question in a few sentences in the space given.";
            case LONG -> "Answer each question fully in the space given.";
        };
    }
}

package papersetter.bank;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import papersetter.model.QuestionType;

/**
 * The names trainers give question types in their own sheets and in other tools ("True/False",
 * "Multiple choice", "Fill in the blank", "Essay"), read as the types they name. Only names that
 * can mean one type are here: Moodle's "multichoice", which covers one and several right answers,
 * is not.
 */
final class SpreadsheetTypes {
    private static final Map<String, QuestionType> NAMES = new HashMap<>();

    static {
        names(QuestionType.MCQ, "multiplechoice", "multiplechoicequestion", "multiplechoicesingleanswer",
                "singlechoice", "singleanswer", "singleresponse", "mc", "choice", "onebestanswer");
        names(QuestionType.MULTI, "multipleresponse", "multipleresponses", "multipleanswer", "multipleanswers",
                "multipleselect", "multiselect", "multiplechoicemultipleanswers", "multipleselection", "checkbox",
                "checkboxes", "selectall", "selectallthatapply", "mrq", "mr", "multipleresponsequestion");
        names(QuestionType.TRUEFALSE, "truefalse", "trueorfalse", "tf", "boolean", "yesno", "truefalsequestion");
        names(QuestionType.FILL, "fillintheblank", "fillintheblanks", "fillblank", "fillblanks", "fillin", "blank",
                "blanks", "cloze", "gapfill", "gap", "gaps", "completion", "fillinthegap", "fillinthegaps");
        names(QuestionType.NUMERIC, "numerical", "number", "numericanswer", "numericalanswer", "numericresponse",
                "numericalresponse", "numericentry", "numberentry");
        names(QuestionType.SHORT, "shortanswer", "shortanswers", "shortresponse", "sa", "shortquestion",
                "shortanswerquestion");
        names(QuestionType.LONG, "essay", "essayquestion", "longanswer", "longanswers", "longresponse",
                "extendedresponse", "descriptive", "openended", "open");
    }

    private SpreadsheetTypes() {
    }

    private static void names(QuestionType type, String... names) {
        for (String name : names) {
            NAMES.put(name, type);
        }
    }

    /** "True/False", "Fill-in-the-blank", "MCQ" … as the type they name; empty for anything else. */
    static Optional<QuestionType> read(String value) {
        String key = value.toLowerCase(Locale.ROOT).replaceAll("[\\s/\\-_.()&]+", "").replace("questions", "question");
        return Optional.ofNullable(NAMES.get(key));
    }
}

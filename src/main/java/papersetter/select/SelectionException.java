package papersetter.select;

import papersetter.model.BadInputException;

/** The bank cannot give what was asked for; the message says what it can give. */
public class SelectionException extends BadInputException {
    SelectionException(String message) {
        super(message);
    }
}

package papersetter.output;

import papersetter.model.BadInputException;

/** A manifest that cannot be read or reprinted; the message names the file, the place and what to do. */
public final class ManifestException extends BadInputException {
    public ManifestException(String message) {
        super(message);
    }
}

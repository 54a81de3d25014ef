package papersetter.model;

/**
 * A problem with what the user gave us (a bank, a layout, the options), as opposed to a fault
 * in papersetter. The command line prints its message without a stack trace and exits with 2.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

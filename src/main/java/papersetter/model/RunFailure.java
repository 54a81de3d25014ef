package papersetter.model;

/**
 * Something outside the user's input stopped a run (a folder that cannot be written, a full
 * disk). The command line prints the message plainly and exits with 1.
 */
public class RunFailure extends RuntimeException {
    public RunFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

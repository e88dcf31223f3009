package dev.cruddur.console.core.error;

/**
 * An error whose message is one sentence a user can act on: what is wrong and what to do. The cause keeps
 * the technical detail for the expandable part of the dialog (or {@code --verbose} on the command line).
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String sentence) {
        super(sentence);
    }

    public UserFacingException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}

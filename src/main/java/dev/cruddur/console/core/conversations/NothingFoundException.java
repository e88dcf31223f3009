package dev.cruddur.console.core.conversations;

import dev.cruddur.console.core.error.UserFacingException;

/**
 * The request was fine but found nothing (no such handle, an empty partition, a group without messages).
 * A subclass so that the window can show it as an empty state with its hint rather than as an error dialog.
 */
public final class NothingFoundException extends UserFacingException {

    public NothingFoundException(String sentence) {
        super(sentence);
    }
}

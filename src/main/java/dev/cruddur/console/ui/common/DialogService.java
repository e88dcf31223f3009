package dev.cruddur.console.ui.common;

import dev.cruddur.console.core.error.UserFacingException;

import java.util.Optional;

/**
 * The one way the UI shows errors, notices and questions. Errors show their one sentence up front and the
 * technical detail folded away.
 */
public interface DialogService {

    void showError(String title, UserFacingException error);

    /** A short notice that goes away by itself. */
    void notify(String message);

    boolean confirm(String title, String question);

    /**
     * Asks the user to type a name to confirm something destructive.
     *
     * @return what was typed, or empty if the dialog was cancelled
     */
    Optional<String> askTypedConfirmation(String title, String warning, String expected);
}

package dev.cruddur.console.ui.conversations;

import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.ui.common.DialogService;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A dialog service that records what it would have shown, for tests of view models. */
final class RecordingDialogs implements DialogService {

    final List<String> errors = new CopyOnWriteArrayList<>();

    @Override
    public void showError(String title, UserFacingException error) {
        errors.add(error.getMessage());
    }

    @Override
    public void notify(String message) {
    }

    @Override
    public boolean confirm(String title, String question) {
        return false;
    }

    @Override
    public Optional<String> askTypedConfirmation(String title, String warning, String expected) {
        return Optional.empty();
    }
}

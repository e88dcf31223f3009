package dev.cruddur.console.ui;

import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.ui.common.DialogService;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link DialogService} for view-model tests: records what the user would see, answers as scripted. */
public final class ScriptedDialogs implements DialogService {

    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> notices = new CopyOnWriteArrayList<>();
    private final Deque<Optional<String>> typedAnswers = new ArrayDeque<>();
    private boolean confirmAnswer = true;

    public void willType(String text) {
        typedAnswers.add(Optional.ofNullable(text));
    }

    public void willConfirm(boolean answer) {
        confirmAnswer = answer;
    }

    @Override
    public void showError(String title, UserFacingException error) {
        errors.add(error.getMessage());
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public boolean confirm(String title, String question) {
        return confirmAnswer;
    }

    @Override
    public Optional<String> askTypedConfirmation(String title, String warning, String expected) {
        return typedAnswers.isEmpty() ? Optional.empty() : typedAnswers.poll();
    }
}

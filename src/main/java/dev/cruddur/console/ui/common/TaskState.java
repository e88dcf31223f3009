package dev.cruddur.console.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The observable state of a view model's background work: whether something runs, its progress (-1 when
 * unknown) and message, and a way to cancel it. Controllers bind a progress bar, a label and a cancel
 * button to it; the view model never touches those nodes.
 */
public final class TaskState {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private Task<?> current;

    void attach(Task<?> task, boolean canCancel) {
        current = task;
        running.set(true);
        cancellable.set(canCancel);
        progress.unbind();
        message.unbind();
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
    }

    void detach(Task<?> task, String finalMessage) {
        if (current != task) {
            return;
        }
        progress.unbind();
        message.unbind();
        progress.set(0);
        message.set(finalMessage == null ? "" : finalMessage);
        running.set(false);
        cancellable.set(false);
        current = null;
    }

    /** Asks the running task to stop; it ends at its next check and reports how far it got. */
    public void cancel() {
        if (current != null) {
            current.cancel(true);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }
}

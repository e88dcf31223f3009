package dev.cruddur.console.ui.main;

import dev.cruddur.console.core.local.ServiceState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Where a DynamoDB Local the console starts keeps its tables: on disk (the default, kept across restarts) or
 * in memory (a clean slate, lost when it stops). The choice applies to the next start, so it can only change
 * while the console is not running DynamoDB Local itself.
 */
public final class DynamoStorageChoice {

    public static final String TOOLTIP = "Start DynamoDB Local with its tables in memory only: they are lost "
            + "when it stops. Applies to the next start from the console.";

    private final BooleanProperty inMemory = new SimpleBooleanProperty(false);
    private final BooleanBinding disabled;

    DynamoStorageChoice(ServiceRowModel dynamoRow) {
        disabled = Bindings.createBooleanBinding(() -> {
            ServiceState s = dynamoRow.stateProperty().get();
            return s == ServiceState.UP || s == ServiceState.STARTING;
        }, dynamoRow.stateProperty());
        inMemory.addListener((obs, was, now) -> dynamoRow.noteNextStart(nextStart(now)));
        dynamoRow.noteNextStart(nextStart(false));
    }

    private static String nextStart(boolean memory) {
        return memory ? "When the console starts it, it keeps its tables in memory only: they are lost when it stops."
                : "When the console starts it, it keeps its tables on disk in the console's data folder, across restarts.";
    }

    public BooleanProperty inMemoryProperty() {
        return inMemory;
    }

    public boolean inMemory() {
        return inMemory.get();
    }

    /** True while the console runs DynamoDB Local (or is starting it): its storage is fixed until it stops. */
    public BooleanBinding disabledProperty() {
        return disabled;
    }
}

package dev.cruddur.console.ui.main;

import dev.cruddur.console.core.local.Service;
import dev.cruddur.console.core.local.ServiceState;
import dev.cruddur.console.core.local.ServiceStatus;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One local service in the status area: its state, address, tooltip and what its button does. */
public final class ServiceRowModel {

    private final Service service;
    private final ReadOnlyObjectWrapper<ServiceState> state = new ReadOnlyObjectWrapper<>(ServiceState.DOWN);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper actionText = new ReadOnlyStringWrapper("Start");
    private final ReadOnlyBooleanWrapper actionDisabled = new ReadOnlyBooleanWrapper(true);
    /** Said after the detail while the console could start the service: what that start would do. */
    private String nextStartNote = "";
    private ServiceStatus last;

    ServiceRowModel(Service service) {
        this.service = service;
        apply(new ServiceStatus(service, ServiceState.DOWN, "", "Not checked yet."));
    }

    void apply(ServiceStatus status) {
        last = status;
        state.set(status.state());
        stateText.set(status.state().name());
        address.set(status.address() == null ? "" : status.address());
        detail.set(status.detail() == null || status.detail().isBlank()
                ? service.label() + " is " + status.state().name().toLowerCase() + "." : status.detail());
        boolean startable = status.state() == ServiceState.DOWN || status.state() == ServiceState.FAILED;
        if (startable && !nextStartNote.isEmpty()) {
            detail.set(detail.get() + " " + nextStartNote);
        }
        boolean running = status.state() == ServiceState.UP;
        actionText.set(running ? "Stop" : "Start");
        // EXTERNAL services belong to someone else; STARTING is already under way.
        actionDisabled.set(status.state() == ServiceState.EXTERNAL || status.state() == ServiceState.STARTING);
    }

    void noteNextStart(String note) {
        nextStartNote = note;
        apply(last);
    }

    void starting(String message) {
        apply(new ServiceStatus(service, ServiceState.STARTING, address.get(), message));
    }

    void failed(String sentence) {
        apply(new ServiceStatus(service, ServiceState.FAILED, address.get(), sentence));
    }

    public Service service() {
        return service;
    }

    public String label() {
        return service.label();
    }

    public ReadOnlyObjectProperty<ServiceState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionTextProperty() {
        return actionText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty actionDisabledProperty() {
        return actionDisabled.getReadOnlyProperty();
    }
}

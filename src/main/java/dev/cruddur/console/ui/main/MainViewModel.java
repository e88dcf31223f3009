package dev.cruddur.console.ui.main;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.EnvironmentStore;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.error.Errors;
import dev.cruddur.console.core.local.LocalStackControl;
import dev.cruddur.console.core.local.Service;
import dev.cruddur.console.core.local.ServiceState;
import dev.cruddur.console.core.local.ServiceStatus;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.ui.common.BackgroundTasks;
import dev.cruddur.console.ui.common.DialogService;
import dev.cruddur.console.ui.common.EnvironmentSession;
import dev.cruddur.console.ui.common.TaskState;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The window's state: which environment is active, the services built for it, the prod banner, the local
 * services' status. Everything that does I/O (the settings file, probing, starting, building clients) runs
 * through {@link BackgroundTasks}; results land on the FX thread.
 */
public final class MainViewModel {

    private static final String APP_TITLE = "Cruddur Console";

    private final EnvironmentStore store;
    private final Secrets secrets;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Function<Environment, LocalStackControl> localStacks;
    private final Function<Environment, EnvironmentSession> sessions;

    private final ObservableList<Environment> environments = FXCollections.observableArrayList();
    private final ObjectProperty<Environment> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Environment> active = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EnvironmentSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper prod = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper bannerText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(APP_TITLE);
    private final ReadOnlyBooleanWrapper localStackVisible = new ReadOnlyBooleanWrapper(false);
    private final Map<Service, ServiceRowModel> services = new EnumMap<>(Service.class);
    private final TaskState taskState = new TaskState();
    private final DynamoStorageChoice dynamoStorage;
    /** Controls by environment name, kept until exit so switching away does not stop what we started. */
    private final Map<String, StackEntry> stacks = new ConcurrentHashMap<>();
    private int generation;

    private record StackEntry(Environment environment, LocalStackControl control) {
    }

    private record Activation(EnvironmentSession session, List<ServiceStatus> statuses, String stackFailure) {
    }

    public MainViewModel(EnvironmentStore store, Secrets secrets, BackgroundTasks tasks, DialogService dialogs,
                         Function<Environment, LocalStackControl> localStacks,
                         Function<Environment, EnvironmentSession> sessions) {
        this.store = store;
        this.secrets = secrets;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.localStacks = localStacks;
        this.sessions = sessions;
        for (Service s : Service.values()) {
            services.put(s, new ServiceRowModel(s));
        }
        dynamoStorage = new DynamoStorageChoice(services.get(Service.DYNAMODB));
        selected.addListener((obs, old, now) -> {
            if (now != null && !now.equals(active.get())) {
                activate(now, true);
            }
        });
    }

    /** Shows the saved environment and connects to it; call once the window is up. */
    public void start() {
        Environment saved;
        synchronized (store) {
            environments.setAll(store.all());
            saved = store.selected();
        }
        activate(saved, false);
        selected.set(saved);
    }

    private void activate(Environment env, boolean remember) {
        int mine = ++generation;
        active.set(env);
        prod.set(env.isAws());
        bannerText.set(env.isAws() ? bannerFor(env) : "");
        summary.set(env.isAws() ? "AWS " + env.region() : "local · " + env.dynamoEndpoint());
        windowTitle.set(APP_TITLE + " — " + (env.isAws() ? bannerFor(env) : env.name() + " · " + env.dynamoEndpoint()));
        localStackVisible.set(env.managedLocalStack());
        EnvironmentSession old = session.get();
        session.set(null);
        if (env.managedLocalStack()) {
            services.values().forEach(r -> r.starting("Checking " + r.label() + " for " + env.name() + "…"));
        }
        boolean inMemory = dynamoStorage.inMemory();
        tasks.run("Connecting to " + env.name(), progress -> {
                    close(old);
                    if (remember) {
                        synchronized (store) {
                            store.select(env.name());
                        }
                    }
                    return connect(env, inMemory, progress);
                })
                .trackIn(taskState).errorContext(env).notCancellable()
                .onSuccess(result -> {
                    if (mine != generation) {
                        close(result.session());
                        return;
                    }
                    result.statuses().forEach(s -> services.get(s.service()).apply(s));
                    if (result.stackFailure() != null) {
                        services.values().forEach(r -> r.failed(result.stackFailure()));
                    }
                    session.set(result.session());
                    checkConnection();
                })
                .start();
    }

    /**
     * Says in the status bar whether the active environment answers, after one cheap call off the FX thread:
     * "Connected" only when it did, otherwise the reason (no credentials, nothing listening).
     */
    private void checkConnection() {
        EnvironmentSession s = session.get();
        if (s == null) {
            return;
        }
        tasks.run(ConnectionCheck.checking(s.environment()), progress -> ConnectionCheck.describe(s))
                .trackIn(taskState).notCancellable()
                .doneMessage(sentence -> sentence)
                .start();
    }

    /** Off the FX thread: brings the local stack up if this environment has one, then builds the clients. */
    private Activation connect(Environment env, boolean dynamoInMemory, Progress progress) {
        List<ServiceStatus> statuses = List.of();
        String failure = null;
        if (env.managedLocalStack()) {
            try {
                LocalStackControl control = control(env);
                control.useInMemoryDynamo(dynamoInMemory);
                statuses = control.ensureUp(progress);
            } catch (RuntimeException e) {
                failure = Errors.sentence(e, env);
            }
        }
        progress.update(0, 1, "Connecting to " + env.name());
        return new Activation(sessions.apply(env), statuses, failure);
    }

    private LocalStackControl control(Environment env) {
        StackEntry entry = stacks.compute(env.name(), (name, existing) -> {
            if (existing != null && existing.environment().equals(env)) {
                return existing;
            }
            if (existing != null) {
                existing.control().close();
            }
            LocalStackControl control = localStacks.apply(env);
            control.addListener(status -> Platform.runLater(() -> {
                if (env.equals(active.get())) {
                    services.get(status.service()).apply(status);
                }
            }));
            return new StackEntry(env, control);
        });
        return entry.control();
    }

    /** The status area's button: starts a stopped service, stops one the console started. */
    public void toggle(ServiceRowModel row) {
        Environment env = active.get();
        if (env == null || !env.managedLocalStack()) {
            return;
        }
        boolean stopping = row.stateProperty().get() == ServiceState.UP;
        if (!stopping) {
            row.starting("Starting " + row.label() + "…");
        }
        boolean inMemory = dynamoStorage.inMemory();
        tasks.run((stopping ? "Stopping " : "Starting ") + row.label(), progress -> {
                    if (stopping) {
                        return control(env).stop(row.service());
                    }
                    if (row.service() == Service.DYNAMODB) {
                        control(env).useInMemoryDynamo(inMemory);
                    }
                    return control(env).start(row.service(), progress);
                })
                .trackIn(taskState).errorContext(env).notCancellable()
                .onSuccess(status -> {
                    if (env.equals(active.get())) {
                        row.apply(status);
                        checkConnection();
                    }
                })
                .onFailure(error -> {
                    if (env.equals(active.get())) {
                        row.failed(error.getMessage());
                    }
                    dialogs.showError((stopping ? "Stopping " : "Starting ") + row.label() + " failed", error);
                })
                .start();
    }

    /**
     * Adds or replaces an environment. The password, if any, goes to {@link Secrets} (memory) only; the
     * settings file never sees it.
     */
    public void saveEnvironment(Environment env, String postgresPassword) {
        if (postgresPassword != null && !postgresPassword.isEmpty()) {
            secrets.setPostgresPassword(env.name(), postgresPassword);
        }
        tasks.run("Saving environment " + env.name(), progress -> {
                    synchronized (store) {
                        store.put(env);
                        return store.all();
                    }
                })
                .trackIn(taskState).notCancellable()
                .doneMessage("Saved environment " + env.name() + ".")
                .onSuccess(all -> {
                    String activeName = active.get() == null ? null : active.get().name();
                    environments.setAll(all);
                    all.stream().filter(e -> e.name().equals(activeName)).findFirst().ifPresent(selected::set);
                })
                .start();
    }

    /**
     * Removes a profile after asking. The built-in local and prod go straight to the store, which refuses them
     * with a sentence. When the removed profile was active, the console switches to local.
     */
    public void removeEnvironment(Environment env) {
        if (env == null) {
            return;
        }
        boolean builtIn = EnvironmentStore.LOCAL.equals(env.name()) || EnvironmentStore.PROD.equals(env.name());
        if (!builtIn && !dialogs.confirm("Remove " + env.name(), "Remove the environment '" + env.name()
                + "' from the console? Its settings are deleted; the data it points at is left alone.")) {
            return;
        }
        tasks.run("Removing environment " + env.name(), progress -> {
                    synchronized (store) {
                        store.remove(env.name());
                        return store.all();
                    }
                })
                .trackIn(taskState).notCancellable()
                .doneMessage("Removed environment " + env.name() + ".")
                .onSuccess(all -> {
                    if (active.get() != null && active.get().name().equals(env.name())) {
                        all.stream().filter(e -> e.name().equals(EnvironmentStore.LOCAL)).findFirst()
                                .ifPresent(selected::set);
                    }
                    String activeName = active.get() == null ? null : active.get().name();
                    environments.setAll(all);
                    all.stream().filter(e -> e.name().equals(activeName)).findFirst().ifPresent(selected::set);
                })
                .start();
    }

    /**
     * On exit: closes the clients and every local stack (which stops only what the console started) on a
     * non-daemon thread, so the JVM waits for it while the window is already gone; then runs {@code done}.
     */
    public void shutdown(Runnable done) {
        generation++;
        List<AutoCloseable> toClose = new ArrayList<>();
        if (session.get() != null) {
            toClose.add(session.get());
        }
        stacks.values().forEach(e -> toClose.add(e.control()));
        session.set(null);
        Thread closer = new Thread(() -> {
            toClose.forEach(MainViewModel::close);
            Platform.runLater(done);
        }, "console-shutdown");
        closer.setDaemon(false);
        closer.start();
    }

    static String bannerFor(Environment env) {
        return "PROD · AWS " + env.region() + " · profile " + (env.awsProfile() == null ? "default" : env.awsProfile())
                + " · " + env.name() + (env.writable() ? " · WRITABLE" : " · read-only");
    }

    private static void close(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // Closing is best effort on the way out; a failure must not keep the others open.
            System.err.println("Could not close " + c.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public Secrets secrets() {
        return secrets;
    }

    public ObservableList<Environment> environments() {
        return environments;
    }

    public ObjectProperty<Environment> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Environment> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EnvironmentSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty prodProperty() {
        return prod.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerTextProperty() {
        return bannerText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty localStackVisibleProperty() {
        return localStackVisible.getReadOnlyProperty();
    }

    public List<ServiceRowModel> services() {
        return List.copyOf(services.values());
    }

    public DynamoStorageChoice dynamoStorage() {
        return dynamoStorage;
    }

    public TaskState taskState() {
        return taskState;
    }
}

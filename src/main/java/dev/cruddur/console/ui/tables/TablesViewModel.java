package dev.cruddur.console.ui.tables;

import dev.cruddur.console.core.dynamo.BillingChoice;
import dev.cruddur.console.core.dynamo.TableAdmin;
import dev.cruddur.console.core.dynamo.TableSummary;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.seed.Seeder;
import dev.cruddur.console.core.tables.TableOperations;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.ui.common.BackgroundTasks;
import dev.cruddur.console.ui.common.DialogService;
import dev.cruddur.console.ui.common.EnvironmentSession;
import dev.cruddur.console.ui.common.TaskState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/**
 * State and logic of the Tables tab: list, create, seed, drop, reset and the Postgres users, over
 * {@link TableOperations} (which also enforces the prod guards). Never touches a node; every action runs
 * through {@link BackgroundTasks} tracked in {@link #taskState()}.
 */
public final class TablesViewModel {

    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ObservableValue<EnvironmentSession> session;

    private final ObservableList<TableSummary> tables = FXCollections.observableArrayList();
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>();
    private final StringProperty tableName = new SimpleStringProperty(Environment.DEFAULT_TABLE);
    private final BooleanProperty onDemand = new SimpleBooleanProperty(false);
    private final ObjectProperty<Integer> readCapacity = new SimpleObjectProperty<>(5);
    private final ObjectProperty<Integer> writeCapacity = new SimpleObjectProperty<>(5);
    private final BooleanProperty stream = new SimpleBooleanProperty(true);
    private final ObjectProperty<User> firstUser = new SimpleObjectProperty<>();
    private final ObjectProperty<User> secondUser = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("Connecting…");
    private final ReadOnlyStringWrapper usersHint = new ReadOnlyStringWrapper("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final TaskState taskState = new TaskState();

    private final BooleanBinding connected;
    private final BooleanBinding aws;
    private final BooleanBinding destructiveAllowed;
    private final StringBinding statusLine;

    public TablesViewModel(BackgroundTasks tasks, DialogService dialogs, ObservableValue<EnvironmentSession> session) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.session = session;
        connected = Bindings.createBooleanBinding(() -> session.getValue() != null, session);
        aws = Bindings.createBooleanBinding(() -> environment.get() != null && environment.get().isAws(), environment);
        destructiveAllowed = Bindings.createBooleanBinding(
                () -> environment.get() != null && environment.get().allowsDestructiveActions(), environment);
        statusLine = Bindings.createStringBinding(
                () -> taskState.isRunning() || notice.get().isEmpty() ? taskState.messageProperty().get() : notice.get(),
                taskState.runningProperty(), taskState.messageProperty(), notice);
        session.addListener((obs, old, now) -> onSession(now));
        onSession(session.getValue());
    }

    private void onSession(EnvironmentSession now) {
        tables.clear();
        users.clear();
        usersHint.set("");
        notice.set("");
        if (now == null) {
            placeholder.set("Connecting to the environment…");
            return;
        }
        environment.set(now.environment());
        tableName.set(now.environment().tableName());
        refresh();
    }

    /**
     * Lists the tables and, side by side, the Postgres users: each has its own background call and its own
     * empty-state sentence, so a DynamoDB without credentials does not hide a working Postgres (or the
     * reverse). Failures show in the lists' placeholders rather than as dialogs.
     */
    public void refresh() {
        EnvironmentSession s = session.getValue();
        if (s == null) {
            return;
        }
        if (tables.isEmpty()) {
            placeholder.set("Listing tables in " + s.environment().name() + "…");
        }
        tasks.run("Listing tables in " + s.environment().name(), progress -> s.tables().list())
                .trackIn(taskState).errorContext(s.environment())
                .onSuccess(listed -> {
                    if (s == session.getValue()) {
                        tables.setAll(listed);
                        placeholder.set("No tables yet: create " + s.environment().tableName() + " with Create table.");
                    }
                })
                .onFailure(error -> {
                    if (s == session.getValue()) {
                        tables.clear();
                        placeholder.set(error.getMessage());
                    }
                })
                .start();
        loadUsers(s);
    }

    /** Not tracked in the task state: the bar and Cancel belong to the table work the user started. */
    private void loadUsers(EnvironmentSession s) {
        if (users.isEmpty()) {
            usersHint.set("Loading users from Postgres…");
        }
        tasks.run("Loading users", progress -> s.tables().users())
                .errorContext(s.environment())
                .onSuccess(listed -> {
                    if (s == session.getValue()) {
                        showUsers(listed);
                    }
                })
                .onFailure(error -> {
                    if (s == session.getValue()) {
                        showUsers(List.of());
                        usersHint.set(error.getMessage());
                    }
                })
                .start();
    }

    private void showUsers(List<User> listed) {
        User first = firstUser.get();
        User second = secondUser.get();
        users.setAll(listed);
        firstUser.set(keep(first, 0));
        secondUser.set(keep(second, 1));
        usersHint.set(listed.isEmpty() ? "No users in Postgres yet: run Postgres setup to add the seed users."
                : listed.size() + " users in Postgres.");
    }

    /** The same user (by uuid) if still listed, else the default: the first or second user. */
    private User keep(User previous, int defaultIndex) {
        if (previous != null) {
            Optional<User> same = users.stream().filter(u -> u.uuid().equals(previous.uuid())).findFirst();
            if (same.isPresent()) {
                return same.get();
            }
        }
        return users.size() > defaultIndex ? users.get(defaultIndex) : null;
    }

    public void create() {
        EnvironmentSession s = session.getValue();
        if (s == null) {
            return;
        }
        String table = tableName.get().strip();
        BillingChoice billing = onDemand.get() ? BillingChoice.ON_DEMAND
                : BillingChoice.provisioned(readCapacity.get(), writeCapacity.get());
        boolean withStream = stream.get();
        notice.set("");
        tasks.run("Creating " + table, progress -> s.tables().create(table, billing, withStream))
                .trackIn(taskState).errorContext(s.environment()).notCancellable()
                .onSuccess(outcome -> {
                    tell(outcome == TableAdmin.CreateOutcome.ALREADY_EXISTS
                            ? "Table " + table + " already exists in " + where(s) + "; nothing changed."
                            : "Created " + table + " in " + where(s) + ".");
                    refresh();
                })
                .start();
    }

    public void seed() {
        EnvironmentSession s = session.getValue();
        if (s == null) {
            return;
        }
        if (s.environment().isAws() && !dialogs.confirm("Seed on AWS",
                "Write the sample conversation into " + tableName.get() + " on AWS " + s.environment().region() + "?")) {
            return;
        }
        String table = tableName.get().strip();
        User first = firstUser.get();
        User second = secondUser.get();
        notice.set("");
        tasks.run("Seeding " + table, progress -> {
                    List<User> pair = first == null || second == null ? s.tables().seedUsers(null, null) : List.of(first, second);
                    Seeder.Result result = s.tables().seed(table, pair.get(0), pair.get(1), progress);
                    return seededSentence(result, pair);
                })
                .trackIn(taskState).errorContext(s.environment())
                .onSuccess(sentence -> {
                    tell(sentence);
                    refresh();
                })
                .start();
    }

    public void drop() {
        EnvironmentSession s = session.getValue();
        if (s == null) {
            return;
        }
        String table = tableName.get().strip();
        String warning = "This deletes " + table + " and every item in it from " + where(s) + ". It cannot be undone.";
        Optional<String> typed = dialogs.askTypedConfirmation("Drop " + table, warning, table);
        if (typed.isEmpty()) {
            tell("Drop cancelled; nothing was dropped.");
            return;
        }
        notice.set("");
        tasks.run("Dropping " + table, progress -> {
                    s.tables().drop(table, typed.get(), progress);
                    return table;
                })
                .trackIn(taskState).errorContext(s.environment()).notCancellable()
                .onSuccess(dropped -> {
                    tell("Dropped " + dropped + " from " + where(s) + ".");
                    refresh();
                })
                .start();
    }

    /** Local only: empty (or create) the table and seed it, in one go. */
    public void resetLocal() {
        EnvironmentSession s = session.getValue();
        if (s == null) {
            return;
        }
        String table = tableName.get().strip();
        if (!dialogs.confirm("Reset " + table, "Empty " + table + " in " + where(s)
                + " (creating it if needed) and seed the sample conversation?")) {
            return;
        }
        User first = firstUser.get();
        User second = secondUser.get();
        BillingChoice billing = onDemand.get() ? BillingChoice.ON_DEMAND
                : BillingChoice.provisioned(readCapacity.get(), writeCapacity.get());
        notice.set("");
        tasks.run("Resetting " + table, progress -> {
                    List<User> pair = first == null || second == null ? s.tables().seedUsers(null, null) : List.of(first, second);
                    return "Reset " + table + ": " + seededSentence(s.tables().reset(table, billing, pair.get(0), pair.get(1), progress), pair);
                })
                .trackIn(taskState).errorContext(s.environment())
                .onSuccess(sentence -> {
                    tell(sentence);
                    refresh();
                })
                .start();
    }

    /** Local only: the users schema and the seed users. */
    public void setupPostgres() {
        EnvironmentSession s = session.getValue();
        if (s == null) {
            return;
        }
        notice.set("");
        tasks.run("Setting up Postgres", progress -> s.tables().setupPostgres())
                .trackIn(taskState).errorContext(s.environment()).notCancellable()
                .onSuccess(added -> {
                    tell("Users schema ready; " + added + " seed user(s) added.");
                    refresh();
                })
                .start();
    }

    public void cancel() {
        taskState.cancel();
    }

    private void tell(String sentence) {
        notice.set(sentence);
        dialogs.notify(sentence);
    }

    private static String seededSentence(Seeder.Result result, List<User> pair) {
        return "Seeded " + result.messagesWritten() + " messages between @" + pair.get(0).handle()
                + " and @" + pair.get(1).handle() + ".";
    }

    private static String where(EnvironmentSession s) {
        Environment env = s.environment();
        return env.isAws() ? env.name() + " (AWS " + env.region() + ")" : env.name() + " (" + env.dynamoEndpoint() + ")";
    }

    /** Why Drop (and Seed) are disabled, or what they will ask for. */
    public StringBinding dropHintProperty() {
        return Bindings.createStringBinding(() -> TableHints.drop(environment.get()), environment);
    }

    /** Tooltip of Reset local and Postgres setup. */
    public StringBinding localOnlyHintProperty() {
        return Bindings.createStringBinding(() -> TableHints.localOnly(environment.get()), environment);
    }

    public ObservableList<TableSummary> tables() {
        return tables;
    }

    public ObservableList<User> users() {
        return users;
    }

    public ObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    public StringProperty tableNameProperty() {
        return tableName;
    }

    public BooleanProperty onDemandProperty() {
        return onDemand;
    }

    public ObjectProperty<Integer> readCapacityProperty() {
        return readCapacity;
    }

    public ObjectProperty<Integer> writeCapacityProperty() {
        return writeCapacity;
    }

    public BooleanProperty streamProperty() {
        return stream;
    }

    public ObjectProperty<User> firstUserProperty() {
        return firstUser;
    }

    public ObjectProperty<User> secondUserProperty() {
        return secondUser;
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty usersHintProperty() {
        return usersHint.getReadOnlyProperty();
    }

    public StringBinding statusLineProperty() {
        return statusLine;
    }

    public TaskState taskState() {
        return taskState;
    }

    public BooleanBinding connectedProperty() {
        return connected;
    }

    public BooleanBinding awsProperty() {
        return aws;
    }

    public BooleanBinding destructiveAllowedProperty() {
        return destructiveAllowed;
    }

    /** Create: needs a connection and nothing else running. */
    public BooleanBinding createDisabledProperty() {
        return taskState.runningProperty().or(connected.not());
    }

    /** Seed and drop: also need an environment that allows destructive actions (local, or writable AWS). */
    public BooleanBinding destructiveDisabledProperty() {
        return createDisabledProperty().or(destructiveAllowed.not()).or(tableName.isEmpty());
    }

    /** Reset and Postgres setup: local only. */
    public BooleanBinding localOnlyDisabledProperty() {
        return createDisabledProperty().or(aws);
    }
}

package dev.cruddur.console.ui.main;

import dev.cruddur.console.core.env.AppDirs;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.EnvironmentStore;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.local.LocalStackControl;
import dev.cruddur.console.core.local.ProbeOnlyLocalStack;
import dev.cruddur.console.core.local.Service;
import dev.cruddur.console.core.local.ServiceState;
import dev.cruddur.console.core.local.ServiceStatus;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.ui.ConsoleContext;
import dev.cruddur.console.ui.ConsoleWindow;
import dev.cruddur.console.ui.ScriptedDialogs;
import dev.cruddur.console.ui.common.BackgroundTasks;
import dev.cruddur.console.ui.common.EnvironmentSession;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static dev.cruddur.console.ui.FxTestSupport.await;
import static dev.cruddur.console.ui.FxTestSupport.onFx;
import static dev.cruddur.console.ui.FxTestSupport.runFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The window's view model without a stage: switcher, prod banner, local services, settings, exit. */
class MainViewModelTest {

    @TempDir
    Path home;

    private ServerSocket fakeDynamo;
    private int deadPort;
    private AppDirs dirs;
    private Map<String, String> variables;
    private final Secrets secrets = new Secrets();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicInteger stacksClosed = new AtomicInteger();
    private final List<Boolean> dynamoStartsInMemory = new CopyOnWriteArrayList<>();
    private BackgroundTasks tasks;
    private EnvironmentStore store;
    private MainViewModel viewModel;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        // Something answers where the local DynamoDB should be; nothing answers for Postgres.
        fakeDynamo = new ServerSocket(0);
        try (ServerSocket closed = new ServerSocket(0)) {
            deadPort = closed.getLocalPort();
        }
        dirs = AppDirs.under(home);
        variables = Map.of("AWS_ENDPOINT_URL", "http://localhost:" + fakeDynamo.getLocalPort(),
                "CONNECTION_URL", "postgresql://postgres:local-pw@localhost:" + deadPort + "/cruddur");
        store = new EnvironmentStore(dirs, variables, secrets);
        tasks = new BackgroundTasks(dialogs);
        viewModel = onFx(() -> new MainViewModel(store, secrets, tasks, dialogs, CountingStack::new,
                env -> EnvironmentSession.open(env, secrets, Clock.systemUTC())));
    }

    @AfterEach
    void tearDown() throws Exception {
        fakeDynamo.close();
        tasks.close();
    }

    @Test
    void managedLocalEnvironmentShowsEachServiceWithItsState() throws Exception {
        runFx(viewModel::start);

        await("the local services are probed", () -> stateOf(Service.POSTGRES) == ServiceState.DOWN
                && viewModel.sessionProperty().get() != null);
        onFx(() -> {
            assertThat(viewModel.localStackVisibleProperty().get()).isTrue();
            assertThat(viewModel.prodProperty().get()).isFalse();
            assertThat(stateOf(Service.DYNAMODB)).isEqualTo(ServiceState.EXTERNAL);
            assertThat(row(Service.DYNAMODB).actionDisabledProperty().get()).as("external services are left alone").isTrue();
            assertThat(row(Service.POSTGRES).detailProperty().get()).startsWith("Nothing answers at jdbc:postgresql://localhost:" + deadPort);
            assertThat(viewModel.windowTitleProperty().get()).contains("local").doesNotContain("PROD");
            assertThat(viewModel.sessionProperty().get().environment().name()).isEqualTo(EnvironmentStore.LOCAL);
            return null;
        });
    }

    @Test
    void prodShowsTheBannerAndTitleAndTheChoiceIsRemembered() throws Exception {
        runFx(viewModel::start);
        await("connected to local", () -> viewModel.sessionProperty().get() != null);

        runFx(() -> viewModel.selectedProperty().set(viewModel.environments().stream()
                .filter(Environment::isAws).findFirst().orElseThrow()));

        await("connected to prod", () -> viewModel.sessionProperty().get() != null
                && viewModel.sessionProperty().get().environment().isAws());
        onFx(() -> {
            assertThat(viewModel.prodProperty().get()).isTrue();
            assertThat(viewModel.bannerTextProperty().get()).startsWith("PROD · AWS us-east-1 · profile default")
                    .endsWith("read-only");
            assertThat(viewModel.windowTitleProperty().get()).contains("PROD · AWS us-east-1");
            assertThat(viewModel.localStackVisibleProperty().get()).isFalse();
            return null;
        });
        assertThat(new EnvironmentStore(dirs, variables, new Secrets()).selected().name()).isEqualTo(EnvironmentStore.PROD);
    }

    @Test
    void aSavedProfileKeepsItsPasswordInMemoryOnly() throws Exception {
        runFx(viewModel::start);
        EnvironmentForm form = new EnvironmentForm();
        Environment staging = onFx(() -> {
            form.newFrom(viewModel.activeProperty().get());
            form.nameProperty().set("staging");
            form.postgresPasswordProperty().set("staging-secret-42");
            Environment env = form.toEnvironment(List.of("local", "prod"));
            viewModel.saveEnvironment(env, form.password());
            return env;
        });

        await("the profile is listed", () -> viewModel.environments().contains(staging));
        String saved = Files.readString(dirs.configDir().resolve("environments.json"));
        assertThat(saved).contains("\"staging\"").doesNotContain("staging-secret-42").doesNotContain("local-pw");
        assertThat(secrets.postgresPassword("staging")).contains("staging-secret-42");
    }

    @Test
    void theFormRefusesDuplicateNamesAndWarnsAboutWritableAws() throws Exception {
        EnvironmentForm form = new EnvironmentForm();
        onFx(() -> {
            form.newFrom(viewModel.environments().isEmpty()
                    ? new Environment("x", null, null, null, null, null, null, null, null, false, false)
                    : viewModel.environments().get(0));
            form.nameProperty().set("prod");
            assertThatThrownBy(() -> form.toEnvironment(List.of("local", "prod")))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("exists already");
            form.dynamoEndpointProperty().set("");
            form.writableProperty().set(true);
            assertThat(form.writableAwsProperty().get()).isTrue();
            form.dynamoEndpointProperty().set("http://localhost:8000");
            assertThat(form.writableAwsProperty().get()).isFalse();
            return null;
        });
    }

    @Test
    void exitClosesTheLocalStackWithoutBlockingTheFxThread() throws Exception {
        runFx(viewModel::start);
        await("connected", () -> viewModel.sessionProperty().get() != null);
        AtomicBoolean done = new AtomicBoolean();

        runFx(() -> viewModel.shutdown(() -> done.set(true)));

        await("shutdown finished", done::get);
        assertThat(stacksClosed.get()).isEqualTo(1);
    }

    @Test
    void theWindowHasTheTablesTabAndTheBannerFollowsTheEnvironment() throws Exception {
        // The Tables tab lists tables as soon as it is connected: a profile that does not exist keeps this
        // test away from any real AWS account the machine may have credentials for.
        Environment awsWithoutCredentials = new Environment("aws-check", null, "us-east-1",
                "cruddur-test-no-such-profile", null, null, null, null, null, false, false);
        store.put(awsWithoutCredentials);
        Parent window = onFx(() -> ConsoleWindow.load(new ConsoleContext(tasks, dialogs, viewModel)));
        runFx(viewModel::start);
        await("connected to local", () -> viewModel.sessionProperty().get() != null);
        Node banner = window.lookup("#prodBanner");
        onFx(() -> {
            assertThat(((TabPane) window.lookup("#tabs")).getTabs()).extracting(Tab::getId).contains("tab-tables");
            assertThat(banner.isVisible()).isFalse();
            assertThat(window.lookup("#localServices").isVisible()).isTrue();
            viewModel.selectedProperty().set(awsWithoutCredentials);
            return null;
        });

        await("the banner shows", banner::isVisible);
        await("connected to aws-check", () -> viewModel.sessionProperty().get() != null
                && viewModel.sessionProperty().get().environment().equals(awsWithoutCredentials));
        onFx(() -> {
            assertThat(((Label) window.lookup("#prodBannerLabel")).getText()).startsWith("PROD · AWS us-east-1");
            assertThat(window.getStyleClass()).contains("prod");
            assertThat(window.lookup("#localServices").isVisible()).isFalse();
            return null;
        });
    }

    @Test
    void theInMemoryChoiceGoesToTheNextDynamoStartAndIsLockedWhileItRuns() throws Exception {
        fakeDynamo.close(); // nothing answers for DynamoDB either: the console may start it
        runFx(viewModel::start);
        await("DynamoDB Local is down", () -> stateOf(Service.DYNAMODB) == ServiceState.DOWN
                && viewModel.sessionProperty().get() != null);
        DynamoStorageChoice choice = viewModel.dynamoStorage();
        onFx(() -> {
            assertThat(choice.disabledProperty().get()).isFalse();
            assertThat(row(Service.DYNAMODB).detailProperty().get()).contains("keeps its tables on disk");
            choice.inMemoryProperty().set(true);
            assertThat(row(Service.DYNAMODB).detailProperty().get())
                    .contains("keeps its tables in memory only: they are lost when it stops");
            viewModel.toggle(row(Service.DYNAMODB));
            return null;
        });

        await("DynamoDB Local is up", () -> stateOf(Service.DYNAMODB) == ServiceState.UP);
        assertThat(dynamoStartsInMemory).containsExactly(true);
        onFx(() -> assertThat(choice.disabledProperty().get()).as("fixed until it stops").isTrue());
    }

    @Test
    void removingTheActiveProfileAsksFirstAndFallsBackToLocal() throws Exception {
        Environment staging = store.require(EnvironmentStore.LOCAL).withName("staging");
        store.put(staging);
        store.select("staging");
        runFx(viewModel::start);
        await("connected to staging", () -> viewModel.sessionProperty().get() != null
                && viewModel.sessionProperty().get().environment().name().equals("staging"));

        dialogs.willConfirm(false);
        runFx(() -> viewModel.removeEnvironment(staging));
        onFx(() -> assertThat(viewModel.environments()).as("the user said no").contains(staging));

        dialogs.willConfirm(true);
        runFx(() -> viewModel.removeEnvironment(staging));
        await("staging is gone and local is active", () -> !viewModel.environments().contains(staging)
                && viewModel.sessionProperty().get() != null
                && viewModel.sessionProperty().get().environment().name().equals(EnvironmentStore.LOCAL));
        onFx(() -> assertThat(viewModel.selectedProperty().get().name()).isEqualTo(EnvironmentStore.LOCAL));
        assertThat(Files.readString(dirs.configDir().resolve("environments.json"))).doesNotContain("staging");
        assertThat(new EnvironmentStore(dirs, variables, new Secrets()).selected().name()).isEqualTo(EnvironmentStore.LOCAL);

        Environment prod = store.require(EnvironmentStore.PROD);
        runFx(() -> viewModel.removeEnvironment(prod));
        await("prod is refused", () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).last().asString().isEqualTo(
                "The built-in environment 'prod' cannot be removed; edit its settings instead.");
        onFx(() -> assertThat(viewModel.environments()).contains(prod));
    }

    @Test
    void awsWithoutCredentialsIsNotCalledConnected() throws Exception {
        Environment noCredentials = new Environment("aws-check", null, "us-east-1",
                "cruddur-test-no-such-profile", null, null, null, null, null, false, false);
        store.put(noCredentials);
        store.select("aws-check");
        runFx(viewModel::start);

        await("the connection was checked", () -> !viewModel.taskState().isRunning()
                && viewModel.taskState().messageProperty().get().contains("onnected"));
        onFx(() -> assertThat(viewModel.taskState().messageProperty().get())
                .startsWith("Not connected: No AWS credentials were found for AWS DynamoDB (us-east-1)"));
    }

    private ServiceRowModel row(Service service) {
        return viewModel.services().stream().filter(r -> r.service() == service).findFirst().orElseThrow();
    }

    private ServiceState stateOf(Service service) {
        return row(service).stateProperty().get();
    }

    /** The probe-only stack, counting close() so the test can see exit closes it; DynamoDB Local "starts". */
    private final class CountingStack implements LocalStackControl {
        private final ProbeOnlyLocalStack probe;
        private volatile boolean inMemory;

        CountingStack(Environment env) {
            this.probe = new ProbeOnlyLocalStack(env);
        }

        @Override
        public List<ServiceStatus> status() {
            return probe.status();
        }

        @Override
        public void addListener(Consumer<ServiceStatus> listener) {
            probe.addListener(listener);
        }

        @Override
        public List<ServiceStatus> ensureUp(Progress progress) {
            return probe.ensureUp(progress);
        }

        @Override
        public void useInMemoryDynamo(boolean inMemory) {
            this.inMemory = inMemory;
        }

        /** Pretends DynamoDB Local started, remembering where it was told to keep its tables. */
        @Override
        public ServiceStatus start(Service service, Progress progress) {
            if (service != Service.DYNAMODB) {
                return probe.start(service, progress);
            }
            dynamoStartsInMemory.add(inMemory);
            return new ServiceStatus(service, ServiceState.UP, "http://localhost:" + deadPort, "Started by the test.");
        }

        @Override
        public ServiceStatus stop(Service service) {
            return probe.stop(service);
        }

        @Override
        public void close() {
            stacksClosed.incrementAndGet();
        }
    }
}

package dev.cruddur.console.ui.tables;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.testsupport.LocalServers;
import dev.cruddur.console.ui.ScriptedDialogs;
import dev.cruddur.console.ui.common.BackgroundTasks;
import dev.cruddur.console.ui.common.EnvironmentSession;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;

import java.time.Clock;

import static dev.cruddur.console.ui.FxTestSupport.await;
import static dev.cruddur.console.ui.FxTestSupport.onFx;
import static dev.cruddur.console.ui.FxTestSupport.runFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The Tables tab's logic without a stage, against a real DynamoDB Local and Postgres. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TablesViewModelTest {

    @RegisterExtension
    static final LocalServers servers = new LocalServers();

    static final ScriptedDialogs dialogs = new ScriptedDialogs();
    static BackgroundTasks tasks;
    static SimpleObjectProperty<EnvironmentSession> session;
    static TablesViewModel viewModel;

    @BeforeAll
    static void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        tasks = new BackgroundTasks(dialogs);
        session = onFx(() -> new SimpleObjectProperty<>(open(servers.environment())));
        viewModel = onFx(() -> new TablesViewModel(tasks, dialogs, session));
    }

    @AfterAll
    static void tearDown() {
        tasks.close();
    }

    static EnvironmentSession open(Environment env) {
        return EnvironmentSession.open(env, servers.secrets(), Clock.systemUTC());
    }

    @Test
    @Order(1)
    void anEmptyServerGivesAHintAndSaysWhatPostgresLacks() throws Exception {
        await("listed", () -> !viewModel.taskState().isRunning()
                && !viewModel.usersHintProperty().get().startsWith("Loading"));
        onFx(() -> {
            assertThat(viewModel.tables()).isEmpty();
            assertThat(viewModel.placeholderProperty().get())
                    .isEqualTo("No tables yet: create cruddur-messages with Create table.");
            assertThat(viewModel.usersHintProperty().get()).contains("no users table yet").contains("Postgres setup");
            assertThat(viewModel.tableNameProperty().get()).isEqualTo("cruddur-messages");
            return null;
        });
    }

    @Test
    @Order(2)
    void postgresSetupListsTheUsersAndPicksTheFirstTwoForSeeding() throws Exception {
        runFx(viewModel::setupPostgres);

        await("users listed", () -> viewModel.users().size() == 4 && !viewModel.taskState().isRunning());
        onFx(() -> {
            assertThat(viewModel.firstUserProperty().get()).isEqualTo(viewModel.users().get(0));
            assertThat(viewModel.secondUserProperty().get()).isEqualTo(viewModel.users().get(1));
            assertThat(viewModel.statusLineProperty().get()).isEqualTo("Users schema ready; 4 seed user(s) added.");
            return null;
        });
    }

    @Test
    @Order(3)
    void creatingAnExistingTableIsANoticeNotAnError() throws Exception {
        runFx(() -> {
            viewModel.tableNameProperty().set("notice-check");
            viewModel.onDemandProperty().set(true);
            viewModel.create();
        });
        await("created", () -> viewModel.tables().stream().anyMatch(t -> t.name().equals("notice-check")));
        onFx(() -> {
            assertThat(viewModel.tables().get(0).billingMode()).isEqualTo("PAY_PER_REQUEST");
            assertThat(viewModel.tables().get(0).stream()).isEqualTo("NEW_IMAGE");
            return null;
        });

        runFx(viewModel::create);

        await("told", () -> viewModel.statusLineProperty().get().contains("already exists"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notices).last().asString()
                .isEqualTo("Table notice-check already exists in test (" + servers.environment().dynamoEndpoint()
                        + "); nothing changed.");
    }

    @Test
    @Order(4)
    void seedingOneUserWithHimselfIsRefusedWithASentence() throws Exception {
        runFx(() -> {
            User same = viewModel.users().get(0);
            viewModel.secondUserProperty().set(same);
            viewModel.firstUserProperty().set(same);
            viewModel.seed();
        });
        await("refused", () -> !dialogs.errors.isEmpty() && !viewModel.taskState().isRunning());
        assertThat(dialogs.errors).last().asString().startsWith("Pick two different users");
        dialogs.errors.clear();
    }

    @Test
    @Order(5)
    void resetLocalEmptiesCreatesAndSeedsInOneGo() throws Exception {
        runFx(() -> {
            viewModel.secondUserProperty().set(viewModel.users().get(1));
            viewModel.tableNameProperty().set("reset-check");
            viewModel.resetLocal();
        });
        await("reset", () -> viewModel.tables().stream().anyMatch(t -> t.name().equals("reset-check") && t.itemCount() == 55));
        assertThat(dialogs.errors).isEmpty();
        onFx(() -> assertThat(viewModel.statusLineProperty().get()).startsWith("Reset reset-check: Seeded 53 messages between @"));
    }

    @Test
    @Order(6)
    void aReadOnlyAwsEnvironmentDisablesDestructiveActionsAndTheCoreRefusesThemToo() throws Exception {
        Environment awsReadOnly = new Environment("prod-check", null, "us-east-1", "cruddur-test-no-such-profile",
                null, null, null, null, null, false, false);
        runFx(() -> session.set(open(awsReadOnly)));

        await("the listing failed with a sentence", () -> !viewModel.taskState().isRunning()
                && !viewModel.placeholderProperty().get().startsWith("Connecting"));
        onFx(() -> {
            assertThat(viewModel.destructiveDisabledProperty().get()).isTrue();
            assertThat(viewModel.localOnlyDisabledProperty().get()).isTrue();
            assertThat(viewModel.createDisabledProperty().get()).isFalse();
            assertThat(viewModel.dropHintProperty().get()).startsWith("Read-only AWS environment");
            assertThat(viewModel.localOnlyHintProperty().get()).startsWith("Local only");
            return null;
        });

        // Even if the button were enabled somehow, the typed name alone does not get past the guard.
        dialogs.willType("cruddur-messages");
        runFx(viewModel::drop);
        await("refused", () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).last().asString().contains("read-only").contains("writable");

        runFx(() -> session.set(open(awsReadOnly.withWritable(true))));
        await("writable", () -> !viewModel.taskState().isRunning());
        onFx(() -> {
            assertThat(viewModel.destructiveDisabledProperty().get()).isFalse();
            assertThat(viewModel.dropHintProperty().get()).startsWith("Writable AWS environment");
            assertThat(viewModel.localOnlyDisabledProperty().get()).isTrue();
            return null;
        });
    }

    @Test
    @Order(7)
    void postgresUsersShowEvenWhenListingTheTablesFails() throws Exception {
        Environment test = servers.environment();
        // Same name as the test environment, so the Postgres password in the secrets applies.
        Environment awsWithoutCredentials = new Environment(test.name(), null, "us-east-1",
                "cruddur-test-no-such-profile", null, test.postgresUrl(), test.postgresUser(), null, null, false, false);
        runFx(() -> session.set(open(awsWithoutCredentials)));

        await("both lists answered", () -> !viewModel.taskState().isRunning()
                && viewModel.placeholderProperty().get().startsWith("No AWS credentials")
                && viewModel.usersHintProperty().get().equals("4 users in Postgres."));
        onFx(() -> {
            assertThat(viewModel.tables()).isEmpty();
            assertThat(viewModel.users()).extracting(User::handle).hasSize(4);
            return null;
        });
    }
}

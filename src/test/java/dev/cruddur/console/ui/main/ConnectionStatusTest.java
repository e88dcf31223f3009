package dev.cruddur.console.ui.main;

import dev.cruddur.console.core.env.AppDirs;
import dev.cruddur.console.core.env.EnvironmentStore;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.local.ProbeOnlyLocalStack;
import dev.cruddur.console.testsupport.LocalServers;
import dev.cruddur.console.ui.ScriptedDialogs;
import dev.cruddur.console.ui.common.BackgroundTasks;
import dev.cruddur.console.ui.common.EnvironmentSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static dev.cruddur.console.ui.FxTestSupport.await;
import static dev.cruddur.console.ui.FxTestSupport.onFx;
import static dev.cruddur.console.ui.FxTestSupport.runFx;
import static org.assertj.core.api.Assertions.assertThat;

/** With a DynamoDB that answers, the status bar says "Connected" (the failing side is in MainViewModelTest). */
class ConnectionStatusTest {

    @RegisterExtension
    static final LocalServers servers = new LocalServers();

    @TempDir
    Path home;

    private BackgroundTasks tasks;

    @AfterEach
    void closeTasks() {
        tasks.close();
    }

    @Test
    void connectedOnlyWhileDynamoDbAnswers() throws Exception {
        FxToolkit.registerPrimaryStage();
        String endpoint = servers.environment().dynamoEndpoint();
        Secrets secrets = new Secrets();
        EnvironmentStore store = new EnvironmentStore(AppDirs.under(home), Map.of("AWS_ENDPOINT_URL", endpoint,
                "CONNECTION_URL", "postgresql://postgres:postgres@localhost:" + servers.environment().postgresUrl()
                        .replaceAll(".*:(\\d+)/.*", "$1") + "/cruddur"), secrets);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        tasks = new BackgroundTasks(dialogs);
        MainViewModel viewModel = onFx(() -> new MainViewModel(store, secrets, tasks, dialogs, ProbeOnlyLocalStack::new,
                env -> EnvironmentSession.open(env, secrets, Clock.systemUTC())));

        runFx(viewModel::start);

        await("the connection was checked", () -> !viewModel.taskState().isRunning()
                && viewModel.taskState().messageProperty().get().contains("local ("));
        onFx(() -> assertThat(viewModel.taskState().messageProperty().get())
                .isEqualTo("Connected to local (" + endpoint + ")."));
    }
}

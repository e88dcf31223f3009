package dev.cruddur.console.core.local;

import dev.cruddur.console.core.dynamo.BillingChoice;
import dev.cruddur.console.core.dynamo.DynamoClients;
import dev.cruddur.console.core.dynamo.TableAdmin;
import dev.cruddur.console.core.env.AppDirs;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.core.users.UserDirectory;
import dev.cruddur.console.testsupport.LocalServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The console's own stack: real DynamoDB Local processes and a real Postgres, on free ports only. */
class LocalStackTest {

    @TempDir
    Path tmp;

    static Environment localEnvironment(int dynamoPort, int postgresPort) {
        return new Environment("local", "http://localhost:" + dynamoPort, "us-east-1", null, "cruddur-messages",
                "jdbc:postgresql://localhost:" + postgresPort + "/cruddur", "postgres", null, null, true, true);
    }

    static Secrets originalPassword() {
        Secrets secrets = new Secrets();
        secrets.setPostgresPassword("local", "password");
        return secrets;
    }

    static void awaitSilent(int port) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !Probe.listening("localhost", port));
    }

    @Test
    void startsBothKeepsTheirDataOnDiskAndStopsThemOnClose() throws Exception {
        int dynamoPort = LocalServers.freePort();
        int postgresPort = LocalServers.freePort();
        Environment env = localEnvironment(dynamoPort, postgresPort);
        Secrets secrets = originalPassword();
        AppDirs dirs = AppDirs.under(tmp);
        List<ServiceStatus> events = new CopyOnWriteArrayList<>();

        try (LocalStack stack = new LocalStack(env, secrets, dirs)) {
            stack.addListener(events::add);
            assertThat(stack.status()).extracting(ServiceStatus::state)
                    .containsExactly(ServiceState.DOWN, ServiceState.DOWN);

            List<ServiceStatus> up = stack.ensureUp(Progress.NONE);

            assertThat(up).extracting(ServiceStatus::service, ServiceStatus::state, ServiceStatus::address)
                    .containsExactly(tuple(Service.DYNAMODB, ServiceState.UP, "http://localhost:" + dynamoPort),
                            tuple(Service.POSTGRES, ServiceState.UP, env.postgresUrl()));
            assertThat(stack.status()).extracting(ServiceStatus::state)
                    .containsExactly(ServiceState.UP, ServiceState.UP);
            assertThat(events).extracting(ServiceStatus::service, ServiceStatus::state)
                    .contains(tuple(Service.DYNAMODB, ServiceState.STARTING), tuple(Service.DYNAMODB, ServiceState.UP),
                            tuple(Service.POSTGRES, ServiceState.STARTING), tuple(Service.POSTGRES, ServiceState.UP));

            // The original's login (postgres / password) works, and the seed users are there.
            try (Connection c = DriverManager.getConnection(env.postgresUrl(), "postgres", "password");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM public.users")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(3);
            }
            assertThat(new UserDirectory(env, secrets).listUsers()).extracting(User::handle)
                    .contains("marisol", "tobias", "priya");

            try (DynamoDbClient dynamo = DynamoClients.create(env)) {
                new TableAdmin(dynamo).createMessagesTable("kept-across-restarts", BillingChoice.ON_DEMAND,
                        StreamViewType.NEW_IMAGE);
            }
        }
        awaitSilent(dynamoPort);
        awaitSilent(postgresPort);
        assertThat(dirs.dataDir().resolve("dynamodb").resolve("shared-local-instance.db")).exists();
        assertThat(dirs.dataDir().resolve("postgres").resolve("PG_VERSION")).exists();

        try (LocalStack again = new LocalStack(env, secrets, dirs)) {
            assertThat(again.ensureUp(Progress.NONE)).extracting(ServiceStatus::state)
                    .containsExactly(ServiceState.UP, ServiceState.UP);
            try (DynamoDbClient dynamo = DynamoClients.create(env)) {
                assertThat(new TableAdmin(dynamo).tableNames()).contains("kept-across-restarts");
            }
            // Seeding again on restart adds no duplicates.
            assertThat(new UserDirectory(env, secrets).findByHandle("marisol")).hasSize(1);
        }
        awaitSilent(dynamoPort);
        awaitSilent(postgresPort);
    }

    @Test
    void inMemoryDynamoForgetsItsTablesAndAnInstalledConsoleFindsTheRememberedCopy() throws Exception {
        int dynamoPort = LocalServers.freePort();
        Environment env = localEnvironment(dynamoPort, LocalServers.freePort());
        AppDirs dirs = AppDirs.under(tmp);
        LocalStackOptions fromCheckout = LocalStackOptions.defaults().withInMemory(true);
        assertThat(fromCheckout.dynamoClasspathFile()).as("surefire passes the build's file").isNotNull();

        try (DynamoDbClient dynamo = DynamoClients.create(env)) {
            try (LocalStack stack = new LocalStack(env, originalPassword(), dirs, fromCheckout)) {
                ServiceStatus up = stack.start(Service.DYNAMODB, Progress.NONE);
                assertThat(up.state()).isEqualTo(ServiceState.UP);
                assertThat(up.detail()).contains("in memory");
                new TableAdmin(dynamo).createMessagesTable("forgotten", BillingChoice.ON_DEMAND, StreamViewType.NEW_IMAGE);

                assertThat(stack.stop(Service.DYNAMODB).state()).isEqualTo(ServiceState.DOWN);
            }
            awaitSilent(dynamoPort);

            // Like an installed console: no class-path file from a build, only what the earlier run remembered.
            LocalStackOptions installed = fromCheckout.withDynamoClasspathFile(null);
            try (LocalStack stack = new LocalStack(env, originalPassword(), dirs, installed)) {
                assertThat(stack.start(Service.DYNAMODB, Progress.NONE).state()).isEqualTo(ServiceState.UP);
                assertThat(new TableAdmin(dynamo).tableNames()).doesNotContain("forgotten");
            }
            assertThat(Files.exists(dirs.dataDir().resolve("dynamodb").resolve("shared-local-instance.db"))).isFalse();
        }
        awaitSilent(dynamoPort);
    }

    @Test
    void theWindowsInMemoryChoiceAppliesToTheNextStartOnly() throws Exception {
        int dynamoPort = LocalServers.freePort();
        Environment env = localEnvironment(dynamoPort, LocalServers.freePort());
        AppDirs dirs = AppDirs.under(tmp);

        try (DynamoDbClient dynamo = DynamoClients.create(env);
             LocalStack stack = new LocalStack(env, originalPassword(), dirs)) {
            ServiceStatus onDisk = stack.start(Service.DYNAMODB, Progress.NONE);
            assertThat(onDisk.detail()).contains("with its tables in " + dirs.dataDir().resolve("dynamodb"));
            new TableAdmin(dynamo).createMessagesTable("kept-on-disk", BillingChoice.ON_DEMAND, StreamViewType.NEW_IMAGE);
            assertThatThrownBy(() -> stack.useInMemoryDynamo(true))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("stop it first");

            stack.stop(Service.DYNAMODB);
            stack.useInMemoryDynamo(true);
            ServiceStatus inMemory = stack.start(Service.DYNAMODB, Progress.NONE);

            assertThat(inMemory.detail()).contains("in memory, so its tables vanish when it stops");
            assertThat(new TableAdmin(dynamo).tableNames()).doesNotContain("kept-on-disk");
        }
        awaitSilent(dynamoPort);
    }
}

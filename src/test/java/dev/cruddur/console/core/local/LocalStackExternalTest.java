package dev.cruddur.console.core.local;

import com.sun.net.httpserver.HttpServer;
import dev.cruddur.console.core.env.AppDirs;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.testsupport.LocalServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the console finds already running, or in its way: none of it may be started, stopped or touched. */
class LocalStackExternalTest {

    /** A DynamoDB Local and a Postgres started by someone else (here: the test). */
    @RegisterExtension
    static final LocalServers servers = new LocalServers();

    @TempDir
    Path tmp;

    private Environment externalStack() {
        Environment e = servers.environment();
        return new Environment(e.name(), e.dynamoEndpoint(), e.region(), null, e.tableName(), e.postgresUrl(),
                e.postgresUser(), null, null, true, true);
    }

    @Test
    void runningServicesAreExternalAndOutliveTheConsole() throws Exception {
        LocalStack stack = new LocalStack(externalStack(), servers.secrets(), AppDirs.under(tmp));

        List<ServiceStatus> statuses = stack.ensureUp(Progress.NONE);

        assertThat(statuses).extracting(ServiceStatus::state)
                .containsExactly(ServiceState.EXTERNAL, ServiceState.EXTERNAL);
        assertThatThrownBy(() -> stack.stop(Service.DYNAMODB))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not started by the console, so it is left running");
        assertThatThrownBy(() -> stack.stop(Service.POSTGRES)).isInstanceOf(UserFacingException.class);

        stack.close();

        assertThat(servers.dynamo().listTables().tableNames()).isNotNull();
        try (Connection c = servers.users().connect()) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThat(stack.status()).extracting(ServiceStatus::state)
                .containsExactly(ServiceState.EXTERNAL, ServiceState.EXTERNAL);
    }

    @Test
    void missingClassPathFileFailsWithOneSentence() throws Exception {
        Environment env = externalStack().withDynamoEndpoint("http://localhost:" + LocalServers.freePort());
        LocalStackOptions installed = LocalStackOptions.defaults().withDynamoClasspathFile(tmp.resolve("absent"));
        try (LocalStack stack = new LocalStack(env, servers.secrets(), AppDirs.under(tmp), installed)) {
            ServiceStatus failed = stack.start(Service.DYNAMODB, Progress.NONE);

            assertThat(failed.state()).isEqualTo(ServiceState.FAILED);
            assertThat(failed.detail())
                    .startsWith("DynamoDB Local is not bundled with the console (its licence forbids that)")
                    .contains("start one yourself at " + env.dynamoEndpoint())
                    .endsWith(".");
            assertThat(failed.detail().split("\\. ")).hasSize(1);
            // The status area keeps showing why, until the next attempt.
            assertThat(stack.status().get(0)).isEqualTo(failed);
        }
    }

    @Test
    void portTakenByAnotherProgramIsReportedNotFought() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        other.createContext("/", exchange -> {
            byte[] body = "<html>a web page</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        ExecutorService pool = Executors.newCachedThreadPool();
        other.setExecutor(pool);
        other.start();
        try {
            int port = other.getAddress().getPort();
            Environment env = externalStack().withDynamoEndpoint("http://localhost:" + port)
                    .withPostgres("jdbc:postgresql://localhost:" + port + "/cruddur", "postgres");
            try (LocalStack stack = new LocalStack(env, servers.secrets(), AppDirs.under(tmp))) {
                List<ServiceStatus> statuses = stack.ensureUp(Progress.NONE);

                assertThat(statuses).extracting(ServiceStatus::state)
                        .containsExactly(ServiceState.FAILED, ServiceState.FAILED);
                assertThat(statuses.get(0).detail()).isEqualTo("Port " + port + " is taken by a program that is not "
                        + "DynamoDB; stop that program or change the port of the environment's DynamoDB endpoint.");
                assertThat(statuses.get(1).detail()).startsWith("Port " + port + " is taken by a program that is not PostgreSQL");
                assertThatThrownBy(() -> stack.stop(Service.DYNAMODB)).isInstanceOf(UserFacingException.class);
            }
        } finally {
            other.stop(0);
            pool.shutdownNow();
        }
    }

    @Test
    void nonLocalEnvironmentsAreNeverStarted() throws Exception {
        Environment prodLike = new Environment("prod", null, "us-east-1", null, null, null, null, null, null, false, false);
        try (LocalStack stack = new LocalStack(prodLike, servers.secrets(), AppDirs.under(tmp))) {
            ServiceStatus s = stack.start(Service.DYNAMODB, Progress.NONE);

            assertThat(s.state()).isEqualTo(ServiceState.FAILED);
            assertThat(s.detail()).isEqualTo("Environment 'prod' is not a local environment, so the console does not "
                    + "start DynamoDB Local for it; switch to the local environment.");
        }
    }
}

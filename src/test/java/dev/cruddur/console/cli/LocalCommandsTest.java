package dev.cruddur.console.cli;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cruddur.console.core.dynamo.DynamoClients;
import dev.cruddur.console.core.env.AppDirs;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.testsupport.LocalServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * local-up / local-status / local-down as a user runs them: local-up in its own JVM that exits, the others
 * in this one. Free ports only, and the XDG folders under a temporary directory.
 */
class LocalCommandsTest {

    @TempDir
    Path tmp;

    private int dynamoPort;
    private int postgresPort;
    private Map<String, String> variables;

    @BeforeEach
    void ports() throws IOException {
        dynamoPort = LocalServers.freePort();
        postgresPort = LocalServers.freePort();
        variables = Map.of(
                "XDG_DATA_HOME", tmp.resolve("data").toString(),
                "XDG_CONFIG_HOME", tmp.resolve("config").toString(),
                "AWS_ENDPOINT_URL", "http://localhost:" + dynamoPort,
                "CONNECTION_URL", "postgresql://postgres:password@localhost:" + postgresPort + "/cruddur");
    }

    @AfterEach
    void leaveNothingRunning() {
        run("local-down");
    }

    @Test
    void localUpOutlivesItsProcessUntilLocalDown() throws Exception {
        Process up = localUpInItsOwnJvm();
        String upOutput = new String(up.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(up.waitFor(180, TimeUnit.SECONDS)).as("local-up returns").isTrue();
        assertThat(up.exitValue()).as(upOutput).isZero();
        assertThat(upOutput).contains("DynamoDB Local", "PostgreSQL", "UP", "runs until local-down");

        // The CLI process is gone; its services still answer.
        try (DynamoDbClient dynamo = DynamoClients.create(local())) {
            assertThat(dynamo.listTables().tableNames()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection(local().postgresUrl(), "postgres", "password");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM public.users")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(3);
        }

        Result status = run("local-status", "--json");
        assertThat(status.code).isEqualTo(Cli.OK);
        JsonNode services = new ObjectMapper().readTree(status.out);
        assertThat(services).hasSize(2);
        assertThat(services.get(0).get("service").asText()).isEqualTo("DYNAMODB");
        assertThat(services.get(0).get("state").asText()).isEqualTo("UP");
        assertThat(services.get(0).get("address").asText()).isEqualTo("http://localhost:" + dynamoPort);
        assertThat(services.get(1).get("service").asText()).isEqualTo("POSTGRES");
        assertThat(services.get(1).get("state").asText()).isEqualTo("UP");

        Result down = run("local-down", "--json");
        assertThat(down.code).as(down.err).isEqualTo(Cli.OK);
        JsonNode stopped = new ObjectMapper().readTree(down.out).get("stopped");
        assertThat(stopped).extracting(JsonNode::asText).containsExactly("DYNAMODB", "POSTGRES");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !listening(dynamoPort) && !listening(postgresPort));

        Result after = run("local-status");
        assertThat(after.code).isEqualTo(Cli.FAILED);
        assertThat(after.out).contains("DOWN");
    }

    @Test
    void localDownLeavesServicesItDidNotStart() throws Exception {
        DynamoDBProxyServer someoneElses = ServerRunner.createServerFromCommandLineArgs(new String[]{
                "-inMemory", "-port", String.valueOf(dynamoPort), "-disableTelemetry"});
        someoneElses.start();
        try {
            Result down = run("local-down");

            assertThat(down.code).isEqualTo(Cli.OK);
            assertThat(down.out).contains("DynamoDB Local  left running: not started by the console",
                    "PostgreSQL      was not running");
            try (DynamoDbClient dynamo = DynamoClients.create(local())) {
                assertThat(dynamo.listTables().tableNames()).isEmpty();
            }
        } finally {
            someoneElses.stop();
        }
    }

    @Test
    void refusesEnvironmentsThatAreNotLocal() {
        Result up = run("local-up", "--env", "prod");
        assertThat(up.code).isEqualTo(Cli.FAILED);
        assertThat(up.err.strip()).isEqualTo("Environment 'prod' is not a local environment, so there is no local "
                + "stack to manage; use --env local.");
    }

    private Environment local() {
        return new Environment("local", "http://localhost:" + dynamoPort, "us-east-1", null, null,
                "jdbc:postgresql://localhost:" + postgresPort + "/cruddur", "postgres", null, null, true, true);
    }

    private Process localUpInItsOwnJvm() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcruddur.dynamodbLocal.classpath=" + System.getProperty("cruddur.dynamodbLocal.classpath"),
                "-cp", System.getProperty("java.class.path"),
                "dev.cruddur.console.Launcher", "local-up"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(variables);
        return builder.start();
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(AppDirs.fromEnvironment(variables), variables,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(words));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

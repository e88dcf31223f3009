package dev.cruddur.console.testsupport;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import dev.cruddur.console.core.dynamo.DynamoClients;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.users.UserDirectory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A real DynamoDB Local (in memory, in this JVM: test scope only) and a real Postgres, started on free
 * ports for one test class, so the suite never touches a developer's stack on 8000 or 5432. A fresh
 * DynamoDB Local per class also avoids its slow-down after stream tables are re-created.
 *
 * <pre>{@code @RegisterExtension static final LocalServers servers = new LocalServers();}</pre>
 */
public final class LocalServers implements BeforeAllCallback, AfterAllCallback {

    private final boolean withPostgres;
    private DynamoDBProxyServer dynamoServer;
    private EmbeddedPostgres postgres;
    private int dynamoPort;
    private Environment environment;
    private DynamoDbClient dynamo;
    private final Secrets secrets = new Secrets();

    public LocalServers() {
        this(true);
    }

    public LocalServers(boolean withPostgres) {
        this.withPostgres = withPostgres;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dynamoPort = freePort();
        dynamoServer = ServerRunner.createServerFromCommandLineArgs(new String[]{
                "-inMemory", "-port", String.valueOf(dynamoPort), "-disableTelemetry"});
        dynamoServer.start();
        String jdbc = null;
        if (withPostgres) {
            postgres = EmbeddedPostgres.builder().start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE cruddur");
                s.execute("CREATE ROLE " + PASSWORD_ROLE + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
                requirePasswords(s);
            }
            awaitPasswordsRequired(postgres.getJdbcUrl(PASSWORD_ROLE, "cruddur"));
            jdbc = "jdbc:postgresql://localhost:" + postgres.getPort() + "/cruddur";
            secrets.setPostgresPassword("test", "postgres");
        }
        environment = new Environment("test", "http://localhost:" + dynamoPort, "us-east-1", null,
                "cruddur-messages", jdbc, "postgres", null, null, false, true);
        dynamo = DynamoClients.create(environment);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (dynamo != null) {
            dynamo.close();
        }
        if (dynamoServer != null) {
            dynamoServer.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    public Environment environment() {
        return environment;
    }

    public Secrets secrets() {
        return secrets;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public UserDirectory users() {
        return new UserDirectory(environment, secrets);
    }

    public int dynamoPort() {
        return dynamoPort;
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    /** Stops DynamoDB Local, as if it were killed; for tests of what happens when it disappears. */
    public void stopDynamo() throws Exception {
        dynamoServer.stop();
    }

    public void restartDynamo() throws Exception {
        dynamoServer = ServerRunner.createServerFromCommandLineArgs(new String[]{
                "-inMemory", "-port", String.valueOf(dynamoPort), "-disableTelemetry"});
        dynamoServer.start();
    }

    /** A role that must log in with {@link #PASSWORD}; the postgres role is trusted (for set-up only). */
    public static final String PASSWORD_ROLE = "operator";
    public static final String PASSWORD = "correct-horse";

    /** Rewrites pg_hba.conf through the server itself: postgres stays trusted, every other role needs its password. */
    private static void requirePasswords(Statement s) throws java.sql.SQLException {
        String rules = String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256");
        String hbaFile;
        try (var rs = s.executeQuery("SHOW hba_file")) {
            rs.next();
            hbaFile = rs.getString(1);
        }
        s.execute("COPY (SELECT unnest(string_to_array('" + rules + "', E'\\n'))) TO '" + hbaFile + "'");
        s.execute("SELECT pg_reload_conf()");
    }

    /** pg_reload_conf only signals the server; wait until a wrong password is really refused. */
    private static void awaitPasswordsRequired(String url) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Connection ignored = java.sql.DriverManager.getConnection(url, PASSWORD_ROLE, "wrong")) {
                Thread.onSpinWait();
            } catch (java.sql.SQLException refused) {
                return;
            }
        }
        throw new IllegalStateException("Postgres still accepts any password after rewriting pg_hba.conf");
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}

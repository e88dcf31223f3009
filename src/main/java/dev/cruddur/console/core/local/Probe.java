package dev.cruddur.console.core.local;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.Secrets;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * Asks an address what answers there: nothing, the expected service, or some other program. Short timeouts
 * and no retries, because the status area probes often.
 */
final class Probe implements AutoCloseable {

    enum Answer {
        /** Nothing listens. */
        NOTHING,
        /** The expected service answers. */
        EXPECTED,
        /** Something listens but does not speak the expected protocol. */
        OTHER
    }

    /** What answered, and a sentence worth showing when it matters (e.g. a Postgres that refuses the login). */
    record Result(Answer answer, String detail) {
    }

    private static final int CONNECT_MILLIS = 500;

    private final Environment env;
    private final Secrets secrets;
    private DynamoDbClient dynamo;

    Probe(Environment env, Secrets secrets) {
        this.env = env;
        this.secrets = secrets;
    }

    static boolean listening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    Result dynamo() {
        LocalAddresses.Address a = LocalAddresses.dynamo(env);
        if (a == null || !listening(a.host(), a.port())) {
            return new Result(Answer.NOTHING, "");
        }
        try {
            client().listTables(r -> r.limit(1));
            return new Result(Answer.EXPECTED, "");
        } catch (AwsServiceException e) {
            // An AWS-style error (e.g. a refused key) still means a DynamoDB-compatible service answers.
            return new Result(Answer.EXPECTED, "");
        } catch (SdkException e) {
            return new Result(Answer.OTHER, "");
        }
    }

    Result postgres() {
        LocalAddresses.Address a = LocalAddresses.postgres(env);
        if (a == null || !listening(a.host(), a.port())) {
            return new Result(Answer.NOTHING, "");
        }
        Properties props = new Properties();
        props.setProperty("user", LocalAddresses.postgresUser(env));
        secrets.postgresPassword(env.name()).ifPresent(p -> props.setProperty("password", p));
        // loginTimeout caps the whole handshake: a program that is not Postgres may never answer it.
        props.setProperty("connectTimeout", "2");
        props.setProperty("loginTimeout", "3");
        props.setProperty("socketTimeout", "5");
        props.setProperty("ApplicationName", "cruddur-console probe");
        try (Connection ignored = DriverManager.getConnection(env.postgresUrl(), props)) {
            return new Result(Answer.EXPECTED, "");
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("28")) {
                return new Result(Answer.EXPECTED, "PostgreSQL answers but refuses user " + props.getProperty("user")
                        + " or its password; check them in the environment settings.");
            }
            if (state.equals("3D000")) {
                return new Result(Answer.EXPECTED, "PostgreSQL answers but has no database " + a.database()
                        + "; create it there, or stop that server so the console can start its own.");
            }
            if (state.equals("57P03")) {
                return new Result(Answer.EXPECTED, "PostgreSQL is still starting up.");
            }
            // Connection-level failures after the port accepted us mean it does not speak Postgres.
            return new Result(state.startsWith("08") ? Answer.OTHER : Answer.EXPECTED, "");
        }
    }

    private synchronized DynamoDbClient client() {
        if (dynamo == null) {
            dynamo = DynamoDbClient.builder()
                    .region(Region.of(env.region()))
                    .endpointOverride(URI.create(env.dynamoEndpoint()))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .httpClientBuilder(UrlConnectionHttpClient.builder()
                            .connectionTimeout(Duration.ofMillis(CONNECT_MILLIS * 2L))
                            .socketTimeout(Duration.ofSeconds(3)))
                    .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                    .build();
        }
        return dynamo;
    }

    @Override
    public synchronized void close() {
        if (dynamo != null) {
            dynamo.close();
            dynamo = null;
        }
    }
}

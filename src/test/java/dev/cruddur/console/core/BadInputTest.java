package dev.cruddur.console.core;

import dev.cruddur.console.core.dynamo.BillingChoice;
import dev.cruddur.console.core.dynamo.DynamoClients;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.error.Errors;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.seed.SampleConversation;
import dev.cruddur.console.core.seed.Seeder;
import dev.cruddur.console.core.tables.TableOperations;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.core.users.UserDirectory;
import dev.cruddur.console.testsupport.LocalServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every bad input the foundation issue names ends in one sentence and leaves nothing half-written. */
class BadInputTest {

    @RegisterExtension
    static final LocalServers servers = new LocalServers();

    static TableOperations ops;

    @BeforeAll
    static void setUp() throws Exception {
        ops = new TableOperations(servers.environment(), servers.dynamo(), servers.users(), Clock.systemUTC());
        ops.setupPostgres();
    }

    @Test
    void aTableNameDynamoDbRejectsIsExplainedBeforeAnyCall() {
        assertThatThrownBy(() -> ops.create("no spaces allowed!", BillingChoice.ORIGINAL, true))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("'no spaces allowed!' is not a valid DynamoDB table name; use 3 to 255 letters, digits, '_', '-' or '.'.");
        assertThat(ops.list()).extracting(t -> t.name()).doesNotContain("no spaces allowed!");
    }

    @Test
    void anEndpointThatDoesNotAnswerSaysSo() throws Exception {
        int closed = LocalServers.freePort();
        Environment dead = servers.environment().withDynamoEndpoint("http://localhost:" + closed);
        try (DynamoDbClient client = DynamoClients.create(dead)) {
            TableOperations deadOps = new TableOperations(dead, client, servers.users(), Clock.systemUTC());
            Throwable t = catchThrowable(deadOps::list);
            assertThat(Errors.sentence(t, dead)).isEqualTo("Nothing answers at http://localhost:" + closed
                    + "; start the local stack or check the environment's endpoint.");
        }
    }

    @Test
    void aWrongPostgresPasswordSaysWhichUrlRefused() {
        Environment env = servers.environment().withPostgres(servers.environment().postgresUrl(), LocalServers.PASSWORD_ROLE);
        Secrets wrong = new Secrets();
        wrong.setPostgresPassword(env.name(), "not-the-password");
        Throwable t = catchThrowable(() -> new UserDirectory(env, wrong).listUsers());
        assertThat(Errors.sentence(t, env)).isEqualTo("Postgres at " + env.postgresUrl()
                + " refused the user or password; check them in the environment settings.");
        Secrets right = new Secrets();
        right.setPostgresPassword(env.name(), LocalServers.PASSWORD);
        assertThat(catchThrowable(() -> new UserDirectory(env, right).listUsers())).isNull();
    }

    @Test
    void seedingNeedsTwoDifferentUsers() throws Exception {
        ops.create("needs-two", BillingChoice.ON_DEMAND, true);
        User marisol = ops.seedUsers(null, null).get(0);
        assertThatThrownBy(() -> ops.seed("needs-two", marisol, marisol, Progress.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Pick two different users: a conversation needs two people, not @marisol twice.");
        assertThatThrownBy(() -> ops.seedUsers("marisol", "nobody-here"))
                .hasMessage("No user has the handle @nobody-here in Postgres; check the spelling or run the Postgres setup.");
        assertThat(servers.dynamo().scan(s -> s.tableName("needs-two")).count()).isZero();
    }

    @Test
    void seedingWithFewerThanTwoUsersInPostgresSaysHowMany() throws Exception {
        Environment env = servers.environment();
        try (Connection c = servers.postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE lonely");
        }
        Environment lonely = env.withPostgres("jdbc:postgresql://localhost:" + servers.postgres().getPort() + "/lonely", "postgres");
        UserDirectory users = new UserDirectory(lonely, servers.secrets());
        users.setupSchema();
        try (Connection c = users.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO public.users (display_name, handle, email, cognito_user_id) "
                    + "VALUES ('Solo Person', 'solo', 'solo@example.org', 'MOCK')");
        }
        TableOperations lonelyOps = new TableOperations(lonely, servers.dynamo(), users, Clock.systemUTC());
        assertThatThrownBy(() -> lonelyOps.seedUsers(null, null))
                .hasMessage("Seeding needs two users in Postgres but it has 1; run the Postgres setup (db-setup) to add the seed users.");
    }

    @Test
    void twoUsersWithTheSameHandleAreReportedNotPickedSilently() throws Exception {
        try (Connection c = servers.users().connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO public.users (display_name, handle, email, cognito_user_id) "
                    + "VALUES ('Twin One', 'twin', 'one@example.org', 'MOCK'), ('Twin Two', 'twin', 'two@example.org', 'MOCK')");
        }
        assertThatThrownBy(() -> ops.seedUsers("twin", "marisol"))
                .hasMessage("2 users share the handle @twin; pick one by uuid instead.");
    }

    @Test
    void droppingATableThatDoesNotExistSaysSo() {
        assertThatThrownBy(() -> ops.drop("never-was", "never-was", Progress.NONE))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Table 'never-was' does not exist, so there is nothing to drop; refresh the list.");
    }

    @Test
    void aWrongTypedNameRefusesTheDropAndKeepsTheTable() {
        ops.create("keep-me", BillingChoice.ON_DEMAND, true);
        assertThatThrownBy(() -> ops.drop("keep-me", "keep-m", Progress.NONE))
                .hasMessage("The typed name does not match 'keep-me'; nothing was dropped.");
        assertThat(ops.describe("keep-me").status()).isEqualTo("ACTIVE");
    }

    @Test
    void prodRefusesDropsUnlessWritableAndStillWantsTheName() {
        Environment prod = new Environment("prod", null, "us-east-1", null, null, null, null, null, null, false, false);
        TableOperations prodOps = new TableOperations(prod, servers.dynamo(), servers.users(), Clock.systemUTC());
        assertThatThrownBy(() -> prodOps.drop("cruddur-messages", "cruddur-messages", Progress.NONE))
                .hasMessage("Environment 'prod' talks to AWS and is read-only; mark it writable in its settings before dropping tables.");
        TableOperations writable = new TableOperations(prod.withWritable(true), servers.dynamo(), servers.users(), Clock.systemUTC());
        assertThatThrownBy(() -> writable.drop("cruddur-messages", "", Progress.NONE))
                .hasMessage("The typed name does not match 'cruddur-messages'; nothing was dropped.");
        assertThatThrownBy(() -> prodOps.reset("cruddur-messages", BillingChoice.ORIGINAL, null, null, Progress.NONE))
                .hasMessage("Reset is for local environments only; 'prod' talks to AWS.");
    }

    @Test
    void prodWithNoAwsCredentialsSaysHowToSignIn() {
        // Surefire points the SDK at credential files that do not exist and turns off instance metadata.
        Environment prod = new Environment("prod", null, "us-east-1", null, null, null, null, null, null, false, false);
        try (DynamoDbClient client = DynamoClients.create(prod)) {
            Throwable t = catchThrowable(() -> new TableOperations(prod, client, servers.users(), Clock.systemUTC()).list());
            assertThat(Errors.sentence(t, prod)).isEqualTo("No AWS credentials were found for AWS DynamoDB (us-east-1); "
                    + "run 'aws configure' or 'aws sso login', or set AWS_PROFILE, then try again.");
        }
    }

    @Test
    void dynamoDbKilledMidSeedSaysHowFarItGotAndAReRunCompletesIt() throws Exception {
        ops.create("interrupted", BillingChoice.ON_DEMAND, true);
        List<User> pair = ops.seedUsers(null, null);
        Progress killAfterFirstBatch = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (done == 25) {
                    try {
                        servers.stopDynamo();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        int total = SampleConversation.lines().size();
        assertThatThrownBy(() -> ops.seed("interrupted", pair.get(0), pair.get(1), killAfterFirstBatch))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("DynamoDB stopped answering after 25 of " + total
                        + " messages were written; start it again and run the seed again to complete it.");
        servers.restartDynamo();
        // The in-memory server lost its tables with the process; a disk-backed one keeps them. Either way
        // the same seed, run again, ends complete.
        ops.create("interrupted", BillingChoice.ON_DEMAND, true);
        Seeder.Result r = ops.seed("interrupted", pair.get(0), pair.get(1), Progress.NONE);
        assertThat(ops.describe("interrupted").itemCount()).isEqualTo(r.messagesWritten() + 2L);
    }
}

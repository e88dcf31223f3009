package dev.cruddur.console.core.tables;

import dev.cruddur.console.core.dynamo.BatchWriter;
import dev.cruddur.console.core.dynamo.BillingChoice;
import dev.cruddur.console.core.dynamo.TableAdmin;
import dev.cruddur.console.core.dynamo.TableSummary;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.model.Keys;
import dev.cruddur.console.core.seed.Seeder;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.core.users.UserDirectory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What the Tables tab and its command-line twin do, with the environment's guards applied in one place:
 * prod refuses destructive actions unless marked writable, drops need the typed table name, reset and
 * Postgres setup are local only.
 */
public final class TableOperations {

    private final Environment env;
    private final DynamoDbClient dynamo;
    private final TableAdmin admin;
    private final UserDirectory users;
    private final Clock clock;

    public TableOperations(Environment env, DynamoDbClient dynamo, UserDirectory users, Clock clock) {
        this.env = env;
        this.dynamo = dynamo;
        this.admin = new TableAdmin(dynamo);
        this.users = users;
        this.clock = clock;
    }

    public Environment environment() {
        return env;
    }

    public List<TableSummary> list() {
        return admin.listTables();
    }

    public TableSummary describe(String table) {
        return admin.describe(table);
    }

    public TableAdmin.CreateOutcome create(String table, BillingChoice billing, boolean stream) {
        return admin.createMessagesTable(table, billing, stream ? StreamViewType.NEW_IMAGE : null);
    }

    /** Drops after checking the guards; {@code typedName} is what the user typed to confirm. */
    public void drop(String table, String typedName, Progress progress) {
        TableAdmin.validateName(table);
        if (!env.allowsDestructiveActions()) {
            throw new UserFacingException("Environment '" + env.name() + "' talks to AWS and is read-only; mark it "
                    + "writable in its settings before dropping tables.");
        }
        if (!table.equals(typedName == null ? null : typedName.strip())) {
            throw new UserFacingException("The typed name does not match '" + table + "'; nothing was dropped.");
        }
        admin.drop(table, progress);
    }

    /** The two users a seed uses: the given handles, or the first two users in Postgres. */
    public List<User> seedUsers(String firstHandle, String secondHandle) throws SQLException {
        if (firstHandle == null && secondHandle == null) {
            List<User> all = users.listUsers();
            if (all.size() < 2) {
                throw new UserFacingException("Seeding needs two users in Postgres but it has " + all.size()
                        + "; run the Postgres setup (db-setup) to add the seed users.");
            }
            return List.of(all.get(0), all.get(1));
        }
        if (firstHandle == null || secondHandle == null) {
            throw new UserFacingException("Name both users to seed (two handles), or neither to use the first two.");
        }
        return List.of(uniqueUser(firstHandle), uniqueUser(secondHandle));
    }

    private User uniqueUser(String handle) throws SQLException {
        List<User> found = users.findByHandle(handle);
        if (found.isEmpty()) {
            throw new UserFacingException("No user has the handle @" + handle.replaceFirst("^@", "")
                    + " in Postgres; check the spelling or run the Postgres setup.");
        }
        if (found.size() > 1) {
            throw new UserFacingException(found.size() + " users share the handle @" + handle.replaceFirst("^@", "")
                    + "; pick one by uuid instead.");
        }
        return found.get(0);
    }

    public Seeder.Result seed(String table, User first, User second, Progress progress) {
        return new Seeder(dynamo, clock).seed(table, first, second, progress);
    }

    /**
     * Local only: ends with the table as the contract describes it, holding only the seed conversation.
     * When the table already has the contract's keys, it is emptied in place rather than dropped and
     * re-created, because DynamoDB Local slows down for good each time a stream-enabled table is re-created
     * (see docs/decisions). A table with other keys is dropped and created.
     */
    public Seeder.Result reset(String table, BillingChoice billing, User first, User second, Progress progress) {
        requireLocal("Reset");
        TableAdmin.validateName(table);
        if (admin.exists(table) && hasContractKeys(table)) {
            emptyTable(table, progress);
        } else {
            if (admin.exists(table)) {
                admin.drop(table, progress);
            }
            admin.createMessagesTable(table, billing, StreamViewType.NEW_IMAGE);
        }
        return seed(table, first, second, progress);
    }

    /** Postgres setup, local only: schema and seed users. Returns how many users were added. */
    public int setupPostgres() throws SQLException {
        if (env.isAws()) {
            throw new UserFacingException("Postgres setup is for local environments only; '" + env.name()
                    + "' talks to AWS.");
        }
        users.setupSchema();
        return users.seedUsers();
    }

    public List<User> users() throws SQLException {
        return users.listUsers();
    }

    private void requireLocal(String action) {
        if (env.isAws()) {
            throw new UserFacingException(action + " is for local environments only; '" + env.name()
                    + "' talks to AWS.");
        }
    }

    private boolean hasContractKeys(String table) {
        TableSummary s = admin.describe(table);
        return s.keySchema().equals("pk (HASH), sk (RANGE)")
                && s.indexes().stream().anyMatch(i -> i.startsWith(Keys.GROUP_INDEX + ":"));
    }

    /** Deletes every item, page by page, keys only. */
    private void emptyTable(String table, Progress progress) {
        BatchWriter writer = new BatchWriter(dynamo);
        BatchWriter.Counter counter = new BatchWriter.Counter();
        Map<String, AttributeValue> start = null;
        do {
            progress.checkCancelled();
            Map<String, AttributeValue> from = start;
            ScanResponse page = dynamo.scan(s -> s.tableName(table).projectionExpression("pk, sk").exclusiveStartKey(from));
            // The scan projects pk and sk only, so each item is already its key.
            writer.deleteAll(table, page.items(), progress, "Emptying " + table, counter);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }
}

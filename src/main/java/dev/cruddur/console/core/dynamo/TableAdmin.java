package dev.cruddur.console.core.dynamo;

import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.model.Keys;
import dev.cruddur.console.core.task.Progress;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Table administration: list, describe, create the messages table from the contract, drop. */
public final class TableAdmin {

    private static final Pattern VALID_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
    private static final Duration WAIT_LIMIT = Duration.ofMinutes(5);

    /** What {@link #createMessagesTable} did. */
    public enum CreateOutcome { CREATED, ALREADY_EXISTS }

    private final DynamoDbClient dynamo;

    public TableAdmin(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    /** Every table name, all pages. */
    public List<String> tableNames() {
        List<String> names = new ArrayList<>();
        String start = null;
        do {
            ListTablesResponse page = dynamo.listTables(ListTablesRequest.builder().exclusiveStartTableName(start).build());
            names.addAll(page.tableNames());
            start = page.lastEvaluatedTableName();
        } while (start != null);
        return names;
    }

    /** Every table, described. A table deleted between listing and describing is left out. */
    public List<TableSummary> listTables() {
        List<TableSummary> out = new ArrayList<>();
        for (String name : tableNames()) {
            try {
                out.add(describe(name));
            } catch (ResourceNotFoundException gone) {
                // deleted meanwhile: nothing to show
            }
        }
        return out;
    }

    public TableSummary describe(String table) {
        validateName(table);
        try {
            return summarize(dynamo.describeTable(r -> r.tableName(table)).table());
        } catch (ResourceNotFoundException e) {
            throw new UserFacingException("Table '" + table + "' does not exist; check the name or refresh the list.", e);
        }
    }

    public boolean exists(String table) {
        validateName(table);
        try {
            dynamo.describeTable(r -> r.tableName(table));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    /** Creates the messages table exactly as the contract describes and waits until it is ACTIVE. */
    public CreateOutcome createMessagesTable(String table, BillingChoice billing, StreamViewType streamView) {
        validateName(table);
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(table)
                .attributeDefinitions(
                        attr(Keys.PK), attr(Keys.SK), attr(Keys.MESSAGE_GROUP_UUID))
                .keySchema(key(Keys.PK, KeyType.HASH), key(Keys.SK, KeyType.RANGE));
        GlobalSecondaryIndex.Builder index = GlobalSecondaryIndex.builder()
                .indexName(Keys.GROUP_INDEX)
                .keySchema(key(Keys.MESSAGE_GROUP_UUID, KeyType.HASH), key(Keys.SK, KeyType.RANGE))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build());
        if (billing.onDemand()) {
            request.billingMode(BillingMode.PAY_PER_REQUEST);
        } else {
            ProvisionedThroughput throughput = ProvisionedThroughput.builder()
                    .readCapacityUnits(billing.readCapacity()).writeCapacityUnits(billing.writeCapacity()).build();
            request.billingMode(BillingMode.PROVISIONED).provisionedThroughput(throughput);
            index.provisionedThroughput(throughput);
        }
        request.globalSecondaryIndexes(index.build());
        if (streamView != null) {
            request.streamSpecification(StreamSpecification.builder().streamEnabled(true).streamViewType(streamView).build());
        }
        try {
            dynamo.createTable(request.build());
        } catch (ResourceInUseException e) {
            return CreateOutcome.ALREADY_EXISTS;
        }
        waitUntilActive(table);
        return CreateOutcome.CREATED;
    }

    /**
     * Deletes a table and waits until it is gone. Polls describeTable rather than using the SDK waiter,
     * which fails against in-process DynamoDB Local clients.
     */
    public void drop(String table, Progress progress) {
        validateName(table);
        try {
            dynamo.deleteTable(r -> r.tableName(table));
        } catch (ResourceNotFoundException e) {
            throw new UserFacingException("Table '" + table + "' does not exist, so there is nothing to drop; refresh the list.", e);
        }
        Instant deadline = Instant.now().plus(WAIT_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            try {
                dynamo.describeTable(r -> r.tableName(table));
            } catch (ResourceNotFoundException gone) {
                return;
            }
            progress.update(0, 1, "Waiting for " + table + " to be deleted");
            pause();
        }
        throw new UserFacingException("Table '" + table + "' is still being deleted after 5 minutes; refresh later to see it gone.");
    }

    public void waitUntilActive(String table) {
        Instant deadline = Instant.now().plus(WAIT_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            TableDescription d = dynamo.describeTable(r -> r.tableName(table)).table();
            boolean indexesActive = d.globalSecondaryIndexes().stream()
                    .allMatch(i -> "ACTIVE".equals(i.indexStatusAsString()));
            if (d.tableStatus() == TableStatus.ACTIVE && indexesActive) {
                return;
            }
            pause();
        }
        throw new UserFacingException("Table '" + table + "' is not active after 5 minutes; check it in the AWS console.");
    }

    /** DynamoDB's naming rule, checked before any call so the answer is immediate and exact. */
    public static void validateName(String table) {
        if (table == null || !VALID_NAME.matcher(table).matches()) {
            throw new UserFacingException("'" + (table == null ? "" : table) + "' is not a valid DynamoDB table name; "
                    + "use 3 to 255 letters, digits, '_', '-' or '.'.");
        }
    }

    static TableSummary summarize(TableDescription d) {
        String keys = d.keySchema().stream()
                .map(k -> k.attributeName() + " (" + k.keyTypeAsString() + ")")
                .collect(Collectors.joining(", "));
        List<String> indexes = new ArrayList<>();
        for (GlobalSecondaryIndexDescription g : d.globalSecondaryIndexes()) {
            indexes.add(g.indexName() + ": " + g.keySchema().stream().map(KeySchemaElement::attributeName)
                    .collect(Collectors.joining(", ")) + " [" + g.projection().projectionTypeAsString() + "]");
        }
        d.localSecondaryIndexes().forEach(l -> indexes.add(l.indexName() + " (local)"));
        boolean onDemand = d.billingModeSummary() != null
                && d.billingModeSummary().billingMode() == BillingMode.PAY_PER_REQUEST;
        Long rcu = null;
        Long wcu = null;
        if (!onDemand && d.provisionedThroughput() != null && d.provisionedThroughput().readCapacityUnits() != null
                && d.provisionedThroughput().readCapacityUnits() > 0) {
            rcu = d.provisionedThroughput().readCapacityUnits();
            wcu = d.provisionedThroughput().writeCapacityUnits();
        }
        String stream = d.streamSpecification() != null && Boolean.TRUE.equals(d.streamSpecification().streamEnabled())
                ? d.streamSpecification().streamViewTypeAsString() : "off";
        return new TableSummary(d.tableName(), d.tableStatusAsString(), keys, List.copyOf(indexes),
                onDemand ? "PAY_PER_REQUEST" : "PROVISIONED", rcu, wcu, stream,
                d.itemCount() == null ? 0 : d.itemCount(), d.tableSizeBytes() == null ? 0 : d.tableSizeBytes());
    }

    private static AttributeDefinition attr(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.cruddur.console.core.task.CancelledException();
        }
    }
}

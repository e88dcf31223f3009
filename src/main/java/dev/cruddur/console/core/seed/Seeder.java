package dev.cruddur.console.core.seed;

import dev.cruddur.console.core.dynamo.BatchWriter;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.model.CruddurItems;
import dev.cruddur.console.core.model.GroupRow;
import dev.cruddur.console.core.model.Keys;
import dev.cruddur.console.core.model.Message;
import dev.cruddur.console.core.task.CancelledException;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.core.time.SortKeyTime;
import dev.cruddur.console.core.users.User;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the sample conversation between two users: messages a minute apart ending in the past, then the
 * two group rows pointing at the last message. Everything is derived from the pair of users (group uuid,
 * message uuids, and the times once a first run has written them), so running it again rewrites the same
 * items instead of adding new ones, and completes a run that was cut off.
 */
public final class Seeder {

    /**
     * What a seed did.
     *
     * @param messagesWritten messages put in this run (all of them: re-puts of identical items are harmless)
     */
    public record Result(String messageGroupUuid, int messagesWritten, int groupRowsWritten, String firstSk,
                         String lastSk) {
    }

    private final DynamoDbClient dynamo;
    private final Clock clock;

    public Seeder(DynamoDbClient dynamo, Clock clock) {
        this.dynamo = dynamo;
        this.clock = clock;
    }

    public static String groupUuidFor(User a, User b) {
        String first = a.uuid().compareTo(b.uuid()) <= 0 ? a.uuid().toString() : b.uuid().toString();
        String second = first.equals(a.uuid().toString()) ? b.uuid().toString() : a.uuid().toString();
        return UUID.nameUUIDFromBytes(("cruddur-seed:" + first + ":" + second).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String messageUuidFor(String groupUuid, int index) {
        return UUID.nameUUIDFromBytes(("cruddur-seed-message:" + groupUuid + ":" + index)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Result seed(String table, User first, User second, Progress progress) {
        if (first == null || second == null) {
            throw new UserFacingException("Seeding needs two users in Postgres; run the Postgres setup to add the seed users.");
        }
        if (first.uuid().equals(second.uuid())) {
            throw new UserFacingException("Pick two different users: a conversation needs two people, not @"
                    + first.handle() + " twice.");
        }
        String group = groupUuidFor(first, second);
        List<SampleConversation.Line> lines = SampleConversation.lines();
        Instant start = existingStart(table, group).orElseGet(() -> freshStart(lines.size()));
        List<Message> messages = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SampleConversation.Line line = lines.get(i);
            User sender = line.firstSpeaker() ? first : second;
            // A minute apart, plus a few microseconds so the six fraction digits look like real clocks.
            Instant at = start.plus(Duration.ofMinutes(i)).plus(i * 7_919L % 1_000_000L, ChronoUnit.MICROS);
            messages.add(new Message(group, SortKeyTime.format(at), messageUuidFor(group, i), line.text(),
                    sender.uuid().toString(), sender.displayName(), sender.handle()));
        }
        BatchWriter.Counter counter = new BatchWriter.Counter();
        try {
            List<Map<String, AttributeValue>> items = messages.stream().map(CruddurItems::toItem).toList();
            new BatchWriter(dynamo).putAll(table, items, progress, "Writing messages", counter);
            progress.checkCancelled();
            Message last = messages.get(messages.size() - 1);
            int rows = writeGroupRows(table, group, last, first, second);
            progress.update(messages.size(), messages.size(), "Seeded " + messages.size() + " messages");
            return new Result(group, messages.size(), rows, messages.get(0).sk(), last.sk());
        } catch (ResourceNotFoundException e) {
            throw new UserFacingException("Table '" + table + "' does not exist; create it first (schema-load).", e);
        } catch (SdkClientException e) {
            throw new UserFacingException("DynamoDB stopped answering after " + counter.done() + " of " + messages.size()
                    + " messages were written; start it again and run the seed again to complete it.", e);
        } catch (CancelledException e) {
            throw new UserFacingException("Seed cancelled after " + counter.done() + " of " + messages.size()
                    + " messages; run it again to complete it.", e);
        }
    }

    /** The first message's time from an earlier run of this seed, so a re-run writes the same keys. */
    private java.util.Optional<Instant> existingStart(String table, String group) {
        QueryResponse r = dynamo.query(q -> q.tableName(table)
                .keyConditionExpression("pk = :pk")
                .filterExpression("message_uuid = :first")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.messagePk(group)),
                        ":first", AttributeValue.fromS(messageUuidFor(group, 0))))
                .consistentRead(true));
        return r.items().stream().findFirst()
                .map(item -> SortKeyTime.parse(CruddurItems.str(item, Keys.SK)).instant())
                .map(t -> t.truncatedTo(ChronoUnit.SECONDS));
    }

    private Instant freshStart(int count) {
        // The last message lands a minute or more in the past.
        return clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(count + 1L));
    }

    /**
     * Both group rows in one transaction, replacing any older row of this group for the same owner (so a
     * re-seed never leaves two rows for one conversation) and leaving a newer one alone.
     */
    private int writeGroupRows(String table, String group, Message last, User first, User second) {
        Map<String, String> existing = existingGroupRows(table, group, first, second);
        List<TransactWriteItem> writes = new ArrayList<>();
        int rows = 0;
        for (User[] pair : new User[][]{{first, second}, {second, first}}) {
            String pk = Keys.groupPk(pair[0].uuid().toString());
            String currentSk = existing.get(pk);
            if (currentSk != null && currentSk.compareTo(last.sk()) >= 0) {
                continue;
            }
            if (currentSk != null) {
                writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
                        .key(Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(currentSk)))).build());
            }
            GroupRow row = new GroupRow(pair[0].uuid().toString(), last.sk(), group, last.text(),
                    pair[1].uuid().toString(), pair[1].displayName(), pair[1].handle());
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(CruddurItems.toItem(row))).build());
            rows++;
        }
        if (!writes.isEmpty()) {
            dynamo.transactWriteItems(t -> t.transactItems(writes));
        }
        return rows;
    }

    /**
     * pk to newest sk of this group's rows, read from the two owners' partitions with consistent reads
     * (the index would be eventually consistent, one of the original's weaknesses).
     */
    private Map<String, String> existingGroupRows(String table, String group, User... owners) {
        Map<String, String> rows = new java.util.HashMap<>();
        for (User owner : owners) {
            String pk = Keys.groupPk(owner.uuid().toString());
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse page = dynamo.query(q -> q.tableName(table).consistentRead(true)
                        .keyConditionExpression("pk = :pk")
                        .filterExpression("message_group_uuid = :g")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":g", AttributeValue.fromS(group)))
                        .exclusiveStartKey(from));
                page.items().forEach(i -> rows.merge(pk, CruddurItems.str(i, Keys.SK), (a, b) -> a.compareTo(b) >= 0 ? a : b));
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null);
        }
        return rows;
    }
}

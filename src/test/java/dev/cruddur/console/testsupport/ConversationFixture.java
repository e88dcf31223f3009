package dev.cruddur.console.testsupport;

import dev.cruddur.console.core.dynamo.BillingChoice;
import dev.cruddur.console.core.model.CruddurItems;
import dev.cruddur.console.core.model.GroupRow;
import dev.cruddur.console.core.model.Keys;
import dev.cruddur.console.core.model.Message;
import dev.cruddur.console.core.seed.Seeder;
import dev.cruddur.console.core.tables.TableOperations;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.core.users.User;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test data for the Conversations tab, written through the console's own table operations (Postgres set-up,
 * seed) plus items in the original's odd shapes:
 * <ul>
 *   <li>seed group: marisol and tobias, 53 messages, both rows up to date;</li>
 *   <li>odd-times group: marisol and priya, one message per time form around 2023-03-23T09:55:59Z;</li>
 *   <li>stale group: marisol and desmond; marisol's row is older than the newest message, desmond has no row,
 *   tobias (not a participant) wrote in it, and one message lacks attributes;</li>
 *   <li>ghost group: marisol and a user who is not in Postgres.</li>
 * </ul>
 * Marisol's groups, newest first: seed, ghost, stale, odd-times. Desmond owns no group row.
 */
public final class ConversationFixture {

    /** The odd-times group's sort keys, in DynamoDB (string) order. */
    public static final List<String> ODD_TIMES = List.of(
            "2022-12-31T23:59:59.999999+00:00",
            "2023-01-01T00:00:00+00:00",
            "2023-03-23T09:54:59.999999+00:00",
            "2023-03-23T09:55:59",
            "2023-03-23T09:55:59+00:00",
            "2023-03-23T09:55:59.043951",
            "2023-03-23T09:55:59.043952+00:00",
            "2023-03-23T09:56:00.000001+00:00",
            "2023-03-23T11:55:30.000000+02:00",
            "2023-03-24T01:30:00.000000+02:00");

    public final User marisol;
    public final User tobias;
    public final User priya;
    public final User desmond;
    public final String ghostUuid = "00000000-0000-4000-8000-00000000abcd";
    public final String seedGroup;
    /** The seed conversation's first and last sort keys (canonical, a minute apart). */
    public final String seedFirstSk;
    public final String seedLastSk;
    public final String oddGroup = "11111111-1111-4111-8111-111111111111";
    public final String staleGroup = "22222222-2222-4222-8222-222222222222";
    public final String ghostGroup = "33333333-3333-4333-8333-333333333333";
    public final String staleRowSk = "2023-05-01T10:00:00.000000+00:00";
    public final String staleNewestSk = "2023-05-02T10:00:00.000000+00:00";

    private final DynamoDbClient dynamo;
    private final String table;

    private ConversationFixture(LocalServers servers, String table) throws Exception {
        this.dynamo = servers.dynamo();
        this.table = table;
        TableOperations ops = new TableOperations(servers.environment().withTableName(table), dynamo, servers.users(),
                Clock.systemUTC());
        ops.setupPostgres();
        ops.create(table, BillingChoice.ON_DEMAND, false);
        marisol = servers.users().findByHandle("marisol").get(0);
        tobias = servers.users().findByHandle("tobias").get(0);
        priya = servers.users().findByHandle("priya").get(0);
        desmond = servers.users().findByHandle("desmond").get(0);
        Seeder.Result seeded = ops.seed(table, marisol, tobias, Progress.NONE);
        seedGroup = seeded.messageGroupUuid();
        seedFirstSk = seeded.firstSk();
        seedLastSk = seeded.lastSk();

        for (int i = 0; i < ODD_TIMES.size(); i++) {
            User sender = i % 2 == 0 ? marisol : priya;
            put(message(oddGroup, ODD_TIMES.get(i), sender, "odd time " + ODD_TIMES.get(i)));
        }
        String oddNewest = ODD_TIMES.get(ODD_TIMES.size() - 1);
        put(row(marisol, oddGroup, oddNewest, priya.uuid().toString(), priya.displayName(), priya.handle()));
        put(row(priya, oddGroup, oddNewest, marisol.uuid().toString(), marisol.displayName(), marisol.handle()));

        put(message(staleGroup, staleRowSk, marisol, "Are you coming on Saturday?"));
        put(message(staleGroup, "2023-05-01T11:00:00.000000+00:00", tobias, "Tobias should not be in this group."));
        Map<String, AttributeValue> bare = new LinkedHashMap<>();
        bare.put(Keys.PK, AttributeValue.fromS(Keys.messagePk(staleGroup)));
        bare.put(Keys.SK, AttributeValue.fromS("2023-05-01T12:00:00.000000+00:00"));
        bare.put("message", AttributeValue.fromS("A message without sender attributes."));
        put(bare);
        put(message(staleGroup, staleNewestSk, desmond, "Yes, with the toolbox."));
        put(row(marisol, staleGroup, staleRowSk, desmond.uuid().toString(), desmond.displayName(), desmond.handle()));

        put(message(ghostGroup, "2023-06-01T08:00:00.000000+00:00", marisol, "Hello, is anyone there?"));
        put(row(marisol, ghostGroup, "2023-06-01T08:00:00.000000+00:00", ghostUuid, "Gone Person", "ghost"));
        put(new GroupRowItem(ghostUuid, ghostGroup, "2023-06-01T08:00:00.000000+00:00", marisol).item());
    }

    public static ConversationFixture create(LocalServers servers, String table) throws Exception {
        return new ConversationFixture(servers, table);
    }

    private record GroupRowItem(String owner, String group, String sk, User other) {
        Map<String, AttributeValue> item() {
            return CruddurItems.toItem(new GroupRow(owner, sk, group, "Hello, is anyone there?",
                    other.uuid().toString(), other.displayName(), other.handle()));
        }
    }

    private static Map<String, AttributeValue> message(String group, String sk, User sender, String text) {
        return CruddurItems.toItem(new Message(group, sk, UUID.nameUUIDFromBytes((group + sk).getBytes()).toString(),
                text, sender.uuid().toString(), sender.displayName(), sender.handle()));
    }

    private static Map<String, AttributeValue> row(User owner, String group, String sk, String otherUuid,
                                                   String otherName, String otherHandle) {
        return CruddurItems.toItem(new GroupRow(owner.uuid().toString(), sk, group, "last: " + sk, otherUuid,
                otherName, otherHandle));
    }

    private void put(Map<String, AttributeValue> item) {
        dynamo.putItem(p -> p.tableName(table).item(item));
    }
}

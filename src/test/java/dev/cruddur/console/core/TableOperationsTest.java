package dev.cruddur.console.core;

import dev.cruddur.console.core.dynamo.BillingChoice;
import dev.cruddur.console.core.dynamo.TableAdmin;
import dev.cruddur.console.core.dynamo.TableSummary;
import dev.cruddur.console.core.model.Keys;
import dev.cruddur.console.core.seed.SampleConversation;
import dev.cruddur.console.core.seed.Seeder;
import dev.cruddur.console.core.tables.TableOperations;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.core.time.SortKeyTime;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.testsupport.LocalServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Tables tab's operations against a real DynamoDB Local and Postgres. */
class TableOperationsTest {

    @RegisterExtension
    static final LocalServers servers = new LocalServers();

    static TableOperations ops;
    static List<User> pair;

    @BeforeAll
    static void setUp() throws Exception {
        ops = new TableOperations(servers.environment(), servers.dynamo(), servers.users(), Clock.systemUTC());
        assertThat(ops.setupPostgres()).isEqualTo(4);
        pair = ops.seedUsers(null, null);
    }

    @Test
    void postgresSetupIsRepeatableAndKeepsTheSeedUsers() throws Exception {
        assertThat(ops.setupPostgres()).isZero();
        assertThat(ops.users()).extracting(User::handle).containsExactly("marisol", "tobias", "priya", "desmond");
        assertThat(ops.users()).allSatisfy(u -> assertThat(u.cognitoUserId()).isEqualTo("MOCK"));
    }

    @Test
    void createsTheMessagesTableAsTheContractSaysProvisioned() {
        assertThat(ops.create("prov", BillingChoice.ORIGINAL, true)).isEqualTo(TableAdmin.CreateOutcome.CREATED);
        TableSummary t = ops.describe("prov");
        assertThat(t.status()).isEqualTo("ACTIVE");
        assertThat(t.keySchema()).isEqualTo("pk (HASH), sk (RANGE)");
        assertThat(t.indexes()).containsExactly("message-group-sk-index: message_group_uuid, sk [ALL]");
        assertThat(t.billingMode()).isEqualTo("PROVISIONED");
        assertThat(t.capacity()).isEqualTo("5 RCU / 5 WCU");
        assertThat(t.stream()).isEqualTo("NEW_IMAGE");
        assertThat(ops.create("prov", BillingChoice.ORIGINAL, true)).isEqualTo(TableAdmin.CreateOutcome.ALREADY_EXISTS);
    }

    @Test
    void createsOnDemandToo() {
        ops.create("ondemand", BillingChoice.ON_DEMAND, true);
        TableSummary t = ops.describe("ondemand");
        assertThat(t.billingMode()).isEqualTo("PAY_PER_REQUEST");
        assertThat(t.capacity()).isEqualTo("on demand");
        assertThat(t.stream()).isEqualTo("NEW_IMAGE");
        assertThat(ops.list()).extracting(TableSummary::name).contains("ondemand");
    }

    @Test
    void seedWritesTheConversationAndGroupRowsPointingAtTheLastMessage() {
        ops.create("seeded", BillingChoice.ON_DEMAND, true);
        Seeder.Result r = ops.seed("seeded", pair.get(0), pair.get(1), Progress.NONE);
        int lines = SampleConversation.lines().size();
        assertThat(lines).isGreaterThanOrEqualTo(50);
        assertThat(r.messagesWritten()).isEqualTo(lines);
        assertThat(ops.describe("seeded").itemCount()).isEqualTo(lines + 2L);

        List<Map<String, AttributeValue>> items = scan("seeded");
        List<Map<String, AttributeValue>> messages = items.stream()
                .filter(i -> i.get("pk").s().startsWith(Keys.MESSAGE_PREFIX)).toList();
        List<Map<String, AttributeValue>> groups = items.stream()
                .filter(i -> i.get("pk").s().startsWith(Keys.GROUP_PREFIX)).toList();
        assertThat(messages).hasSize(lines);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m).doesNotContainKey(Keys.MESSAGE_GROUP_UUID);
            assertThat(SortKeyTime.parse(m.get("sk").s()).form()).isEqualTo(SortKeyTime.Form.CANONICAL);
            assertThat(m.get("sk").s()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00");
        });
        List<Instant> times = messages.stream().map(m -> SortKeyTime.parse(m.get("sk").s()).instant()).sorted().toList();
        assertThat(times.get(times.size() - 1)).isBefore(Instant.now());
        for (int i = 1; i < times.size(); i++) {
            assertThat(java.time.Duration.between(times.get(i - 1), times.get(i)).toSeconds()).isBetween(59L, 61L);
        }
        String lastSk = messages.stream().map(m -> m.get("sk").s()).max(String::compareTo).orElseThrow();
        assertThat(r.lastSk()).isEqualTo(lastSk);
        assertThat(groups).hasSize(2).allSatisfy(g -> {
            assertThat(g.get("sk").s()).isEqualTo(lastSk);
            assertThat(g.get(Keys.MESSAGE_GROUP_UUID).s()).isEqualTo(r.messageGroupUuid());
            assertThat(g.get("message").s()).isEqualTo(SampleConversation.lines().get(lines - 1).text());
        });
        // Each row names the OTHER participant.
        Map<String, AttributeValue> first = groups.stream()
                .filter(g -> g.get("pk").s().equals(Keys.groupPk(pair.get(0).uuid().toString()))).findFirst().orElseThrow();
        assertThat(first.get("user_handle").s()).isEqualTo(pair.get(1).handle());
    }

    @Test
    void seedingTwiceDoesNotDuplicate() {
        ops.create("twice", BillingChoice.ON_DEMAND, true);
        Seeder.Result a = ops.seed("twice", pair.get(0), pair.get(1), Progress.NONE);
        Seeder.Result b = ops.seed("twice", pair.get(0), pair.get(1), Progress.NONE);
        assertThat(b.messageGroupUuid()).isEqualTo(a.messageGroupUuid());
        assertThat(b.lastSk()).isEqualTo(a.lastSk());
        assertThat(b.groupRowsWritten()).isZero();
        assertThat(scan("twice")).hasSize(SampleConversation.lines().size() + 2);
    }

    @Test
    void dropRemovesTheTable() {
        ops.create("doomed", BillingChoice.ON_DEMAND, true);
        ops.drop("doomed", "doomed", Progress.NONE);
        assertThat(ops.list()).extracting(TableSummary::name).doesNotContain("doomed");
    }

    @Test
    void resetLeavesOnlyTheSeedConversationAndKeepsTheSchema() throws Exception {
        ops.create("resettable", BillingChoice.ORIGINAL, true);
        ops.seed("resettable", pair.get(0), ops.users().get(2), Progress.NONE);
        Seeder.Result r = ops.reset("resettable", BillingChoice.ORIGINAL, pair.get(0), pair.get(1), Progress.NONE);
        assertThat(scan("resettable")).hasSize(r.messagesWritten() + 2)
                .allSatisfy(i -> assertThat(i.get("pk").s()).isIn(Keys.messagePk(r.messageGroupUuid()),
                        Keys.groupPk(pair.get(0).uuid().toString()), Keys.groupPk(pair.get(1).uuid().toString())));
        assertThat(ops.describe("resettable").stream()).isEqualTo("NEW_IMAGE");
        // A missing table is created by reset.
        Seeder.Result fresh = ops.reset("brand-new", BillingChoice.ORIGINAL, pair.get(0), pair.get(1), Progress.NONE);
        assertThat(ops.describe("brand-new").itemCount()).isEqualTo(fresh.messagesWritten() + 2L);
    }

    static List<Map<String, AttributeValue>> scan(String table) {
        List<Map<String, AttributeValue>> all = new ArrayList<>();
        servers.dynamo().scanPaginator(s -> s.tableName(table).consistentRead(true)).items().forEach(all::add);
        return all;
    }
}

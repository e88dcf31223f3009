package dev.cruddur.console.core;

import dev.cruddur.console.core.dynamo.BillingChoice;
import dev.cruddur.console.core.dynamo.TableAdmin;
import dev.cruddur.console.core.dynamo.TableSummary;
import dev.cruddur.console.core.seed.Seeder;
import dev.cruddur.console.core.tables.TableOperations;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.testsupport.LocalServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableOperationsTest {

    @RegisterExtension
    static final LocalServers servers = new LocalServers();

    static TableOperations ops;

    @BeforeAll
    static void setUp() throws Exception {
        ops = new TableOperations(servers.environment(), servers.dynamo(), servers.users(), Clock.systemUTC());
        assertThat(ops.setupPostgres()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void createsSeedsAndCounts() throws Exception {
        assertThat(ops.create("smoke", BillingChoice.ORIGINAL, true)).isEqualTo(TableAdmin.CreateOutcome.CREATED);
        List<User> pair = ops.seedUsers(null, null);
        Seeder.Result r = ops.seed("smoke", pair.get(0), pair.get(1), Progress.NONE);
        TableSummary s = ops.describe("smoke");
        assertThat(s.itemCount()).isEqualTo(r.messagesWritten() + 2L);
    }
}

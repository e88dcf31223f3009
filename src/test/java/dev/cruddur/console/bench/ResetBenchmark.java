package dev.cruddur.console.bench;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import dev.cruddur.console.core.dynamo.BatchWriter;
import dev.cruddur.console.core.dynamo.BillingChoice;
import dev.cruddur.console.core.dynamo.DynamoClients;
import dev.cruddur.console.core.dynamo.TableAdmin;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.seed.Seeder;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.testsupport.LocalServers;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Benchmark, not a test: does "reset" keep DynamoDB Local fast? Two fresh in-memory servers, one run.
 * On one, each cycle is the console's reset (empty the table in place, then seed); on the other, the
 * naive drop + create + seed. After each cycle both write the same batch of items and we print the write
 * rate. Run: see README ("Benchmarks").
 */
public final class ResetBenchmark {

    private static final int CYCLES = 6;
    private static final int ITEMS = 3_000;

    public static void main(String[] args) throws Exception {
        User a = new User(UUID.randomUUID(), "Bench A", "bencha", "a@example.org", "MOCK", null);
        User b = new User(UUID.randomUUID(), "Bench B", "benchb", "b@example.org", "MOCK", null);
        double[] console = run(true, a, b);
        double[] naive = run(false, a, b);
        System.out.printf("%-6s %22s %22s%n", "cycle", "console reset items/s", "drop+create items/s");
        for (int i = 0; i < CYCLES; i++) {
            System.out.printf("%-6d %22.0f %22.0f%n", i + 1, console[i], naive[i]);
        }
        System.out.printf("last cycle: console reset writes %.1fx as fast as drop+create (%.0f vs %.0f items/s)%n",
                console[CYCLES - 1] / naive[CYCLES - 1], console[CYCLES - 1], naive[CYCLES - 1]);
        System.exit(0);
    }

    private static double[] run(boolean emptyInPlace, User a, User b) throws Exception {
        int port = LocalServers.freePort();
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                new String[]{"-inMemory", "-port", String.valueOf(port), "-disableTelemetry"});
        server.start();
        Environment env = new Environment("bench", "http://localhost:" + port, null, null, null, null, null, null,
                null, false, true);
        double[] rates = new double[CYCLES];
        try (DynamoDbClient dynamo = DynamoClients.create(env)) {
            TableAdmin admin = new TableAdmin(dynamo);
            var ops = new dev.cruddur.console.core.tables.TableOperations(env, dynamo, null, Clock.systemUTC());
            String table = env.tableName();
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                if (emptyInPlace) {
                    ops.reset(table, BillingChoice.ON_DEMAND, a, b, Progress.NONE);
                } else {
                    if (admin.exists(table)) {
                        admin.drop(table, Progress.NONE);
                    }
                    admin.createMessagesTable(table, BillingChoice.ON_DEMAND, StreamViewType.NEW_IMAGE);
                    new Seeder(dynamo, Clock.systemUTC()).seed(table, a, b, Progress.NONE);
                }
                rates[cycle] = writeRate(dynamo, table, cycle);
            }
        } finally {
            server.stop();
        }
        return rates;
    }

    private static double writeRate(DynamoDbClient dynamo, String table, int cycle) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            items.add(Map.of("pk", AttributeValue.fromS("BENCH#" + cycle), "sk", AttributeValue.fromS(String.format("%06d", i)),
                    "message", AttributeValue.fromS("filler text for the write-rate measurement")));
        }
        long start = System.nanoTime();
        new BatchWriter(dynamo).putAll(table, items, Progress.NONE, "bench", new BatchWriter.Counter());
        return ITEMS / ((System.nanoTime() - start) / 1e9);
    }
}

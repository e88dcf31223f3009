package dev.cruddur.console.ui.conversations;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import dev.cruddur.console.core.conversations.ConversationService;
import dev.cruddur.console.core.conversations.MessageEntry;
import dev.cruddur.console.core.conversations.Page;
import dev.cruddur.console.core.conversations.Participants;
import dev.cruddur.console.core.conversations.SkFilter;
import dev.cruddur.console.core.dynamo.BatchWriter;
import dev.cruddur.console.core.dynamo.BillingChoice;
import dev.cruddur.console.core.dynamo.DynamoClients;
import dev.cruddur.console.core.dynamo.TableAdmin;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.model.CruddurItems;
import dev.cruddur.console.core.model.GroupRow;
import dev.cruddur.console.core.model.Keys;
import dev.cruddur.console.core.model.Message;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.core.time.SortKeyTime;
import dev.cruddur.console.core.users.User;
import dev.cruddur.console.core.users.UserDirectory;
import dev.cruddur.console.testsupport.LocalServers;
import dev.cruddur.console.ui.conversations.ConversationViews.MessageView;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.FutureTask;

/**
 * Benchmark, not a test: the newest page (50) of a 10,000-message conversation on DynamoDB Local (in this
 * JVM), loaded and laid out through the console's path (core query with its flags, view mapping, a
 * ListView of chat bubbles laid out headless) against one raw SDK query of the same page. Prints medians
 * and the ratio. Run from the checkout (see src/docs/benchmarks.md):
 *
 * <pre>mvn -B -q test-compile exec:exec -Dexec.classpathScope=test
 *     -Dmain.class=dev.cruddur.console.ui.conversations.ConversationBench</pre>
 */
public final class ConversationBench {

    private static final int MESSAGES = 10_000;
    private static final int PAGE = 50;
    private static int warmUp = 300;
    private static int rounds = 500;

    private ConversationBench() {
    }

    /** Optional arguments: rounds, then warm-up rounds (pass them with -Dcli="500 300"). */
    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            rounds = Integer.parseInt(args[0]);
        }
        if (args.length > 1) {
            warmUp = Integer.parseInt(args[1]);
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        int port = LocalServers.freePort();
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(new String[]{
                "-inMemory", "-port", String.valueOf(port), "-disableTelemetry"});
        server.start();
        Environment env = new Environment("bench", "http://localhost:" + port, "us-east-1", null, "bench-messages",
                null, null, null, null, false, true);
        try (DynamoDbClient dynamo = DynamoClients.create(env)) {
            run(env, dynamo);
        } finally {
            server.stop();
            Platform.exit();
        }
        System.exit(0);
    }

    private static void run(Environment env, DynamoDbClient dynamo) throws Exception {
        User a = new User(UUID.randomUUID(), "Bench Alpha", "alpha", "alpha@example.org", "MOCK", LocalDateTime.now());
        User b = new User(UUID.randomUUID(), "Bench Beta", "beta", "beta@example.org", "MOCK", LocalDateTime.now());
        String group = UUID.randomUUID().toString();
        new TableAdmin(dynamo).createMessagesTable(env.tableName(), BillingChoice.ON_DEMAND, null);
        long t0 = System.nanoTime();
        List<Map<String, AttributeValue>> items = new ArrayList<>(MESSAGES);
        Instant start = Instant.parse("2023-01-01T00:00:00Z");
        for (int i = 0; i < MESSAGES; i++) {
            User sender = i % 3 == 0 ? b : a;
            items.add(CruddurItems.toItem(new Message(group, SortKeyTime.format(start.plusSeconds(i * 37L)),
                    UUID.randomUUID().toString(), "Benchmark message number " + i + ", long enough to wrap once or "
                    + "twice in a bubble when the window is not very wide, which is the common case.",
                    sender.uuid().toString(), sender.displayName(), sender.handle())));
        }
        new BatchWriter(dynamo).putAll(env.tableName(), items, Progress.NONE, "bench", new BatchWriter.Counter());
        String last = CruddurItems.str(items.get(MESSAGES - 1), Keys.SK);
        GroupRow rowA = new GroupRow(a.uuid().toString(), last, group, "last", b.uuid().toString(), b.displayName(), b.handle());
        GroupRow rowB = new GroupRow(b.uuid().toString(), last, group, "last", a.uuid().toString(), a.displayName(), a.handle());
        dynamo.putItem(p -> p.tableName(env.tableName()).item(CruddurItems.toItem(rowA)));
        dynamo.putItem(p -> p.tableName(env.tableName()).item(CruddurItems.toItem(rowB)));
        System.out.printf("Wrote %,d messages in %.1f s%n", MESSAGES, (System.nanoTime() - t0) / 1e9);

        // Participants are found once when a conversation opens; a page load reuses them.
        Participants who = new Participants(group, List.of(rowA, rowB),
                Map.of(a.uuid().toString(), a, b.uuid().toString(), b), null);
        ConversationService service = new ConversationService(env, dynamo, new UserDirectory(env, new Secrets()));
        ZoneId zone = ZoneId.systemDefault();
        ListView<MessageView> list = startFx();
        QueryRequest plain = QueryRequest.builder().tableName(env.tableName()).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.messagePk(group))))
                .scanIndexForward(false).limit(PAGE).build();
        // The console asks for the consumed capacity (its stats line shows it), so the baseline sends that too.
        QueryRequest raw = QueryRequest.builder().tableName(env.tableName()).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.messagePk(group))))
                .scanIndexForward(false).limit(PAGE).returnConsumedCapacity(software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity.TOTAL).build();

        long[] consoleNs = new long[rounds];
        long[] loadNs = new long[rounds];
        long[] rawNs = new long[rounds];
        long[] fxNs = new long[rounds];
        long[] queryNs = new long[rounds];
        long[] plainNs = new long[rounds];
        long[] inside = new long[1];
        for (int i = -warmUp; i < rounds; i++) {
            long c0 = System.nanoTime();
            Page<MessageEntry> page = service.messages(group, SkFilter.none(), null, PAGE, who);
            long cq = System.nanoTime();
            List<MessageView> views = ConversationViews.oldestFirst(page, a.uuid().toString(), zone);
            long c1 = System.nanoTime();
            onFx(() -> {
                long f0 = System.nanoTime();
                list.getItems().setAll(views);
                list.scrollTo(views.size() - 1);
                list.applyCss();
                list.layout();
                inside[0] = System.nanoTime() - f0;
            });
            long c2 = System.nanoTime();
            long r0 = System.nanoTime();
            int count = dynamo.query(raw).count();
            long r1 = System.nanoTime();
            dynamo.query(plain);
            long p1 = System.nanoTime();
            if (page.items().size() != PAGE || count != PAGE) {
                throw new IllegalStateException("Expected pages of " + PAGE);
            }
            if (i >= 0) {
                consoleNs[i] = c2 - c0;
                loadNs[i] = c1 - c0;
                rawNs[i] = r1 - r0;
                fxNs[i] = inside[0];
                queryNs[i] = cq - c0;
                plainNs[i] = p1 - r1;
            }
        }
        FutureTask<String> check = new FutureTask<>(() -> {
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
            return "visible cells " + flow.getFirstVisibleCell().getIndex() + " to " + flow.getLastVisibleCell().getIndex()
                    + ", bubbles in the scene graph: " + list.lookupAll(".bubble").size();
        });
        Platform.runLater(check);
        System.out.println("Sanity: " + check.get());
        double console = median(consoleNs);
        double raw1 = median(rawNs);
        System.out.printf("Newest page of %d from a %,d-message conversation, %d rounds after %d warm-up rounds:%n",
                PAGE, MESSAGES, rounds, warmUp);
        System.out.printf("  raw SDK query, same request:         median %.2f ms%n", raw1 / 1e6);
        System.out.printf("  raw SDK query without ReturnConsumedCapacity: median %.2f ms%n", median(plainNs) / 1e6);
        System.out.printf("  console query + flags:               median %.2f ms%n", median(queryNs) / 1e6);
        System.out.printf("  ... + view models:                   median %.2f ms%n", median(loadNs) / 1e6);
        System.out.printf("  of which CSS + layout on the FX thread: median %.2f ms%n", median(fxNs) / 1e6);
        System.out.printf("  console path incl. bubble layout:   median %.2f ms%n", console / 1e6);
        System.out.printf("  ratio console/raw (same request): %.2fx (goal <= 1.5x)%n", console / raw1);
        System.out.printf("  ratio console/raw without ReturnConsumedCapacity: %.2fx%n", console / median(plainNs));
    }

    private static ListView<MessageView> startFx() throws Exception {
        FutureTask<ListView<MessageView>> made = new FutureTask<>(() -> {
            ListView<MessageView> list = new ListView<>();
            list.setCellFactory(l -> new BubbleCell(m -> { }));
            list.getStyleClass().add("conv-messages");
            Scene scene = new Scene(list, 900, 700);
            scene.getStylesheets().add(ConversationBench.class.getResource("/styles/conversations.css").toExternalForm());
            list.getStyleClass().add("conversations");
            // Laid out but never shown: the benchmark times CSS and layout, not painting.
            return list;
        });
        Platform.startup(made);
        return made.get();
    }

    private static void onFx(Runnable r) throws Exception {
        FutureTask<Void> task = new FutureTask<>(r, null);
        Platform.runLater(task);
        task.get();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}

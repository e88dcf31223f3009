package dev.cruddur.console.cli;

import dev.cruddur.console.core.env.AppDirs;
import dev.cruddur.console.core.seed.SampleConversation;
import dev.cruddur.console.testsupport.ConversationFixture;
import dev.cruddur.console.testsupport.LocalServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line twin of the Conversations tab, run as a user would, against real servers. */
class ConversationCommandsTest {

    @RegisterExtension
    static final LocalServers servers = new LocalServers();

    @TempDir
    static Path home;

    static ConversationFixture data;

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        data = ConversationFixture.create(servers, "cli-conversations");
    }

    static Run cli(String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> vars = Map.of(
                "AWS_ENDPOINT_URL", "http://localhost:" + servers.dynamoPort(),
                "CONNECTION_URL", "postgresql://postgres:postgres@localhost:" + servers.postgres().getPort() + "/cruddur",
                "DDB_MESSAGE_TABLE", "cli-conversations");
        List<String> args = new ArrayList<>(List.of(words));
        args.addAll(List.of("--zone", "UTC"));
        int code = new Cli(AppDirs.under(home), vars, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void getConversationPrintsEveryMessageOldestFirstWithHandleTimeAndText() {
        Run r = cli("get-conversation", "--group", data.seedGroup, "--page-size", "20");
        assertThat(r.code()).isZero();
        List<String> messages = r.lines().stream().filter(l -> !l.startsWith("#")).toList();
        List<SampleConversation.Line> expected = SampleConversation.lines();
        assertThat(messages).hasSize(expected.size());
        assertThat(messages.get(0)).startsWith("@marisol").contains(" UTC ").endsWith(expected.get(0).text());
        assertThat(messages.get(1)).startsWith("@tobias").endsWith(expected.get(1).text());
        assertThat(messages.get(52)).endsWith(expected.get(52).text());
        assertThat(r.out()).contains("# 53 item(s) in 3 page(s)", "aws dynamodb query --table-name cli-conversations");
    }

    @Test
    void getConversationNarrowsWithBetweenAndBeginsWith() {
        Run between = cli("get-conversation", "--group", data.oddGroup, "--between", "2023-03-23T09:55", "2023-03-23T09:55");
        assertThat(between.code()).isZero();
        assertThat(between.out()).contains("sk BETWEEN \"2023-03-23T09:55:00\" AND \"2023-03-23T09:55:59Z\"");
        assertThat(between.lines().stream().filter(l -> l.startsWith("@"))).hasSize(4);
        Run begins = cli("get-conversation", "--group", data.oddGroup, "--begins-with", "2022", "--json");
        assertThat(begins.code()).isZero();
        assertThat(begins.out()).contains("\"sk\" : \"2022-12-31T23:59:59.999999+00:00\"", "\":prefix\" : \"2022\"");
    }

    @Test
    void listConversationsShowsGroupsNewestFirstWithFlags() {
        Run r = cli("list-conversations", "--handle", "marisol", "--page-size", "2");
        assertThat(r.code()).isZero();
        List<String> rows = r.lines().stream().filter(l -> l.startsWith("@")).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("@tobias").contains(data.seedGroup).doesNotContain("[");
        assertThat(rows.get(1)).startsWith("@ghost").contains("[not in Postgres]");
        assertThat(rows.get(2)).startsWith("@desmond").contains("[stale, one-sided]");
        assertThat(rows.get(3)).startsWith("@priya").contains("[non-UTC time]");
        Run json = cli("list-conversations", "--handle", "marisol", "--json");
        assertThat(json.out()).contains("\"flags\"", "\"kind\" : \"STALE\"", "\"tooltip\"");
    }

    @Test
    void badInputExitsWithOneSentence() throws Exception {
        Run unknown = cli("list-conversations", "--handle", "nobody");
        assertThat(unknown.code()).isEqualTo(Cli.FAILED);
        assertThat(unknown.err().strip()).isEqualTo(
                "No user has the handle @nobody in Postgres; check the spelling or search by display name.");
        Run empty = cli("list-conversations", "--handle", "desmond");
        assertThat(empty.code()).isEqualTo(Cli.FAILED);
        assertThat(empty.err()).contains("@desmond has no conversations");
        Run notUuid = cli("get-conversation", "--group", "12345");
        assertThat(notUuid.code()).isEqualTo(Cli.FAILED);
        assertThat(notUuid.err().strip()).startsWith("'12345' is not a message group uuid;");
        Run reversed = cli("get-conversation", "--group", data.oddGroup, "--between", "2023-03-24", "2023-03-23");
        assertThat(reversed.code()).isEqualTo(Cli.FAILED);
        assertThat(reversed.err().strip()).endsWith("swap the start and the end.");
        Run oneValue = cli("get-conversation", "--group", data.oddGroup, "--between", "2023-03-24");
        assertThat(oneValue.code()).isEqualTo(Cli.USAGE);
        Run both = cli("get-conversation", "--group", data.oddGroup, "--between", "2023", "2024", "--begins-with", "2023");
        assertThat(both.code()).isEqualTo(Cli.USAGE);
        assertThat(both.err()).startsWith("Give either --begins-with or --between, not both.");

        try (Connection c = DriverManager.getConnection(servers.environment().postgresUrl(), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO users (display_name, handle, email, cognito_user_id) VALUES "
                    + "('Robin A', 'robin', 'a@example.org', 'MOCK'), ('Robin B', 'robin', 'b@example.org', 'MOCK')");
        }
        Run twins = cli("list-conversations", "--handle", "robin");
        assertThat(twins.code()).isEqualTo(Cli.FAILED);
        assertThat(twins.err()).contains("Robin A", "Robin B", "--user ")
                .contains("2 users in Postgres share the handle @robin; run again with --user UUID to choose one of them.");
    }

    @Test
    void betweenStillParsesForOtherCommandsAsBefore() {
        CliArgs a = CliArgs.parse(List.of("--between", "A", "B", "--json", "x"), Map.of("between", 2));
        assertThat(a.options("between")).containsExactly("A", "B");
        assertThat(a.flag("json")).isTrue();
        assertThat(a.positional()).containsExactly("x");
        CliArgs plain = CliArgs.parse(List.of("--between", "A", "B"));
        assertThat(plain.options("between")).containsExactly("A");
        assertThat(plain.positional()).containsExactly("B");
    }
}

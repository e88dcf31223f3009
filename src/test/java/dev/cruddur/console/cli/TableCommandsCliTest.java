package dev.cruddur.console.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cruddur.console.core.env.AppDirs;
import dev.cruddur.console.testsupport.LocalServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line twin of the Tables tab: exit codes, people-readable output and JSON. */
class TableCommandsCliTest {

    @RegisterExtension
    static final LocalServers servers = new LocalServers();

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    Run cli(String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> vars = Map.of(
                "AWS_ENDPOINT_URL", servers.environment().dynamoEndpoint(),
                "CONNECTION_URL", "postgresql://" + LocalServers.PASSWORD_ROLE + ":" + LocalServers.PASSWORD
                        + "@localhost:" + servers.postgres().getPort() + "/cruddur");
        int exit = new Cli(AppDirs.under(home), vars, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(words));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theOriginalScriptsWorkFromTheCommandLine() throws Exception {
        Run setup = cli("db-setup", "--json");
        assertThat(setup.exit()).isZero();
        assertThat(setup.json().get("users").size()).isGreaterThanOrEqualTo(3);

        Run load = cli("schema-load");
        assertThat(load.exit()).isZero();
        assertThat(load.out()).startsWith("Created cruddur-messages in local (http://localhost:");
        Run again = cli("schema-load", "--json");
        assertThat(again.json().get("outcome").asText()).isEqualTo("ALREADY_EXISTS");

        Run seed = cli("seed", "--users", "priya,desmond", "--json");
        assertThat(seed.exit()).isZero();
        assertThat(seed.json().get("messagesWritten").asInt()).isGreaterThanOrEqualTo(50);

        Run list = cli("list-tables", "--json");
        assertThat(list.exit()).isZero();
        JsonNode table = list.json().get(0);
        assertThat(table.get("name").asText()).isEqualTo("cruddur-messages");
        assertThat(table.get("itemCount").asInt()).isEqualTo(seed.json().get("messagesWritten").asInt() + 2);
        assertThat(table.get("stream").asText()).isEqualTo("NEW_IMAGE");
        assertThat(cli("list-tables").out()).contains("cruddur-messages  ACTIVE  keys: pk (HASH), sk (RANGE)");

        Run refused = cli("drop", "--table", "cruddur-messages", "--confirm", "cruddur");
        assertThat(refused.exit()).isEqualTo(Cli.FAILED);
        assertThat(refused.err().strip()).isEqualTo("The typed name does not match 'cruddur-messages'; nothing was dropped.");
        Run dropped = cli("drop", "--table", "cruddur-messages", "--confirm", "cruddur-messages");
        assertThat(dropped.exit()).isZero();
        assertThat(cli("list-tables", "--json").json().size()).isZero();

        Run reset = cli("reset");
        assertThat(reset.exit()).isZero();
        assertThat(reset.out()).startsWith("Seeded ").contains("between @marisol and @tobias");
    }

    @Test
    void failuresAndMistakesHaveTheirOwnExitCodes() {
        Run unknown = cli("frobnicate");
        assertThat(unknown.exit()).isEqualTo(Cli.USAGE);
        assertThat(unknown.err()).contains("Unknown command 'frobnicate'");
        Run missing = cli("drop", "--table", "x-table");
        assertThat(missing.exit()).isEqualTo(Cli.USAGE);
        assertThat(missing.err()).startsWith("Missing --confirm repeating the table name, to confirm.");
        Run badEnv = cli("list-tables", "--env", "qa");
        assertThat(badEnv.exit()).isEqualTo(Cli.FAILED);
        assertThat(badEnv.err().strip()).isEqualTo("There is no environment named 'qa'; known: local, prod.");
        Run prodDrop = cli("drop", "--env", "prod", "--table", "cruddur-messages", "--confirm", "cruddur-messages");
        assertThat(prodDrop.exit()).isEqualTo(Cli.FAILED);
        assertThat(prodDrop.err()).contains("read-only");
        Run help = cli("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("list-tables", "schema-load", "drop", "seed", "reset", "db-setup");
    }
}

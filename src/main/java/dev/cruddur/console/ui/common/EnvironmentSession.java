package dev.cruddur.console.ui.common;

import dev.cruddur.console.core.conversations.ConversationService;
import dev.cruddur.console.core.dynamo.DynamoClients;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.tables.TableOperations;
import dev.cruddur.console.core.users.UserDirectory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * The per-environment services every tab works with. The main view model builds a new one (off the FX
 * thread) whenever the environment changes and closes the old one; tabs observe it and refresh.
 */
public record EnvironmentSession(Environment environment, DynamoDbClient dynamo, UserDirectory users,
                                 TableOperations tables, ConversationService conversations) implements AutoCloseable {

    /** Builds the clients for {@code env}; may read AWS profile files, so never on the FX thread. */
    public static EnvironmentSession open(Environment env, Secrets secrets, Clock clock) {
        DynamoDbClient dynamo = DynamoClients.create(env);
        UserDirectory users = new UserDirectory(env, secrets);
        return new EnvironmentSession(env, dynamo, users, new TableOperations(env, dynamo, users, clock),
                new ConversationService(env, dynamo, users));
    }

    @Override
    public void close() {
        dynamo.close();
    }
}

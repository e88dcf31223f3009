package dev.cruddur.console.ui.main;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.error.Errors;
import dev.cruddur.console.ui.common.EnvironmentSession;

/**
 * What the status bar says about the active environment: "Connected" only after DynamoDB answered one cheap
 * call (ListTables, one name), otherwise why not. Does I/O: call it off the FX thread.
 */
final class ConnectionCheck {

    private ConnectionCheck() {
    }

    static String describe(EnvironmentSession session) {
        Environment env = session.environment();
        try {
            session.dynamo().listTables(request -> request.limit(1));
            return "Connected to " + where(env) + ".";
        } catch (RuntimeException e) {
            // The sentence names the endpoint or region already; the top bar names the environment.
            return "Not connected: " + Errors.sentence(e, env);
        }
    }

    static String checking(Environment env) {
        return "Checking the connection to " + where(env);
    }

    private static String where(Environment env) {
        return env.name() + " (" + (env.isAws() ? "AWS " + env.region() : env.dynamoEndpoint()) + ")";
    }
}

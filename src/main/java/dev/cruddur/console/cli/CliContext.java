package dev.cruddur.console.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.cruddur.console.core.dynamo.DynamoClients;
import dev.cruddur.console.core.env.AppDirs;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.EnvironmentStore;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.core.users.UserDirectory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.PrintStream;

/** What a command needs: the chosen environment, clients made on first use, and where to print. */
public final class CliContext implements AutoCloseable {

    private final EnvironmentStore store;
    private final AppDirs dirs;
    private final Environment environment;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private DynamoDbClient dynamo;

    public CliContext(EnvironmentStore store, AppDirs dirs, Environment environment, PrintStream out, PrintStream err,
                      boolean json) {
        this.store = store;
        this.dirs = dirs;
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.json = json;
    }

    public Environment environment() {
        return environment;
    }

    public EnvironmentStore store() {
        return store;
    }

    public AppDirs dirs() {
        return dirs;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public boolean json() {
        return json;
    }

    public synchronized DynamoDbClient dynamo() {
        if (dynamo == null) {
            dynamo = DynamoClients.create(environment);
        }
        return dynamo;
    }

    public UserDirectory users() {
        return new UserDirectory(environment, store.secrets());
    }

    /** Prints a value as JSON on stdout (records, lists and maps all work). */
    public void printJson(Object value) throws Exception {
        out.println(mapper.writeValueAsString(value));
    }

    /** Progress as an updating line on stderr, so stdout stays clean for pipes and --json. */
    public Progress progress() {
        return new Progress() {
            private long lastPercent = -1;

            @Override
            public void update(long done, long total, String message) {
                long percent = total <= 0 ? -1 : done * 100 / total;
                if (percent != lastPercent && !json) {
                    lastPercent = percent;
                    err.print("\r" + message + (percent >= 0 ? " (" + percent + "%)" : "") + "   ");
                    if (total > 0 && done >= total) {
                        err.println();
                    }
                    err.flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
    }

    @Override
    public void close() {
        if (dynamo != null) {
            dynamo.close();
        }
    }
}

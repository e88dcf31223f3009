package dev.cruddur.console.core.local;

import dev.cruddur.console.core.task.Progress;

import java.util.List;
import java.util.function.Consumer;

/**
 * Starts, stops and watches DynamoDB Local and PostgreSQL for a local environment. Every method may do I/O
 * (probing ports, starting processes): never call it on the FX thread.
 */
public interface LocalStackControl extends AutoCloseable {

    /** Probes both services now. */
    List<ServiceStatus> status();

    /** Called, on the calling or a background thread, whenever a service's state changes. */
    void addListener(Consumer<ServiceStatus> listener);

    /** Starts whatever does not answer yet; leaves answering services alone (reported EXTERNAL). */
    List<ServiceStatus> ensureUp(Progress progress);

    ServiceStatus start(Service service, Progress progress);

    /**
     * Whether the next start of DynamoDB Local keeps its tables in memory only (lost when it stops) or on disk.
     * A stack that cannot choose ignores it.
     */
    default void useInMemoryDynamo(boolean inMemory) {
    }

    /** Stops a service the console started; refuses (with a sentence) to stop an external one. */
    ServiceStatus stop(Service service);

    /** On exit: stops only what this process started, unless it was started to outlive us (local-up). */
    @Override
    void close();
}

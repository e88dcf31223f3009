package dev.cruddur.console.core.local;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.task.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Test stand-in for a local stack that only probes, for view-model tests that must not start processes. A service that accepts a TCP
 * connection is EXTERNAL (someone else runs it), anything else is DOWN; it never starts or stops anything.
 */
public final class ProbeOnlyLocalStack implements LocalStackControl {

    private final Environment env;
    private final List<Consumer<ServiceStatus>> listeners = new CopyOnWriteArrayList<>();

    public ProbeOnlyLocalStack(Environment env) {
        this.env = env;
    }

    @Override
    public List<ServiceStatus> status() {
        List<ServiceStatus> all = new ArrayList<>();
        for (Service s : Service.values()) {
            all.add(probe(s));
        }
        all.forEach(s -> listeners.forEach(l -> l.accept(s)));
        return all;
    }

    @Override
    public void addListener(Consumer<ServiceStatus> listener) {
        listeners.add(listener);
    }

    @Override
    public List<ServiceStatus> ensureUp(Progress progress) {
        progress.update(0, 2, "Checking local services");
        return status();
    }

    @Override
    public ServiceStatus start(Service service, Progress progress) {
        throw new UserFacingException("Starting " + service.label() + " is not available yet in this build; "
                + "start it yourself (e.g. docker compose up) and refresh.");
    }

    @Override
    public ServiceStatus stop(Service service) {
        throw new UserFacingException(service.label() + " was not started by the console, so it leaves it alone; "
                + "stop it where you started it.");
    }

    @Override
    public void close() {
        // Nothing was started, so nothing needs stopping.
    }

    /** Address parsing and the connect check are the real stack's own, so both report the same way. */
    ServiceStatus probe(Service service) {
        String address = service == Service.DYNAMODB ? env.dynamoEndpoint() : env.postgresUrl();
        LocalAddresses.Address target = service == Service.DYNAMODB ? LocalAddresses.dynamo(env) : LocalAddresses.postgres(env);
        if (target == null) {
            return new ServiceStatus(service, ServiceState.DOWN, address == null ? "" : address,
                    "Environment '" + env.name() + "' has no address for " + service.label() + "; set one in its settings.");
        }
        if (Probe.listening(target.host(), target.port())) {
            return new ServiceStatus(service, ServiceState.EXTERNAL, address,
                    service.label() + " answers at " + address + "; it was started outside the console and is left alone.");
        }
        return new ServiceStatus(service, ServiceState.DOWN, address,
                "Nothing answers at " + address + "; start " + service.label() + " and refresh.");
    }
}

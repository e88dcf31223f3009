package dev.cruddur.console.core.local;

import dev.cruddur.console.core.env.AppDirs;
import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.error.Errors;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.task.CancelledException;
import dev.cruddur.console.core.task.Progress;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The local stack with zero setup: when nothing answers at a local environment's DynamoDB endpoint or
 * Postgres URL, this starts DynamoDB Local (its own process, from the copy the build resolved) and a real
 * PostgreSQL (zonky binaries), with their data under the user's XDG data folder. Services found running
 * are reported EXTERNAL and never stopped. Every method does I/O: call it off the FX thread.
 *
 * <p>Two lifetimes: the window's stack ({@code keepRunning} false) stops what it started in {@link #close()};
 * local-up's stack ({@code keepRunning} true) leaves its services running and records them in
 * {@code dataDir/local-stack.json}, where local-down (or the window's stop button) finds them.
 */
public final class LocalStack implements LocalStackControl {

    private final Environment env;
    private final Secrets secrets;
    private final LocalStackOptions options;
    private final Path dynamoDataDir;
    private final Probe probe;
    private final LocalStackState state;
    private final DynamoLocalProcess dynamoLauncher;
    private final LocalPostgres postgres;
    private final ServiceStarter starter;
    private final List<Consumer<ServiceStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Service, ServiceStatus> lastReported = new ConcurrentHashMap<>();
    private final Map<Service, String> failures = new ConcurrentHashMap<>();
    private final Map<Service, Boolean> starting = new ConcurrentHashMap<>();
    private final Map<Service, ReentrantLock> locks = Map.of(
            Service.DYNAMODB, new ReentrantLock(), Service.POSTGRES, new ReentrantLock());
    private volatile Process dynamoProcess;
    /** The choice for the next start; the window may change it while this stack is not running DynamoDB Local. */
    private volatile boolean dynamoInMemory;
    /** How the running {@link #dynamoProcess} was started, so its description stays true after a new choice. */
    private volatile boolean runningInMemory;
    private volatile EmbeddedPostgres startedPostgres;
    private Thread shutdownHook;
    private boolean closed;

    /** The window's stack: data on disk, stops what it started on close. */
    public LocalStack(Environment environment, Secrets secrets, AppDirs dirs) {
        this(environment, secrets, dirs, LocalStackOptions.defaults());
    }

    public LocalStack(Environment environment, Secrets secrets, AppDirs dirs, LocalStackOptions options) {
        this.env = environment;
        this.secrets = secrets;
        this.options = options;
        this.dynamoInMemory = options.inMemory();
        Path data = dirs.dataDir();
        this.dynamoDataDir = data.resolve("dynamodb");
        this.probe = new Probe(environment, secrets);
        this.state = new LocalStackState(data.resolve("local-stack.json"));
        this.dynamoLauncher = new DynamoLocalProcess(options.dynamoClasspathFile(),
                data.resolve("dynamodb-local.classpath"), data.resolve("logs").resolve("dynamodb-local.log"));
        this.postgres = new LocalPostgres(data.resolve("postgres"), data.resolve("logs").resolve("postgres.log"));
        this.starter = new ServiceStarter(environment, secrets, options, dynamoLauncher, postgres, probe);
    }

    public Environment environment() {
        return env;
    }

    /** Where the service's output goes, for a "show log" link next to a failure. */
    public Path logFile(Service service) {
        return service == Service.DYNAMODB ? dynamoLauncher.logFile() : postgres.logFile();
    }

    /**
     * Chooses memory or disk for the next start of DynamoDB Local.
     *
     * @throws UserFacingException while this stack runs DynamoDB Local with the other choice
     */
    @Override
    public void useInMemoryDynamo(boolean inMemory) {
        Process here = dynamoProcess;
        if (here != null && here.isAlive() && runningInMemory != inMemory) {
            throw new UserFacingException("DynamoDB Local is running with its tables " + (runningInMemory
                    ? "in memory" : "on disk") + "; stop it first, then change where the next start keeps them.");
        }
        dynamoInMemory = inMemory;
    }

    @Override
    public List<ServiceStatus> status() {
        List<ServiceStatus> all = new ArrayList<>();
        for (Service s : Service.values()) {
            all.add(report(current(s)));
        }
        return all;
    }

    @Override
    public void addListener(Consumer<ServiceStatus> listener) {
        listeners.add(listener);
    }

    /** Starts DynamoDB Local and Postgres side by side (DynamoDB Local boots in its own JVM meanwhile). */
    @Override
    public List<ServiceStatus> ensureUp(Progress progress) {
        Thread caller = Thread.currentThread();
        AtomicInteger finished = new AtomicInteger();
        // Both starts report into one bar: 0, 1 or 2 services answering.
        Progress shared = new Progress() {
            @Override
            public synchronized void update(long done, long total, String message) {
                int count = total > 0 && done >= total ? finished.incrementAndGet() : finished.get();
                progress.update(count, 2, message);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled() || caller.isInterrupted();
            }
        };
        FutureTask<ServiceStatus> dynamo = new FutureTask<>(() -> start(Service.DYNAMODB, shared));
        Thread side = new Thread(dynamo, "local-stack-dynamodb");
        side.setDaemon(true);
        side.start();
        ServiceStatus pg = start(Service.POSTGRES, shared);
        ServiceStatus dy;
        try {
            dy = dynamo.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        progress.update(2, 2, "Local stack: " + dy.service().label() + " " + dy.state() + ", "
                + pg.service().label() + " " + pg.state());
        return List.of(dy, pg);
    }

    @Override
    public ServiceStatus start(Service service, Progress progress) {
        ReentrantLock lock = locks.get(service);
        lock.lock();
        try {
            failures.remove(service); // a new attempt: the last failure's sentence no longer applies
            ServiceStatus now = current(service);
            if (now.state() != ServiceState.DOWN) {
                return report(now); // answering already, or another program holds the port
            }
            starting.put(service, true);
            report(current(service));
            try {
                if (service == Service.DYNAMODB) {
                    boolean memory = dynamoInMemory;
                    Process p = starter.startDynamo(memory ? null : dynamoDataDir, progress);
                    if (options.keepRunning()) {
                        state.put(starter.dynamoEntry(p, memory ? null : dynamoDataDir));
                    } else {
                        runningInMemory = memory;
                        dynamoProcess = p;
                        registerShutdownHook();
                    }
                } else {
                    EmbeddedPostgres pg = starter.startPostgres(progress);
                    if (options.keepRunning()) {
                        state.put(starter.postgresEntry());
                    } else {
                        startedPostgres = pg;
                        registerShutdownHook();
                    }
                }
            } catch (CancelledException e) {
                starting.remove(service);
                report(current(service));
                throw e;
            } catch (RuntimeException e) {
                failures.put(service, Errors.sentence(e, env));
            } finally {
                starting.remove(service);
            }
            return report(current(service));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops a service the console started (now, or earlier through local-up).
     *
     * @throws UserFacingException for a service started outside the console: it is left running
     */
    @Override
    public ServiceStatus stop(Service service) {
        ReentrantLock lock = locks.get(service);
        lock.lock();
        try {
            failures.remove(service);
            ServiceStatus now = current(service);
            if (now.state() == ServiceState.EXTERNAL || now.state() == ServiceState.FAILED) {
                throw new UserFacingException(service.label() + " at " + now.address()
                        + " was not started by the console, so it is left running; stop it where it was started.");
            }
            if (now.state() == ServiceState.UP) {
                stopOwned(service);
            }
            return report(current(service));
        } finally {
            lock.unlock();
        }
    }

    /**
     * local-down: stops every service the console started (here, or recorded by local-up, whatever ports the
     * environment names now) and leaves the others alone. Returns the statuses afterwards.
     */
    public List<ServiceStatus> stopStarted() {
        for (Service s : Service.values()) {
            ReentrantLock lock = locks.get(s);
            lock.lock();
            try {
                failures.remove(s);
                boolean startedHere = s == Service.DYNAMODB ? dynamoProcess != null : startedPostgres != null;
                // Not a window's services: only what local-up recorded, or what this very stack started.
                if (startedHere || state.find(s).isPresent()) {
                    stopOwned(s);
                }
            } finally {
                lock.unlock();
            }
        }
        return status();
    }

    /** Stops what this stack started, unless it was started to outlive us (local-up). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!options.keepRunning()) {
            stopStartedHere();
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or ran: nothing to remove
            }
        }
        probe.close();
    }

    /** The service's state now: probes its address and asks who started what answers there. */
    private ServiceStatus current(Service service) {
        boolean dynamo = service == Service.DYNAMODB;
        String address = dynamo ? env.dynamoEndpoint() : env.postgresUrl();
        if (starting.containsKey(service)) {
            return new ServiceStatus(service, ServiceState.STARTING, address, "Starting; this takes a few seconds.");
        }
        if (address == null) {
            String failure = failures.get(service);
            return new ServiceStatus(service, failure == null ? ServiceState.DOWN : ServiceState.FAILED, "",
                    failure == null ? starter.missingAddress(service) : failure);
        }
        Probe.Result answer = dynamo ? probe.dynamo() : probe.postgres();
        switch (answer.answer()) {
            case NOTHING -> {
                String failure = failures.get(service);
                return failure != null ? new ServiceStatus(service, ServiceState.FAILED, address, failure)
                        : new ServiceStatus(service, ServiceState.DOWN, address, "Not running.");
            }
            case OTHER -> {
                return new ServiceStatus(service, ServiceState.FAILED, address, starter.portTaken(service));
            }
            default -> {
                String ours = dynamo ? dynamoOwner() : postgresOwner();
                return ours != null ? new ServiceStatus(service, ServiceState.UP, address, ours)
                        : new ServiceStatus(service, ServiceState.EXTERNAL, address, answer.detail().isBlank()
                        ? "Started outside the console, which leaves it running." : answer.detail());
            }
        }
    }

    /** Who started the answering DynamoDB Local, as a sentence; null when it is not ours. */
    private String dynamoOwner() {
        Process here = dynamoProcess;
        String data = runningInMemory ? "in memory, so its tables vanish when it stops"
                : "with its tables in " + dynamoDataDir;
        if (here != null && here.isAlive()) {
            return "Started by the console, " + data + "; it stops when the console closes.";
        }
        LocalAddresses.Address a = LocalAddresses.dynamo(env);
        return state.find(Service.DYNAMODB)
                .filter(e -> a != null && e.port() == a.port())
                .filter(e -> ProcessHandle.of(e.pid()).filter(DynamoLocalProcess::isDynamoLocal).isPresent())
                .map(e -> "Started by local-up, " + (e.dataDir() == null ? "in memory" : "with its tables in "
                        + e.dataDir()) + "; it runs until local-down.")
                .orElse(null);
    }

    /** Who started the answering Postgres; null when it is not the server of the console's data folder. */
    private String postgresOwner() {
        LocalAddresses.Address a = LocalAddresses.postgres(env);
        if (a == null || postgres.running().filter(p -> p.port() == a.port()).isEmpty()) {
            return null;
        }
        if (startedPostgres != null) {
            return "Started by the console with its data in " + postgres.dataDir()
                    + "; it stops when the console closes.";
        }
        return state.find(Service.POSTGRES).isPresent()
                ? "Started by local-up with its data in " + postgres.dataDir() + "; it runs until local-down."
                : "Started earlier by the console with its data in " + postgres.dataDir() + ".";
    }

    private void stopOwned(Service service) {
        if (service == Service.DYNAMODB) {
            Process here = dynamoProcess;
            dynamoProcess = null;
            if (here != null) {
                DynamoLocalProcess.stop(here.toHandle());
            }
            state.find(Service.DYNAMODB).ifPresent(e -> ProcessHandle.of(e.pid())
                    .filter(DynamoLocalProcess::isDynamoLocal).ifPresent(DynamoLocalProcess::stop));
            state.remove(Service.DYNAMODB);
        } else {
            EmbeddedPostgres here = startedPostgres;
            startedPostgres = null;
            starter.stopPostgres(here, state.find(Service.POSTGRES).map(LocalStackState.Entry::binDir).orElse(null));
            state.remove(Service.POSTGRES);
        }
    }

    private void stopStartedHere() {
        Process here = dynamoProcess;
        dynamoProcess = null;
        if (here != null) {
            DynamoLocalProcess.stop(here.toHandle());
        }
        EmbeddedPostgres pg = startedPostgres;
        startedPostgres = null;
        if (pg != null) {
            starter.stopPostgres(pg, null);
        }
    }

    private synchronized void registerShutdownHook() {
        if (shutdownHook == null && !closed) {
            // A window killed with Ctrl+C still takes its services down; a clean exit goes through close().
            shutdownHook = new Thread(this::stopStartedHere, "local-stack-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    private ServiceStatus report(ServiceStatus status) {
        // One at a time, so listeners see a service's changes in the order they happened.
        synchronized (lastReported) {
            ServiceStatus previous = lastReported.put(status.service(), status);
            if (!status.equals(previous)) {
                for (Consumer<ServiceStatus> l : listeners) {
                    try {
                        l.accept(status);
                    } catch (RuntimeException ignored) {
                        // A broken listener must not stop the stack or the other listeners.
                    }
                }
            }
        }
        return status;
    }
}

package dev.cruddur.console.core.local;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.env.Secrets;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.task.CancelledException;
import dev.cruddur.console.core.task.Progress;
import dev.cruddur.console.core.users.UserDirectory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starts one service of the local stack and waits until it answers; every failure ends in one sentence. */
final class ServiceStarter {

    private final Environment env;
    private final Secrets secrets;
    private final LocalStackOptions options;
    private final DynamoLocalProcess dynamoLauncher;
    private final LocalPostgres postgres;
    private final Probe probe;

    ServiceStarter(Environment env, Secrets secrets, LocalStackOptions options, DynamoLocalProcess dynamoLauncher,
                   LocalPostgres postgres, Probe probe) {
        this.env = env;
        this.secrets = secrets;
        this.options = options;
        this.dynamoLauncher = dynamoLauncher;
        this.postgres = postgres;
        this.probe = probe;
    }

    String missingAddress(Service service) {
        return service == Service.DYNAMODB
                ? "Environment '" + env.name() + "' has no DynamoDB endpoint; set one such as http://localhost:8000 in its settings."
                : "Environment '" + env.name() + "' has no Postgres URL; set one such as "
                + "jdbc:postgresql://localhost:5432/cruddur in its settings.";
    }

    String portTaken(Service service) {
        if (service == Service.DYNAMODB) {
            LocalAddresses.Address a = LocalAddresses.dynamo(env);
            return "Port " + (a == null ? "?" : a.port()) + " is taken by a program that is not DynamoDB; stop that "
                    + "program or change the port of the environment's DynamoDB endpoint.";
        }
        LocalAddresses.Address a = LocalAddresses.postgres(env);
        return "Port " + (a == null ? "?" : a.port()) + " is taken by a program that is not PostgreSQL; stop that "
                + "program or change the port in the environment's Postgres URL.";
    }

    /** Launches DynamoDB Local and returns once it answers ListTables; a null {@code dataDir} means in memory. */
    Process startDynamo(Path dataDir, Progress progress) {
        LocalAddresses.Address a = startable(Service.DYNAMODB, LocalAddresses.dynamo(env));
        String classpath = dynamoLauncher.classpath(env.dynamoEndpoint());
        progress.update(0, 1, "Starting DynamoDB Local on port " + a.port() + "...");
        Process p;
        try {
            p = dynamoLauncher.launch(classpath, a.port(), dataDir, options.keepRunning());
        } catch (IOException e) {
            throw new UserFacingException("DynamoDB Local could not be launched (" + e.getMessage()
                    + "); check that " + System.getProperty("java.home") + " holds a working Java and try again.", e);
        }
        long deadline = System.nanoTime() + options.startTimeout().toNanos();
        try {
            while (true) {
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                if (!p.isAlive()) {
                    throw new UserFacingException("DynamoDB Local stopped while starting (exit code " + p.exitValue()
                            + "), for example because port " + a.port() + " was taken; its log "
                            + dynamoLauncher.logFile() + " says why.");
                }
                if (probe.dynamo().answer() == Probe.Answer.EXPECTED) {
                    progress.update(1, 1, "DynamoDB Local answers on port " + a.port() + ".");
                    return p;
                }
                if (System.nanoTime() > deadline) {
                    throw new UserFacingException("DynamoDB Local did not answer within "
                            + options.startTimeout().toSeconds() + " s; see its log " + dynamoLauncher.logFile()
                            + " and try again.");
                }
                // Doubles as the pause between probes and notices an early exit at once.
                p.waitFor(150, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            DynamoLocalProcess.stop(p.toHandle());
            throw new CancelledException();
        } catch (RuntimeException e) {
            DynamoLocalProcess.stop(p.toHandle());
            throw e;
        }
    }

    LocalStackState.Entry dynamoEntry(Process p, Path dbPath) {
        LocalAddresses.Address a = LocalAddresses.dynamo(env);
        return new LocalStackState.Entry(Service.DYNAMODB, p.pid(), a.port(), env.dynamoEndpoint(),
                dbPath == null ? null : dbPath.toString(), null, Instant.now());
    }

    /** Starts Postgres on the URL's port, creates the database and the users schema with its seed users. */
    EmbeddedPostgres startPostgres(Progress progress) {
        LocalAddresses.Address a = startable(Service.POSTGRES, LocalAddresses.postgres(env));
        Optional<LocalPostgres.Postmaster> running = postgres.running();
        if (running.isPresent()) {
            throw new UserFacingException("The console's PostgreSQL data folder " + postgres.dataDir()
                    + " is in use by a server on port " + running.get().port() + " that does not answer here; stop it "
                    + "with local-down, then start again.");
        }
        if (progress.isCancelled()) {
            throw new CancelledException();
        }
        progress.update(0, 1, "Starting PostgreSQL on port " + a.port() + "...");
        EmbeddedPostgres pg;
        try {
            pg = postgres.start(a.port(), options.startTimeout());
        } catch (IOException | RuntimeException e) {
            stopPostgres(null, null);
            throw new UserFacingException("PostgreSQL did not start on port " + a.port() + "; its log "
                    + postgres.logFile() + " says why (if the data folder " + postgres.dataDir()
                    + " is damaged, move it aside to start afresh).", e);
        }
        try {
            progress.update(0, 1, "Creating database " + a.database() + " and the users schema...");
            postgres.prepareDatabase(a.port(), a.database(), LocalAddresses.postgresUser(env));
            UserDirectory users = new UserDirectory(env, secrets);
            users.setupSchema();
            users.seedUsers();
        } catch (SQLException | RuntimeException e) {
            stopPostgres(pg, null);
            throw new UserFacingException("PostgreSQL started but setting up database " + a.database()
                    + " failed (" + e.getMessage() + "); see " + postgres.logFile() + " and try again.", e);
        }
        progress.update(1, 1, "PostgreSQL answers on port " + a.port() + ".");
        return pg;
    }

    LocalStackState.Entry postgresEntry() {
        LocalAddresses.Address a = LocalAddresses.postgres(env);
        LocalPostgres.Postmaster pm = postgres.running().orElseThrow(() -> new UserFacingException(
                "PostgreSQL stopped right after starting; its log " + postgres.logFile() + " says why."));
        String bin = LocalPostgres.binDir(pm.pid()).map(Path::toString).orElse(null);
        return new LocalStackState.Entry(Service.POSTGRES, pm.pid(), a.port(), env.postgresUrl(),
                postgres.dataDir().toString(), bin, Instant.now());
    }

    /** Stops the server of the console's data folder: through zonky when started here, else with pg_ctl. */
    void stopPostgres(EmbeddedPostgres startedHere, String binDir) {
        if (startedHere != null) {
            try {
                startedHere.close();
            } catch (IOException ignored) {
                // zonky logs it; the pg_ctl below catches what is left
            }
        }
        try {
            postgres.stop(binDir == null ? null : Path.of(binDir));
        } catch (IOException ignored) {
            // the status probe afterwards shows whether it still answers
        }
    }

    private LocalAddresses.Address startable(Service service, LocalAddresses.Address address) {
        if (!env.managedLocalStack()) {
            throw new UserFacingException("Environment '" + env.name() + "' is not a local environment, so the "
                    + "console does not start " + service.label() + " for it; switch to the local environment.");
        }
        if (address == null) {
            throw new UserFacingException(missingAddress(service));
        }
        if (!address.isThisMachine()) {
            throw new UserFacingException(service.label() + " is expected on " + address.host() + ", which is not "
                    + "this machine, so the console cannot start it; start it there or point the environment at localhost.");
        }
        return address;
    }
}

package dev.cruddur.console.core.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL from zonky's Maven Central binaries, with its data kept in the console's data folder.
 * zonky runs {@code pg_ctl start}, which detaches the server: with zonky's shutdown hook turned off the
 * server outlives the JVM (what local-up needs), so stopping is always an explicit {@code pg_ctl stop}.
 * initdb runs with {@code -A trust}: loopback logins work with any password, including the original's.
 */
final class LocalPostgres {

    /** A running server found through the data folder's postmaster.pid. */
    record Postmaster(long pid, int port) {
    }

    private static final String SUPERUSER = "postgres";

    private final Path dataDir;
    private final Path logFile;

    LocalPostgres(Path dataDir, Path logFile) {
        this.dataDir = dataDir;
        this.logFile = logFile;
    }

    Path dataDir() {
        return dataDir;
    }

    Path logFile() {
        return logFile;
    }

    /** Starts the server (initdb first when the folder is new) and waits until it answers. */
    EmbeddedPostgres start(int port, Duration wait) throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.getParent());
        Files.writeString(logFile, System.lineSeparator() + "=== " + Instant.now() + " starting PostgreSQL on port "
                        + port + " with data in " + dataDir + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // No hook: local-up's server must outlive the CLI; the console stops its own in close().
                .setRegisterShutdownHook(false)
                // zonky tunes for throw-away test data; this folder keeps the user's data.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .setPGStartupWait(wait)
                .start();
    }

    /** Creates the login role and the database of the environment's URL when they are missing. */
    void prepareDatabase(int port, String database, String user) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("connectTimeout", "5");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", props);
             Statement s = c.createStatement()) {
            if (!SUPERUSER.equals(user) && !exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
                s.execute("CREATE ROLE " + quote(user) + " LOGIN CREATEDB");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                s.execute("CREATE DATABASE " + quote(database) + " OWNER " + quote(user));
            }
        }
    }

    /** The server running from this data folder, if any (its pid file names a live process). */
    Optional<Postmaster> running() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            // A pid file left by a crash may name a process id that something else reuses now.
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().command().map(c -> c.endsWith("postgres")).orElse(true))
                    .map(h -> new Postmaster(pid, port));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The folder of the running server's binaries, where pg_ctl sits beside postgres. */
    static Optional<Path> binDir(long pid) {
        try {
            Path exe = Files.readSymbolicLink(Path.of("/proc", String.valueOf(pid), "exe"));
            return Optional.of(exe.getParent());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code pg_ctl stop -m fast}: disconnects clients and shuts down cleanly. As root it runs in a user
     * namespace (unshare -U), as zonky does, because pg_ctl refuses to run as root.
     */
    void stop(Path binDir) throws IOException {
        Optional<Postmaster> postmaster = running();
        if (postmaster.isEmpty()) {
            return;
        }
        Path pgCtl = binDir == null ? null : binDir.resolve("pg_ctl");
        if (pgCtl == null || !Files.isExecutable(pgCtl)) {
            pgCtl = binDir(postmaster.get().pid()).map(d -> d.resolve("pg_ctl")).filter(Files::isExecutable)
                    .orElse(null);
        }
        if (pgCtl == null) {
            // Without pg_ctl, SIGTERM is Postgres's own "smart" shutdown: it waits for clients to leave.
            ProcessHandle.of(postmaster.get().pid()).ifPresent(ProcessHandle::destroy);
            return;
        }
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString(), "stop", "-m", "fast", "-w", "-t", "30"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        try {
            if (!p.waitFor(40, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}

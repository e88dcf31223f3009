package dev.cruddur.console.core.local;

import dev.cruddur.console.core.error.UserFacingException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Launches DynamoDB Local as its own process, from the copy the build resolved. Its licence forbids bundling
 * it, so it is never loaded into the console's JVM and never packaged: the build writes the jars' class path
 * to a file, and the console only runs {@code java -cp <those jars> ServerRunner}.
 */
final class DynamoLocalProcess {

    /** The system property through which the build passes the class-path file. */
    static final String CLASSPATH_PROPERTY = "cruddur.dynamodbLocal.classpath";
    static final String MAIN_CLASS = "com.amazonaws.services.dynamodbv2.local.main.ServerRunner";

    private final Path classpathFile;
    private final Path rememberedFile;
    private final Path logFile;

    /**
     * @param classpathFile  the build's file (from the system property); null when not run from a checkout
     * @param rememberedFile a copy of the last good list in the data folder, so that a console installed
     *                       later still finds the copy the user's own build resolved (paths only, no jars)
     */
    DynamoLocalProcess(Path classpathFile, Path rememberedFile, Path logFile) {
        this.classpathFile = classpathFile;
        this.rememberedFile = rememberedFile;
        this.logFile = logFile;
    }

    /** The class path of DynamoDB Local's jars; a sentence saying what to do when there is none. */
    String classpath(String endpoint) {
        if (classpathFile != null && Files.isRegularFile(classpathFile)) {
            String text = read(classpathFile);
            remember(text);
            return text;
        }
        if (rememberedFile != null && Files.isRegularFile(rememberedFile)) {
            return read(rememberedFile);
        }
        throw new UserFacingException("DynamoDB Local is not bundled with the console (its licence forbids "
                + "that), so start one yourself at " + endpoint + " or run the console once from its source "
                + "checkout (mvn exec:exec), which finds the copy Maven downloaded.");
    }

    private static String read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UserFacingException("The DynamoDB Local class-path file " + file
                    + " cannot be read; rebuild the checkout with mvn -q compile and try again.", e);
        }
        List<String> missing = Arrays.stream(text.split(File.pathSeparator))
                .filter(p -> !p.isBlank() && !Files.exists(Path.of(p))).toList();
        if (text.isEmpty() || !missing.isEmpty()) {
            throw new UserFacingException("The DynamoDB Local class path in " + file
                    + " lists files that are gone (" + (text.isEmpty() ? "it is empty" : missing.get(0))
                    + "); rebuild the checkout with mvn -q compile and try again.");
        }
        return text;
    }

    private void remember(String classpath) {
        if (rememberedFile == null) {
            return;
        }
        try {
            Files.createDirectories(rememberedFile.getParent());
            Files.writeString(rememberedFile, classpath, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Only a convenience for a later installed console; starting now does not depend on it.
        }
    }

    /**
     * Starts the server. {@code dbPath} null means in memory. A detached server gets its own session
     * (setsid), so closing the terminal that ran local-up does not take it down.
     */
    Process launch(String classpath, int port, Path dbPath, boolean detach) throws IOException {
        List<String> command = new ArrayList<>();
        if (detach && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // C1 only: starts in about half the time here, with no write throughput lost that we could measure.
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(List.of("-cp", classpath, MAIN_CLASS, "-port", String.valueOf(port), "-sharedDb",
                "-disableTelemetry"));
        if (dbPath == null) {
            command.add("-inMemory");
        } else {
            // DynamoDB Local refuses a -dbPath that does not exist yet.
            Files.createDirectories(dbPath);
            command.addAll(List.of("-dbPath", dbPath.toString()));
        }
        Files.createDirectories(logFile.getParent());
        Files.writeString(logFile, System.lineSeparator() + "=== " + Instant.now() + " starting DynamoDB Local on port "
                        + port + (dbPath == null ? " (in memory)" : " with data in " + dbPath) + System.lineSeparator(),
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        File devNull = new File("/dev/null");
        if (devNull.exists()) {
            builder.redirectInput(ProcessBuilder.Redirect.from(devNull));
        }
        return builder.start();
    }

    Path logFile() {
        return logFile;
    }

    /** True when the process looks like a DynamoDB Local server (guards against a reused process id). */
    static boolean isDynamoLocal(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return false;
        }
        // ProcessHandle.Info cuts long command lines (ours carries ~100 jars), so read /proc where there is one.
        Path cmdline = Path.of("/proc", String.valueOf(handle.pid()), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).contains(MAIN_CLASS);
            }
        } catch (IOException e) {
            // fall through to what the JDK can tell
        }
        return handle.info().commandLine().map(c -> c.contains(MAIN_CLASS)).orElse(true);
    }

    /** Asks the server to stop (SIGTERM), then forces it after a grace period. */
    static void stop(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        if (!awaitExit(handle, 10)) {
            handle.destroyForcibly();
            awaitExit(handle, 5);
        }
    }

    private static boolean awaitExit(ProcessHandle handle, int seconds) {
        try {
            handle.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        } catch (ExecutionException | TimeoutException e) {
            return !handle.isAlive();
        }
    }
}

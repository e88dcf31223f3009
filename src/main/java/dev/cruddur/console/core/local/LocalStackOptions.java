package dev.cruddur.console.core.local;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a {@link LocalStack} runs its services.
 *
 * @param inMemory            DynamoDB Local with -inMemory (tables vanish when it stops) instead of -dbPath
 * @param keepRunning         true for local-up: services outlive this process until local-down
 * @param dynamoClasspathFile the build's list of DynamoDB Local jars; when null or missing, the copy of the
 *                            list remembered in the data folder from an earlier run from a checkout is used
 * @param startTimeout        how long to wait for a service to answer after starting it
 */
public record LocalStackOptions(boolean inMemory, boolean keepRunning, Path dynamoClasspathFile,
                                Duration startTimeout) {

    /** On disk, stops on close, class path from the system property the build sets, 60 s to start. */
    public static LocalStackOptions defaults() {
        String file = System.getProperty(DynamoLocalProcess.CLASSPATH_PROPERTY);
        return new LocalStackOptions(false, false, file == null || file.isBlank() ? null : Path.of(file),
                Duration.ofSeconds(60));
    }

    public LocalStackOptions withInMemory(boolean memory) {
        return new LocalStackOptions(memory, keepRunning, dynamoClasspathFile, startTimeout);
    }

    public LocalStackOptions withKeepRunning(boolean keep) {
        return new LocalStackOptions(inMemory, keep, dynamoClasspathFile, startTimeout);
    }

    public LocalStackOptions withDynamoClasspathFile(Path file) {
        return new LocalStackOptions(inMemory, keepRunning, file, startTimeout);
    }

    public LocalStackOptions withStartTimeout(Duration timeout) {
        return new LocalStackOptions(inMemory, keepRunning, dynamoClasspathFile, timeout);
    }
}

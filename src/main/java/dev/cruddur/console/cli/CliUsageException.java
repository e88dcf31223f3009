package dev.cruddur.console.cli;

/** The command line itself is wrong (unknown command, missing option); exit code 2. */
public class CliUsageException extends RuntimeException {
    public CliUsageException(String message) {
        super(message);
    }
}

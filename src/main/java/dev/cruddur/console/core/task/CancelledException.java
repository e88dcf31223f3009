package dev.cruddur.console.core.task;

/** The user cancelled; not an error to report, only to acknowledge. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled.");
    }
}

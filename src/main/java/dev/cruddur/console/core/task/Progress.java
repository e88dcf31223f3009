package dev.cruddur.console.core.task;

/**
 * How a long core operation reports progress and learns it was cancelled. The GUI adapts it to a
 * javafx.concurrent.Task, the command line to a line on stderr; the core stays free of both.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return Thread.currentThread().isInterrupted();
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user cancelled; call between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}

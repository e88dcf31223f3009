package dev.cruddur.console.ui.common;

import dev.cruddur.console.core.env.Environment;
import dev.cruddur.console.core.error.Errors;
import dev.cruddur.console.core.error.UserFacingException;
import dev.cruddur.console.core.task.CancelledException;
import dev.cruddur.console.core.task.Progress;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way the UI runs work off the FX thread: a small builder over {@link javafx.concurrent.Task} with
 * progress, cancel, and errors turned into one sentence ({@link Errors}) shown by the {@link DialogService}
 * unless the caller handles them. Callbacks run on the FX thread.
 *
 * <pre>{@code
 * tasks.run("Seeding", progress -> ops.seed(...))
 *      .trackIn(taskState).errorContext(env)
 *      .onSuccess(result -> status.set(...))
 *      .start();
 * }</pre>
 */
public final class BackgroundTasks implements AutoCloseable {

    /** Work that runs on a background thread; report through {@code progress}, check it for cancel. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final ExecutorService executor;
    private final DialogService dialogs;

    public BackgroundTasks(DialogService dialogs) {
        this.dialogs = dialogs;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public <T> Builder<T> run(String title, Work<T> work) {
        return new Builder<>(title, work);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    public final class Builder<T> {
        private final String title;
        private final Work<T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<UserFacingException> onFailure;
        private Runnable onCancelled = () -> { };
        private Environment environment;
        private TaskState state;
        private boolean cancellable = true;
        private Function<? super T, String> doneMessage = result -> "";

        private Builder(String title, Work<T> work) {
            this.title = title;
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        /** Replaces the default (an error dialog) with the caller's own handling of the sentence. */
        public Builder<T> onFailure(Consumer<UserFacingException> handler) {
            this.onFailure = handler;
            return this;
        }

        public Builder<T> onCancelled(Runnable handler) {
            this.onCancelled = handler;
            return this;
        }

        /** Which environment the work talks to, so errors name the right endpoint. */
        public Builder<T> errorContext(Environment env) {
            this.environment = env;
            return this;
        }

        public Builder<T> trackIn(TaskState taskState) {
            this.state = taskState;
            return this;
        }

        public Builder<T> notCancellable() {
            this.cancellable = false;
            return this;
        }

        /** What the tracked state's message says after success (default: empty). */
        public Builder<T> doneMessage(String message) {
            this.doneMessage = result -> message;
            return this;
        }

        /** What the tracked state's message says after success, worked out from the result. */
        public Builder<T> doneMessage(Function<? super T, String> message) {
            this.doneMessage = message;
            return this;
        }

        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    updateMessage(title + "…");
                    updateProgress(-1, 1);
                    Task<T> self = this;
                    return work.run(new Progress() {
                        @Override
                        public void update(long done, long total, String message) {
                            if (total > 0) {
                                updateProgress(done, total);
                            }
                            if (message != null) {
                                updateMessage(message);
                            }
                        }

                        @Override
                        public boolean isCancelled() {
                            return self.isCancelled() || Thread.currentThread().isInterrupted();
                        }
                    });
                }
            };
            task.setOnSucceeded(e -> {
                detach(task, doneMessage.apply(task.getValue()));
                onSuccess.accept(task.getValue());
            });
            task.setOnCancelled(e -> {
                detach(task, title + " cancelled.");
                onCancelled.run();
            });
            task.setOnFailed(e -> {
                Throwable error = task.getException();
                if (error instanceof CancelledException) {
                    detach(task, title + " cancelled.");
                    onCancelled.run();
                    return;
                }
                UserFacingException explained = Errors.explain(error, environment);
                detach(task, explained.getMessage());
                if (onFailure != null) {
                    onFailure.accept(explained);
                } else {
                    dialogs.showError(title + " failed", explained);
                }
            });
            if (state != null) {
                state.attach(task, cancellable);
            }
            try {
                executor.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // The console is shutting down; work asked for now has nobody left to show it to.
                detach(task, "");
            }
            return task;
        }

        private void detach(Task<T> task, String message) {
            if (state != null) {
                state.detach(task, message);
            }
        }
    }
}

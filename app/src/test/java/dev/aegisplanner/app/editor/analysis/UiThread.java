package dev.aegisplanner.app.editor.analysis;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A thread that plays the FX thread for view-model tests that need no window: the view model is built, edited and
 * read on it, and its background results are published on it, as the editor does with {@code Platform::runLater}.
 */
public final class UiThread implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-ui");
        t.setDaemon(true);
        return t;
    });

    /** Where background work publishes: this thread. */
    public void execute(Runnable action) {
        thread.execute(action);
    }

    /** Runs on this thread and waits. */
    public void run(Runnable action) {
        get(() -> {
            action.run();
            return null;
        });
    }

    public <T> T get(Callable<T> question) {
        try {
            return thread.submit(question).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the UI thread did not answer in 30 s", e);
        }
    }

    /** Waits until the condition holds, asked on this thread. */
    public void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!get(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}

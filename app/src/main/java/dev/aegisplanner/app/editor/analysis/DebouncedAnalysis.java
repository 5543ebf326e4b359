package dev.aegisplanner.app.editor.analysis;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Works an analysis out for the newest input, a moment after inputs stop changing, on a worker thread, and
 * publishes the result on the UI thread; typing in a field never waits for it. An input equivalent to the one
 * last published (an edit the analysis does not read) is not worked out again, and a result is published only
 * while its input is still equivalent to the newest: a slow analysis never overwrites a newer one.
 *
 * <p>Call {@link #request} on the UI thread. The analysis must not throw: it says in its result what went wrong.
 *
 * @param <I> what the analysis reads (a topology, with the view's choices)
 * @param <R> what it gives
 */
public final class DebouncedAnalysis<I, R> {

    private final ScheduledExecutorService worker;
    private final Executor ui;
    private final long debounceMillis;
    private final Function<I, R> analysis;
    private final BiPredicate<I, I> equivalent;
    private final Consumer<R> publish;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** The newest input asked for. */
    private I wanted;
    /** The input whose result is shown (or an equivalent newer one). */
    private I published;
    /** The newest job scheduled or running, whose result will answer anything equivalent to its input. */
    private Job<I> latest;
    private ScheduledFuture<?> pending;
    private int unfinished;

    private record Job<I>(I input) {
    }

    /**
     * @param equivalent whether two inputs give the same result
     * @param publish receives results on the UI thread
     */
    public DebouncedAnalysis(ScheduledExecutorService worker, Executor ui, long debounceMillis, Function<I, R> analysis,
                             BiPredicate<I, I> equivalent, Consumer<R> publish) {
        this.worker = worker;
        this.ui = ui;
        this.debounceMillis = debounceMillis;
        this.analysis = analysis;
        this.equivalent = equivalent;
        this.publish = publish;
    }

    /** Asks for the analysis of {@code input}; nothing is worked out when what is shown or coming answers it. */
    public void request(I input) {
        wanted = input;
        if (latest != null ? equivalent.test(latest.input(), input)
                : published != null && equivalent.test(published, input)) {
            if (latest == null) {
                published = input;
            }
            return;
        }
        if (pending != null && pending.cancel(false)) {
            unfinished--;
        }
        Job<I> job = new Job<>(input);
        latest = job;
        unfinished++;
        busy.set(true);
        pending = worker.schedule(() -> run(job), debounceMillis, TimeUnit.MILLISECONDS);
    }

    /** Works the newest input out again, even when nothing it reads changed (a failed run, a file reopened). */
    public void refresh() {
        published = null;
        latest = null;
        if (wanted != null) {
            request(wanted);
        }
    }

    /** True from a request until its result is published (or dropped for a newer one). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void run(Job<I> job) {
        R result = analysis.apply(job.input());
        ui.execute(() -> {
            unfinished--;
            if (latest == job) {
                latest = null;
                pending = null;
            }
            if (wanted != null && equivalent.test(job.input(), wanted)) {
                published = wanted;
                publish.accept(result);
            }
            busy.set(unfinished > 0);
        });
    }
}

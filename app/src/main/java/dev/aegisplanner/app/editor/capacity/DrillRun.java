package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.capacity.DrillProgress;
import dev.aegisplanner.model.capacity.DrillReport;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * N-1 for the whole plan, off the UI thread: every single data center and location failure drilled
 * ({@link dev.aegisplanner.model.capacity.FailureDrills}), with progress and a Cancel that stops between drills.
 * The result belongs to the analysis it was run on; {@link #clear()} forgets it when the plan changes. Call on the
 * UI thread.
 */
final class DrillRun {

    /** One run; its worker asks it whether to stop, and a finished run that is no longer current says nothing. */
    private static final class Run {
        private volatile boolean cancelled;
        /** Drills done and total, packed, the newest the workers reported; published at most once per UI turn. */
        private final AtomicLong counts = new AtomicLong();
        private final AtomicBoolean updatePending = new AtomicBoolean();
    }

    private final Executor executor;
    private final Executor ui;
    private final int parallelism;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DrillReport> result = new ReadOnlyObjectWrapper<>();
    private Run current;

    /**
     * @param executor where the run waits for the drills (they run on threads of their own)
     * @param ui where progress and the result are published
     * @param parallelism threads the drills run on
     */
    DrillRun(Executor executor, Executor ui, int parallelism) {
        this.executor = executor;
        this.ui = ui;
        this.parallelism = parallelism;
    }

    /** Starts drilling the analysis, stopping any run still going. */
    void start(CapacityAnalysis analysis) {
        cancel();
        Run run = new Run();
        current = run;
        result.set(null);
        running.set(true);
        progress.set(-1);
        message.set("Drilling every single failure\u2026");
        executor.execute(() -> {
            try {
                DrillReport report = analysis.drills().run(new DrillProgress() {
                    @Override
                    public void update(int done, int total) {
                        run.counts.set((long) done << 32 | total);
                        if (run.updatePending.compareAndSet(false, true)) {
                            ui.execute(() -> showProgress(run));
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return run.cancelled;
                    }
                }, parallelism);
                ui.execute(() -> finished(run, report, ""));
            } catch (CancellationException e) {
                ui.execute(() -> finished(run, null, "N-1 cancelled."));
            } catch (RuntimeException | Error e) {
                // Out of memory on a planet, say: the panel must leave its running state and say so.
                ui.execute(() -> finished(run, null, "N-1 failed: " + e));
            }
        });
    }

    private void showProgress(Run run) {
        run.updatePending.set(false);
        if (run != current || run.cancelled) {
            return;
        }
        long counts = run.counts.get();
        int done = (int) (counts >>> 32);
        int total = (int) counts;
        progress.set(total == 0 ? -1 : (double) done / total);
        message.set(Figures.connections(done) + " of " + Figures.count(total, "failure") + " drilled");
    }

    private void finished(Run run, DrillReport report, String text) {
        if (run != current) {
            return;
        }
        current = null;
        running.set(false);
        progress.set(0);
        message.set(text);
        result.set(report);
    }

    /** Stops the run between drills; nothing it found so far is kept. */
    void cancel() {
        if (current != null) {
            current.cancelled = true;
            message.set("Cancelling\u2026");
        }
    }

    /** Forgets the result (the plan it was drilled on has changed) and stops any run. */
    void clear() {
        if (current != null) {
            current.cancelled = true;
            current = null;
            running.set(false);
            progress.set(0);
        }
        result.set(null);
        message.set("");
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1; -1 before the first drill is done. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<DrillReport> resultProperty() {
        return result.getReadOnlyProperty();
    }
}

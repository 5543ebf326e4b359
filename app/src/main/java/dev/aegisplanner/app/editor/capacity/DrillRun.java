package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.capacity.DrillProgress;
import dev.aegisplanner.model.capacity.DrillReport;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * N-1 for the whole plan, off the FX thread: every single data center and location failure drilled
 * ({@link dev.aegisplanner.model.capacity.FailureDrills}), with progress and a Cancel that stops between drills.
 * The result belongs to the analysis it was run on; {@link #clear()} forgets it when the plan changes.
 */
final class DrillRun {

    private final Executor executor;
    private final int parallelism;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DrillReport> result = new ReadOnlyObjectWrapper<>();
    private Task<DrillReport> task;

    /** @param parallelism threads the drills run on */
    DrillRun(Executor executor, int parallelism) {
        this.executor = executor;
        this.parallelism = parallelism;
    }

    /** Starts drilling the analysis, stopping any run still going. Call on the FX thread. */
    void start(CapacityAnalysis analysis) {
        cancel();
        result.set(null);
        Task<DrillReport> run = new Task<>() {
            @Override
            protected DrillReport call() {
                updateMessage("Drilling every single failure\u2026");
                return analysis.drills().run(new DrillProgress() {
                    @Override
                    public void update(int done, int total) {
                        updateProgress(done, total);
                        updateMessage(Figures.connections(done) + " of " + Figures.count(total, "failure")
                                + " drilled");
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                }, parallelism);
            }
        };
        task = run;
        running.set(true);
        progress.bind(run.progressProperty());
        message.bind(run.messageProperty());
        run.stateProperty().addListener((obs, old, state) -> finished(run, state));
        executor.execute(run);
    }

    private void finished(Task<DrillReport> run, Worker.State state) {
        if (run != task || (state != Worker.State.SUCCEEDED && state != Worker.State.FAILED
                && state != Worker.State.CANCELLED)) {
            return;
        }
        progress.unbind();
        message.unbind();
        running.set(false);
        task = null;
        switch (state) {
            case SUCCEEDED -> {
                result.set(run.getValue());
                message.set("");
            }
            case FAILED -> message.set("N-1 failed: " + run.getException().getMessage());
            default -> message.set("N-1 cancelled.");
        }
    }

    /** Stops the run between drills; nothing it found so far is kept. */
    void cancel() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Forgets the result (the plan it was drilled on has changed) and stops any run. */
    void clear() {
        cancel();
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

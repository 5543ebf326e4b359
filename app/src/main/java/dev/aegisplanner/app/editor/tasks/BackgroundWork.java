package dev.aegisplanner.app.editor.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs the editor's long work (opening, saving, exporting) off the FX thread, and tells the status bar what
 * is running and how far it got. Tasks run one after another, so a save never races an open.
 */
public final class BackgroundWork implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "aegis-background-work");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private int active;

    /** Starts a task and shows it in the status bar until it succeeds, fails or is cancelled. Call on the FX thread. */
    public <T> Task<T> run(Task<T> task) {
        active++;
        running.set(true);
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                finished();
            }
        });
        executor.execute(task);
        return task;
    }

    private void finished() {
        active--;
        if (active == 0) {
            message.unbind();
            progress.unbind();
            message.set("");
            progress.set(0);
            running.set(false);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

package dev.aegisplanner.app.canvas;

import javafx.application.Platform;

/**
 * Runs only the latest of a burst of requests, once the events queued before it are handled. A drag
 * produces mouse events faster than a large topology can be edited; editing for each would fall behind
 * the pointer, so a drag edits for the newest position only.
 */
final class LatestOnly {

    private Runnable latest;

    void submit(Runnable work) {
        boolean idle = latest == null;
        latest = work;
        if (idle) {
            Platform.runLater(this::flush);
        }
    }

    /** Runs the pending request now, if any (the gesture ends and wants its final state). */
    void flush() {
        Runnable work = latest;
        latest = null;
        if (work != null) {
            work.run();
        }
    }
}

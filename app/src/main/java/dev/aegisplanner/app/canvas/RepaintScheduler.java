package dev.aegisplanner.app.canvas;

import javafx.animation.AnimationTimer;

/**
 * Coalesces repaint requests into at most one paint per pulse. Any number of changes within a pulse
 * (topology, selection, zoom, hover) cost one paint. The timer runs only while there is something to
 * paint or an animation (a reveal's flash) in progress, so an idle canvas costs nothing.
 */
final class RepaintScheduler {

    /** What to paint; receives the pulse time in nanoseconds and returns whether to keep animating. */
    interface Painter {
        boolean paint(long now);
    }

    private final AnimationTimer timer;
    private boolean requested;
    private boolean running;

    RepaintScheduler(Painter painter) {
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                boolean wasRequested = requested;
                requested = false;
                boolean animating = wasRequested && painter.paint(now);
                if (animating) {
                    requested = true;
                } else if (!requested) {
                    stop();
                    running = false;
                }
            }
        };
    }

    void request() {
        requested = true;
        if (!running) {
            running = true;
            timer.start();
        }
    }
}

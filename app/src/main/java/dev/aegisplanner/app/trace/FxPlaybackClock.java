package dev.aegisplanner.app.trace;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/** Frames from the JavaFX pulse: one call per rendered frame, on the FX thread. */
public final class FxPlaybackClock implements PlaybackClock {

    private AnimationTimer timer;

    @Override
    public void start(LongConsumer frame) {
        stop();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame.accept(now);
            }
        };
        timer.start();
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}

package dev.aegisplanner.app.trace;

import java.util.function.LongConsumer;

/** A clock the test advances; frames arrive only when it says so. */
public final class ManualClock implements PlaybackClock {

    private long now = 1_000_000_000L;
    private LongConsumer frame;

    @Override
    public void start(LongConsumer onFrame) {
        frame = onFrame;
        frame.accept(now);
    }

    @Override
    public void stop() {
        frame = null;
    }

    public boolean running() {
        return frame != null;
    }

    /** Moves time on by {@code seconds}, delivering one frame at the end. */
    public void advance(double seconds) {
        now += Math.round(seconds * 1e9);
        if (frame != null) {
            frame.accept(now);
        }
    }

    /** Moves time on in frames of 1/60 s, as a display would. */
    public void run(double seconds) {
        for (double t = 0; t < seconds - 1e-9; t += 1 / 60.0) {
            advance(Math.min(1 / 60.0, seconds - t));
        }
    }
}

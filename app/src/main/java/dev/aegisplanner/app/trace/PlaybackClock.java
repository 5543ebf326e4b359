package dev.aegisplanner.app.trace;

import java.util.function.LongConsumer;

/**
 * A source of animation frames. The window uses {@link FxPlaybackClock} (one call per rendered frame); tests use
 * a clock they advance by hand, so playback is deterministic without a window or a real timer.
 */
public interface PlaybackClock {

    /** Calls {@code frame} with the current time in nanoseconds on every frame until {@link #stop()}. */
    void start(LongConsumer frame);

    void stop();
}

package dev.aegisplanner.app.trace;

import dev.aegisplanner.model.engine.TraceResult;

/** Keeps a {@link TraceOverlayTarget} showing what a {@link TracePlayback} plays. */
public final class TraceOverlay {

    private TraceOverlay() {
    }

    /** Shows the current trace on the target at once, then every new trace and every move of the packet. */
    public static void connect(TracePlayback playback, TraceOverlayTarget target) {
        Runnable update = () -> {
            TraceResult trace = playback.traceProperty().get();
            if (trace == null) {
                target.clearTrace();
            } else {
                target.showTrace(trace, playback.positionProperty().get());
            }
        };
        playback.traceProperty().addListener((obs, old, now) -> update.run());
        playback.positionProperty().addListener((obs, old, now) -> update.run());
        update.run();
    }
}

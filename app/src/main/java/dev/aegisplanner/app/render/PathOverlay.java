package dev.aegisplanner.app.render;

import dev.aegisplanner.model.engine.TraceResult;
import java.util.Objects;

/**
 * A forwarding path to draw over the topology: what the engine traced, and where the packet is on it.
 *
 * @param position the packet's position in hops, as the trace player counts them: 2 is at the third hop
 *     (the egress router), 2.5 halfway from there to the next; clamped to the hops there are
 */
public record PathOverlay(TraceResult trace, double position) {

    public PathOverlay {
        Objects.requireNonNull(trace, "trace");
        position = Double.isNaN(position) ? 0 : Math.max(0, Math.min(last(trace), position));
    }

    /** The whole path travelled, the packet at its end: what an exported picture shows. */
    public static PathOverlay complete(TraceResult trace) {
        return new PathOverlay(trace, last(trace));
    }

    /** Whether the packet has reached hop {@code index}: it lights up from then on. */
    public boolean reached(int index) {
        return index <= position;
    }

    private static int last(TraceResult trace) {
        return Math.max(0, trace.hops().size() - 1);
    }
}

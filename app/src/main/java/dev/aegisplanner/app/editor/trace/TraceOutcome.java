package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Topology;
import java.util.Objects;

/**
 * One request traced on one topology: the trace, or why there is none (the engine's planner-readable
 * refusal: "ingress server fra1-s1 is down").
 *
 * @param resolved the engine's request, or {@code null} when the request could not even be put together
 * @param trace {@code null} exactly when {@code problem} is not
 */
record TraceOutcome(Topology topology, TraceRequest request, Request resolved, TraceResult trace, String problem) {

    boolean traced() {
        return trace != null;
    }

    /** Whether a planner would see the same thing: same trace, or the same refusal. */
    boolean looksLike(TraceOutcome other) {
        return other != null && Objects.equals(trace, other.trace) && Objects.equals(problem, other.problem);
    }
}

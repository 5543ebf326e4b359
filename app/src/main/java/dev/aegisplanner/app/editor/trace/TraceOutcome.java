package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Objects;

/**
 * One request traced on one topology: the trace, or why there is none: the engine's planner-readable refusal
 * ("ingress server fra1-s1 is down"), or the errors of the topology, which block the engine.
 *
 * @param resolved the engine's request, or {@code null} when the request could not even be put together
 * @param trace {@code null} exactly when {@code problem} is not
 * @param blockers the first errors of a topology the engine may not run on, empty when it may
 * @param errors how many errors block the engine, listed or not
 */
record TraceOutcome(Topology topology, TraceRequest request, Request resolved, TraceResult trace, String problem,
                    List<ProblemRow> blockers, int errors) {

    TraceOutcome {
        blockers = List.copyOf(blockers);
    }

    static TraceOutcome traced(Topology topology, TraceRequest request, Request resolved, TraceResult trace) {
        return new TraceOutcome(topology, request, resolved, trace, null, List.of(), 0);
    }

    static TraceOutcome refused(Topology topology, TraceRequest request, Request resolved, String problem) {
        return new TraceOutcome(topology, request, resolved, null, problem, List.of(), 0);
    }

    static TraceOutcome blocked(Topology topology, TraceRequest request, List<ProblemRow> blockers, int errors) {
        return new TraceOutcome(topology, request, null, null, "the plan has " + errors + (errors == 1 ? " error" : " errors")
                + ", and the engine runs only on a plan without errors", blockers, errors);
    }

    boolean traced() {
        return trace != null;
    }

    boolean blocked() {
        return errors > 0;
    }

    /** Whether a planner would see the same thing: same trace, or the same refusal, or the same errors. */
    boolean looksLike(TraceOutcome other) {
        return other != null && Objects.equals(trace, other.trace) && Objects.equals(problem, other.problem)
                && blockers.equals(other.blockers);
    }
}

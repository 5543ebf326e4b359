package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.topology.Topology;
import java.util.List;

/**
 * The advisor's answer, verified: {@link #topology()} is the plan with the placement applied, and {@link #after()}
 * was measured on it by the capacity analysis, not taken from the solver.
 *
 * @param solverObjective the objective the solver reports; it agrees with {@code after.objective()} within
 *     the rounding of the model's integer costs, or the advisor fails
 * @param optimal whether the solver proved no placement has less latency
 * @param gap when not optimal, how far above the best proven bound the objective may be, 0 to 1
 * @param worstUnderFailureBefore with N-1, the highest utilization any single failure causes before; else NaN
 * @param worstUnderFailureAfter likewise after
 * @param scenarios the failure drills the model had to include before the placement held under every one
 * @param seconds the time the advisor took
 */
public record Suggestion(String pool, Placement placement, Topology topology, PlanFigures before,
                         PlanFigures after, double solverObjective, boolean optimal, double gap, List<Move> moves,
                         double worstUnderFailureBefore, double worstUnderFailureAfter, int scenarios,
                         double seconds) {

    public Suggestion {
        moves = List.copyOf(moves);
    }

    public int addressCount() {
        return placement.addresses().size();
    }
}

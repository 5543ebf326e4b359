package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.capacity.RowStatus;

import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.capacity.DrillProgress;
import dev.aegisplanner.model.capacity.DrillReport;
import dev.aegisplanner.model.capacity.DrillRow;
import dev.aegisplanner.model.capacity.RowStatus;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Problem;
import dev.aegisplanner.model.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The advisor's answer verified, not trusted: the placement applied to a copy of the plan, validated, run through
 * the capacity analysis (and its failure drills with N-1), and the objective recomputed from that run, which must
 * agree with the solver's. Any disagreement is a bug in the advisor's model, and fails loudly
 * ({@link IllegalStateException}). Then the figures before and after, and what moves.
 */
final class Verifier {

    private final Topology topology;
    private final PoolDemand demand;
    private final String pool;
    private final AdvisorProgress progress;

    Verifier(Topology topology, PoolDemand demand, String pool, AdvisorProgress progress) {
        this.topology = topology;
        this.demand = demand;
        this.pool = pool;
        this.progress = progress;
    }

    /** The capacity analysis's N-1 drills of the pool's demand on a plan. */
    DrillReport drills(Topology plan) {
        return CapacityAnalysis.of(plan, demand.entries()).drills().run(new DrillProgress() {
            @Override
            public void update(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        });
    }

    Suggestion verify(Placement placement, PlacementSolver.Solved solved, int scenarios, boolean nMinusOne,
                      List<String> own, double seconds) {
        Topology after = placement.applyTo(topology);
        List<Problem> errors = Validator.validate(after).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the advisor's placement breaks a rule: " + errors.get(0).pointer() + " "
                    + errors.get(0).message());
        }
        CapacityAnalysis analysis = CapacityAnalysis.of(after, demand.entries());
        if (!analysis.report().holds()) {
            throw new IllegalStateException("the advisor's placement does not hold: "
                    + Figures.connections(analysis.report().unservedConnections()) + " connections unserved, rows over: "
                    + analysis.report().rows().stream().filter(r -> RowStatus.isOver(r.utilization())).toList());
        }
        PlanFigures afterFigures = PlanFigures.of(analysis, demand, pool);
        // The solver works in floating point with a feasibility tolerance of a millionth; beyond that, a difference
        // is a disagreement between the model and the engine.
        double tolerance = 1e-5 * Math.max(1, afterFigures.objective());
        if (Math.abs(afterFigures.objective() - solved.objective()) > tolerance) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "the advisor's objective (%.3f connection-ms) disagrees with the engine's (%.3f)",
                    solved.objective(), afterFigures.objective()));
        }
        PlanFigures beforeFigures = PlanFigures.of(topology, demand, pool);
        double worstBefore = Double.NaN;
        double worstAfter = Double.NaN;
        if (nMinusOne) {
            worstBefore = worst(drills(topology));
            DrillReport afterDrills = drills(after);
            if (!afterDrills.holds()) {
                throw new IllegalStateException("the advisor's placement fails the drill of "
                        + afterDrills.failures().get(0).failure());
            }
            worstAfter = worst(afterDrills);
        }
        return new Suggestion(pool, placement, after, beforeFigures, afterFigures, solved.objective(),
                solved.optimal(), solved.gap(), moves(own, placement), worstBefore, worstAfter, scenarios, seconds);
    }

    private static double worst(DrillReport drills) {
        return drills.rows().stream().mapToDouble(DrillRow::worstUtilization).max().orElse(0);
    }

    private List<Move> moves(List<String> own, Placement placement) {
        Set<String> all = new LinkedHashSet<>(own);
        placement.addresses().forEach(a -> all.add(a.address()));
        Map<String, List<String>> now = Placement.locationsNow(topology, all);
        List<Move> moves = new ArrayList<>();
        for (String address : all) {
            List<String> after = placement.addresses().stream().filter(a -> a.address().equals(address))
                    .findFirst().map(a -> a.locations().stream().sorted().toList()).orElse(List.of());
            moves.add(new Move(address, now.getOrDefault(address, List.of()), after));
        }
        return moves;
    }
}

package dev.aegisplanner.model.advisor;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * Which addresses the chosen locations hold, and the shares: the second of the advisor's two models, a small
 * mixed-integer program over the holding locations only. Every address is held in one to four locations, every
 * holding location holds at least one address (its secondary data center, when it holds, holds the same ones),
 * shares are whole thousandths, at least one where held and at most 1,000 per address, and each data center's
 * shares add up to what {@link Routing} says it needs. Pins fix holdings. Among assignments it minimises the
 * address placements, the last tie-break. Addresses without pins are interchangeable, so they are ordered by the
 * first location they hold, which removes most of the symmetry without losing any assignment.
 */
final class AddressModel {

    private final MPSolver solver;
    private final MPVariable[][] holds;
    private final MPVariable[][] share;
    private final MPVariable[][] shareSecond;
    private final List<Integer> holding = new ArrayList<>();

    AddressModel(PlacementProblem problem, PlacementProblem.Choice choice, Routing routing) {
        PlacementSolver.loadNativeLibraries();
        solver = MPSolver.createSolver("SCIP");
        int n = problem.candidates().size();
        int addresses = problem.addresses();
        for (int c = 0; c < n; c++) {
            if (choice.open()[c]) {
                holding.add(c);
            }
        }
        holds = new MPVariable[addresses][n];
        share = new MPVariable[addresses][n];
        shareSecond = new MPVariable[addresses][n];
        Linear placements = new Linear();
        for (int a = 0; a < addresses; a++) {
            Linear where = new Linear();
            Linear shares = new Linear();
            for (int c : holding) {
                holds[a][c] = solver.makeBoolVar("");
                share[a][c] = solver.makeIntVar(0, PlacementProblem.SHARE_UNITS, "");
                bound(share[a][c], holds[a][c]);
                where.add(holds[a][c], 1);
                shares.add(share[a][c], 1);
                placements.add(holds[a][c], choice.second()[c] ? 2 : 1);
                if (choice.second()[c]) {
                    shareSecond[a][c] = solver.makeIntVar(0, PlacementProblem.SHARE_UNITS, "");
                    bound(shareSecond[a][c], holds[a][c]);
                    shares.add(shareSecond[a][c], 1);
                }
            }
            where.between(solver, 1, PlacementProblem.LOCATIONS_PER_ADDRESS);
            shares.atMost(solver, PlacementProblem.SHARE_UNITS);
            for (int c : problem.pins().get(a)) {
                holds[a][c].setLb(1);
            }
        }
        for (int c : holding) {
            Linear anyAddress = new Linear();
            Linear primary = new Linear();
            Linear secondary = new Linear();
            for (int a = 0; a < addresses; a++) {
                anyAddress.add(holds[a][c], 1);
                primary.add(share[a][c], 1);
                secondary.add(shareSecond[a][c], 1);
            }
            anyAddress.atLeast(solver, 1);
            primary.atLeast(solver, routing.primaryUnits[c]);
            if (choice.second()[c]) {
                secondary.atLeast(solver, routing.secondaryUnits[c]);
            }
        }
        orderInterchangeable(problem);
        placements.minimise(solver);
    }

    /** Unpinned address {@code b} after {@code a}: if {@code b} holds location k, {@code a} holds one up to k. */
    private void orderInterchangeable(PlacementProblem problem) {
        List<Integer> free = new ArrayList<>();
        for (int a = 0; a < problem.addresses(); a++) {
            if (problem.pins().get(a).isEmpty()) {
                free.add(a);
            }
        }
        for (int i = 0; i + 1 < free.size(); i++) {
            int a = free.get(i);
            int b = free.get(i + 1);
            Linear earlier = new Linear();
            for (int c : holding) {
                earlier.add(holds[a][c], 1);
                new Linear().add(earlier, 1).add(holds[b][c], -1).atLeast(solver, 0);
            }
        }
    }

    private void bound(MPVariable units, MPVariable holds) {
        new Linear().add(units, 1).add(holds, -1).atLeast(solver, 0);
        new Linear().add(units, 1).add(holds, -PlacementProblem.SHARE_UNITS).atMost(solver, 0);
    }

    /**
     * Solves within {@code seconds}; {@code null} when no assignment exists.
     *
     * @throws NoPlacementException when the time ran out before the question was settled
     */
    PlacementSolver.Assignment solve(double seconds) {
        solver.setTimeLimit(Math.max(50, Math.round(seconds * 1000)));
        MPSolver.ResultStatus status = solver.solve();
        if (status == MPSolver.ResultStatus.INFEASIBLE) {
            return null;
        }
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            throw NoPlacementException.timeLimit("the addresses could not be assigned within the time limit:"
                    + " allow more time with --time-limit");
        }
        int addresses = holds.length;
        int n = holds.length == 0 ? 0 : holds[0].length;
        boolean[][] held = new boolean[addresses][n];
        int[][] units = new int[addresses][n];
        int[][] unitsSecond = new int[addresses][n];
        for (int a = 0; a < addresses; a++) {
            for (int c : holding) {
                held[a][c] = holds[a][c].solutionValue() > 0.5;
                units[a][c] = (int) Math.round(share[a][c].solutionValue());
                unitsSecond[a][c] = shareSecond[a][c] == null ? 0 : (int) Math.round(shareSecond[a][c].solutionValue());
            }
        }
        return new PlacementSolver.Assignment(held, units, unitsSecond);
    }
}

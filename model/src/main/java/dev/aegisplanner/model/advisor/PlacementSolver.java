package dev.aegisplanner.model.advisor;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import java.util.concurrent.CancellationException;

/**
 * Solves a {@link PlacementProblem} with SCIP: the {@link LocationModel} for where addresses are held, then the
 * {@link AddressModel} for which addresses and what shares. The location model is a relaxation of the whole
 * problem (it sees capacities per location, not per address, and looks a short way down each ingress's order), so
 * its optimum is the whole problem's optimum as soon as it is realisable: when every ingress egresses within the
 * part of its order the model saw ({@link Routing}; otherwise the orders are extended and it is solved again) and
 * the addresses can be assigned (otherwise that choice is cut off). Ties: with latency held at the optimum (within
 * SCIP's feasibility tolerance, a millionth), further solves look for fewer locations, then data centers, until
 * there are none; the address model minimises placements. Ties are broken only when the optimum is proven.
 */
final class PlacementSolver {

    /** Which addresses each holding location holds, and the shares in thousandths. */
    record Assignment(boolean[][] holds, int[][] share, int[][] shareSecond) {
    }

    /** A placement the solver settled on, with its latency, the best bound proven and whether it is optimal. */
    record Solved(PlacementProblem.Choice choice, Assignment assignment, double objective, double bound,
                  boolean optimal) {
        double gap() {
            return optimal || objective <= 0 ? 0 : Math.max(0, (objective - bound) / objective);
        }

        Solved withBound(double newBound) {
            return new Solved(choice, assignment, objective, Math.min(objective, newBound),
                    optimal || newBound >= objective);
        }
    }

    private static boolean loaded;

    private PlacementSolver() {
    }

    static synchronized void loadNativeLibraries() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /**
     * The best placement the time allows: optimal when the location model's optimum is exact and assignable,
     * otherwise the best realisable choice seen (the greedy guess, or a relaxed optimum with its true routing) with
     * the gap to the best bound proven.
     *
     * @return {@code null} when no placement meets the constraints
     * @throws NoPlacementException when the time ran out before a placement was found
     * @throws CancellationException when {@code progress} asks to stop
     */
    static Solved solve(PlacementProblem problem, long deadline, PlacementProblem.Choice hint,
                        AdvisorProgress progress) {
        double bound = problem.trivialBound();
        Solved best = realise(problem, hint != null ? hint : GreedyChoice.of(problem), deadline);
        while (secondsLeft(deadline) > 0.2) {
            LocationModel model = new LocationModel(problem);
            model.hint(best != null ? best.choice() : hint != null ? hint : GreedyChoice.of(problem));
            model.cost().minimise(model.solver);
            MPSolver.ResultStatus status = run(model.solver, deadline, progress);
            if (status == MPSolver.ResultStatus.INFEASIBLE) {
                return best == null ? null : best.withBound(bound);
            }
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                break;
            }
            boolean optimal = status == MPSolver.ResultStatus.OPTIMAL;
            double objective = model.cost().value();
            bound = Math.max(bound, optimal ? objective : model.solver.objective().bestBound());
            PlacementProblem.Choice choice = model.choice();
            Routing routing = new Routing(problem, choice);
            if (routing.withinLimits && optimal) {
                choice = breakTies(model, choice, routing, objective, deadline, progress);
                routing = new Routing(problem, choice);
            }
            if (!routing.served) {
                routing.extendLimits();
                continue;
            }
            Assignment assignment = new AddressModel(problem, choice, routing).solve(secondsLeft(deadline));
            if (assignment == null) {
                problem.noGoods().add(choice);
                continue;
            }
            Solved solved = new Solved(choice, assignment, routing.cost, bound, routing.withinLimits && optimal);
            if (solved.optimal()) {
                return solved;
            }
            best = best == null || solved.objective() < best.objective() ? solved : best;
            progress.solution(best.objective(), bound);
            if (routing.withinLimits) {
                break;
            }
            routing.extendLimits();
        }
        if (best == null) {
            throw timeLimit();
        }
        return best.withBound(bound);
    }

    /** The choice as a placement, if its addresses can be assigned; its true latency, not yet a proven bound. */
    private static Solved realise(PlacementProblem problem, PlacementProblem.Choice choice, long deadline) {
        Routing routing = new Routing(problem, choice);
        if (!routing.served) {
            return null;
        }
        Assignment assignment = new AddressModel(problem, choice, routing).solve(Math.max(0.5, secondsLeft(deadline)));
        return assignment == null ? null
                : new Solved(choice, assignment, routing.cost, Double.NEGATIVE_INFINITY, false);
    }

    /**
     * Among choices of the optimal latency, the fewest locations, then data centers. Holders nobody egresses from are
     * dropped first. Then SCIP is asked whether a choice with a smaller tie-break value keeps the latency (held at
     * its optimum), minimising latency: that is the location model's own relaxation with one row more, which SCIP
     * settles at or near the root, where minimising the tie-break under a latency budget lets fractional holders
     * spread the budget and takes it several times longer (krusty in the README's benchmarks). A yes is a better tie,
     * and the question is asked again from it until the answer is no, or no time is left.
     */
    private static PlacementProblem.Choice breakTies(LocationModel model, PlacementProblem.Choice choice,
                                                     Routing routing, double objective, long deadline,
                                                     AdvisorProgress progress) {
        boolean[] open = choice.open().clone();
        boolean[] second = choice.second().clone();
        for (int c = 0; c < open.length; c++) {
            if (!routing.used[c] && !model.forced(c)) {
                open[c] = false;
                second[c] = false;
            }
        }
        PlacementProblem.Choice tied = new PlacementProblem.Choice(open, second);
        model.cost().atMost(model.solver, objective + 1e-6 * Math.max(1, Math.abs(objective)));
        model.cost().minimise(model.solver);
        while (secondsLeft(deadline) > 0.5) {
            model.tieBreak().atMost(model.solver, model.tieBreakOf(tied) - 1);
            MPSolver.ResultStatus status = run(model.solver, deadline, progress);
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                break;
            }
            tied = model.choice();
        }
        return tied;
    }

    private static NoPlacementException timeLimit() {
        return NoPlacementException.timeLimit("no placement settled within the time limit:"
                + " allow more time with --time-limit (not proven impossible)");
    }

    private static double secondsLeft(long deadline) {
        return (deadline - System.nanoTime()) / 1e9;
    }

    private static MPSolver.ResultStatus run(MPSolver solver, long deadline, AdvisorProgress progress) {
        if (Boolean.getBoolean("aegis.advisor.log")) {
            solver.enableOutput();
        }
        solver.setTimeLimit(Math.max(50, Math.round(secondsLeft(deadline) * 1000)));
        // Probing the open/reach implications costs more than it saves on these models (25 s on the planet). Cutting
        // planes at the root raise the bound of these p-median relaxations by hundredths of a percent at a tenth of
        // a second a round: without them a small pool is proven in a third of the time, the planet's gap after 10 s
        // is the same (README, "Placement advisor").
        solver.setSolverSpecificParametersAsString("propagating/probing/maxprerounds = 0\n"
                + "separating/maxroundsroot = 0\n");
        Thread watcher = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (progress.cancelled()) {
                        solver.interruptSolve();
                        return;
                    }
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "advisor-cancel");
        watcher.setDaemon(true);
        watcher.start();
        try {
            MPSolver.ResultStatus status = solver.solve();
            if (progress.cancelled()) {
                throw new CancellationException("placement search cancelled");
            }
            return status;
        } finally {
            watcher.interrupt();
        }
    }
}

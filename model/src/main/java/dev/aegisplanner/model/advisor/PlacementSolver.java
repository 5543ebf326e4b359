package dev.aegisplanner.model.advisor;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.util.concurrent.CancellationException;

/**
 * Solves a {@link PlacementModel} with CP-SAT in two steps, so ties break exactly and never at the expense of the
 * objective: first the least latency; then, with latency held at that optimum, the fewest locations, data centers
 * and address placements. The second step runs only when the first proved its optimum.
 */
final class PlacementSolver {

    /** What the solver decided: values of the model's variables and how sure it is. */
    record Solved(boolean[][] holds, boolean[] second, boolean[][] holdsSecond, int[][] share, int[][] shareSecond,
                  double objective, double bound, boolean optimal) {
        double gap() {
            return optimal || objective <= 0 ? 0 : Math.max(0, (objective - bound) / objective);
        }
    }

    private static volatile boolean loaded;

    private PlacementSolver() {
    }

    static synchronized void loadNativeLibraries() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /**
     * @param seconds the time the search may take, both steps together
     * @return {@code null} when the model is infeasible
     * @throws NoPlacementException when the time ran out before any placement was found
     */
    static Solved solve(PlacementModel placement, double seconds, Solved hint, AdvisorProgress progress) {
        loadNativeLibraries();
        if (hint != null) {
            hint(placement, hint);
        }
        long start = System.nanoTime();
        placement.model.minimize(placement.cost());
        CpSolver solver = solver(seconds);
        CpSolverStatus status = run(solver, placement, progress, true);
        if (status == CpSolverStatus.INFEASIBLE) {
            return null;
        }
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw NoPlacementException.timeLimit("no placement found within the time limit of "
                    + Math.round(seconds) + " s (not proven impossible: allow more time with --time-limit)");
        }
        Solved first = read(solver, placement, status == CpSolverStatus.OPTIMAL);
        double left = seconds - (System.nanoTime() - start) / 1e9;
        if (!first.optimal() || left < 0.05) {
            return first;
        }
        long best = Math.round(solver.objectiveValue());
        placement.model.clearHints();
        hint(placement, first);
        placement.model.addLessOrEqual(placement.cost(), best);
        placement.model.minimize(placement.tieBreak());
        CpSolver tieBreaker = solver(left);
        CpSolverStatus second = run(tieBreaker, placement, AdvisorProgress.NONE, false);
        if (second != CpSolverStatus.OPTIMAL && second != CpSolverStatus.FEASIBLE) {
            return first;
        }
        Solved tied = read(tieBreaker, placement, true);
        return new Solved(tied.holds(), tied.second(), tied.holdsSecond(), tied.share(), tied.shareSecond(),
                first.objective(), first.bound(), true);
    }

    private static CpSolver solver(double seconds) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.05, seconds))
                .setNumWorkers(Math.max(2, Runtime.getRuntime().availableProcessors()));
        return solver;
    }

    private static CpSolverStatus run(CpSolver solver, PlacementModel placement, AdvisorProgress progress,
                                      boolean reportCost) {
        Thread watcher = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (progress.cancelled()) {
                        solver.stopSearch();
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
            CpSolverStatus status = solver.solve(placement.model, new CpSolverSolutionCallback() {
                @Override
                public void onSolutionCallback() {
                    if (reportCost) {
                        progress.solution(objectiveValue() / placement.costScale,
                                bestObjectiveBound() / placement.costScale);
                    }
                }
            });
            if (progress.cancelled()) {
                throw new CancellationException("placement search cancelled");
            }
            return status;
        } finally {
            watcher.interrupt();
        }
    }

    private static Solved read(CpSolver solver, PlacementModel m, boolean optimal) {
        int addresses = m.holds.length;
        int n = m.open.length;
        boolean[][] holds = new boolean[addresses][n];
        boolean[][] holdsSecond = new boolean[addresses][n];
        int[][] share = new int[addresses][n];
        int[][] shareSecond = new int[addresses][n];
        boolean[] second = new boolean[n];
        for (int c = 0; c < n; c++) {
            second[c] = m.second[c] != null && solver.booleanValue(m.second[c]);
            for (int a = 0; a < addresses; a++) {
                holds[a][c] = solver.booleanValue(m.holds[a][c]);
                share[a][c] = (int) solver.value(m.share[a][c]);
                if (m.holdsSecond[a][c] != null) {
                    holdsSecond[a][c] = solver.booleanValue(m.holdsSecond[a][c]);
                    shareSecond[a][c] = (int) solver.value(m.shareSecond[a][c]);
                }
            }
        }
        double objective = solver.value(m.cost()) / m.costScale;
        double bound = optimal ? objective : solver.bestObjectiveBound() / m.costScale;
        return new Solved(holds, second, holdsSecond, share, shareSecond, objective, bound, optimal);
    }

    private static void hint(PlacementModel m, Solved hint) {
        for (int c = 0; c < m.open.length; c++) {
            if (m.second[c] != null) {
                m.model.addHint(m.second[c], hint.second()[c] ? 1 : 0);
            }
            for (int a = 0; a < m.holds.length && a < hint.holds().length; a++) {
                m.model.addHint(m.holds[a][c], hint.holds()[a][c] ? 1 : 0);
            }
        }
    }

}

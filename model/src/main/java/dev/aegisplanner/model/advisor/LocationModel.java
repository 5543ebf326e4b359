package dev.aegisplanner.model.advisor;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.List;

/**
 * Which locations hold the pool's addresses, as a mixed-integer program for SCIP: the first of the advisor's two
 * models (see {@link PlacementAdvisor}). It decides locations and capacities, not addresses, so the addresses'
 * symmetry never enters the search; {@link AddressModel} then assigns addresses to the chosen locations. Variables:
 * <ul>
 *   <li>{@code open[c]} (binary): candidate {@code c} holds some address, in its primary data center;
 *       {@code second[c]} (binary, N-1 only): its secondary data center holds them too;</li>
 *   <li>{@code capacity[c]}, {@code capacitySecond[c]} (continuous): the thousandths of addresses the primary and
 *       secondary data center hold, at least 1 where they hold, {@code sum <= 1000 N};
 *       {@code sum open <= 4 N};</li>
 *   <li>per scenario and ingress location, {@code reach[k]} in [0, 1]: one of the first {@code k + 1} candidates in
 *       the cascade's order from it holds. {@code reach[k] = max(reach[k - 1], open[order_k])} is three inequalities,
 *       integral whenever {@code open} is, so it needs no integer variable; the ingress egresses at the {@code k}-th
 *       candidate exactly when {@code x[k] = reach[k] - reach[k - 1] = 1}, the closest assignment forced, not
 *       chosen, with O(candidates) rows per ingress;</li>
 *   <li>capacity: per scenario, candidate and origin group, {@code 40 x capacity} (connections) covers the load
 *       ({@code sum x[k] x ceil(demand)}) plus one connection of headroom; the secondary takes what lands in it,
 *       and everything when the primary is down.</li>
 * </ul>
 * Orders are cut short ({@link PlacementProblem#limits}): egress beyond the cut costs the cheapest candidate there
 * and carries no load, a relaxation; {@link Routing} finds where a solution egresses in truth, and the cut is moved
 * where that lies beyond it. Choices no address assignment realises are cut off ({@link PlacementProblem#noGoods}).
 */
final class LocationModel {

    private static final double SECOND_DATA_CENTER_WEIGHT = 1;

    final MPSolver solver;
    final MPVariable[] open;
    final MPVariable[] second;
    private final Linear cost = new Linear();
    private final MPVariable[] capacity;
    private final MPVariable[] capacitySecond;
    private final PlacementProblem problem;

    LocationModel(PlacementProblem problem) {
        PlacementSolver.loadNativeLibraries();
        this.problem = problem;
        this.solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools was built without SCIP");
        }
        int n = problem.candidates().size();
        double most = PlacementProblem.SHARE_UNITS * (double) problem.addresses();
        open = new MPVariable[n];
        second = new MPVariable[n];
        capacity = new MPVariable[n];
        capacitySecond = new MPVariable[n];
        Linear locations = new Linear();
        Linear total = new Linear();
        for (int c = 0; c < n; c++) {
            open[c] = solver.makeBoolVar("open_" + c);
            capacity[c] = solver.makeNumVar(0, most, "capacity_" + c);
            between(capacity[c], open[c], most);
            locations.add(open[c], 1);
            total.add(capacity[c], 1);
            if (problem.forced(c)) {
                open[c].setLb(1);
            }
            if (problem.nMinusOne() && problem.candidates().get(c).hasSecondary()) {
                second[c] = solver.makeBoolVar("second_" + c);
                new Linear().add(open[c], 1).add(second[c], -1).atLeast(solver, 0);
                capacitySecond[c] = solver.makeNumVar(0, most, "capacity2_" + c);
                between(capacitySecond[c], second[c], most);
                total.add(capacitySecond[c], 1);
            }
        }
        locations.atMost(solver, PlacementProblem.LOCATIONS_PER_ADDRESS * problem.addresses());
        total.atMost(solver, most);
        for (PlacementProblem.Choice noGood : problem.noGoods()) {
            exclude(noGood);
        }
        for (int s = 0; s < problem.scenarios().size(); s++) {
            addScenario(s);
        }
    }

    /** At least one thousandth where it holds, nothing where it does not. */
    private void between(MPVariable units, MPVariable holds, double most) {
        new Linear().add(units, 1).add(holds, -1).atLeast(solver, 0);
        new Linear().add(units, 1).add(holds, -most).atMost(solver, 0);
    }

    /** A no-good: this exact choice of holders is not allowed again. */
    private void exclude(PlacementProblem.Choice choice) {
        Linear differs = new Linear();
        for (int c = 0; c < open.length; c++) {
            differs.add(open[c], choice.open()[c] ? -1 : 1).add(choice.open()[c] ? 1 : 0);
            if (second[c] != null) {
                differs.add(second[c], choice.second()[c] ? -1 : 1).add(choice.second()[c] ? 1 : 0);
            }
        }
        differs.atLeast(solver, 1);
    }

    boolean forced(int c) {
        return problem.forced(c);
    }

    /** The latency objective, in connection-milliseconds. */
    Linear cost() {
        return cost;
    }

    /** Fewer locations, then fewer data centers: exact integer weights. */
    Linear tieBreak() {
        Linear ties = new Linear();
        for (int c = 0; c < open.length; c++) {
            ties.add(open[c], locationWeight()).add(second[c], SECOND_DATA_CENTER_WEIGHT);
        }
        return ties;
    }

    /** The value {@link #tieBreak()} takes for a choice: the solver is asked below it, so both use one weighting. */
    double tieBreakOf(PlacementProblem.Choice choice) {
        double ties = 0;
        for (int c = 0; c < open.length; c++) {
            ties += (choice.open()[c] ? locationWeight() : 0) + (choice.second()[c] ? SECOND_DATA_CENTER_WEIGHT : 0);
        }
        return ties;
    }

    /** More than every second data center together: one location less always wins. */
    private double locationWeight() {
        return 2.0 * open.length + 1;
    }

    PlacementProblem.Choice choice() {
        boolean[] opened = new boolean[open.length];
        boolean[] seconded = new boolean[open.length];
        for (int c = 0; c < open.length; c++) {
            opened[c] = open[c].solutionValue() > 0.5;
            seconded[c] = second[c] != null && second[c].solutionValue() > 0.5;
        }
        return new PlacementProblem.Choice(opened, seconded);
    }

    void hint(PlacementProblem.Choice choice) {
        double[] values = new double[open.length];
        for (int c = 0; c < open.length; c++) {
            values[c] = choice.open()[c] ? 1 : 0;
        }
        solver.setHint(open, values);
    }

    private void addScenario(int s) {
        Scenario scenario = problem.scenarios().get(s);
        int n = open.length;
        Linear[][] load = new Linear[n][problem.groups()];
        double[][] ownAtSecondary = new double[n][];
        List<Scenario.Ingress> ingresses = scenario.ingresses();
        for (int i = 0; i < ingresses.size(); i++) {
            Scenario.Ingress ingress = ingresses.get(i);
            if (ingress.location() >= 0) {
                ownAtSecondary[ingress.location()] = ingress.atSecondary();
            }
            addIngress(scenario, ingress, Math.min(problem.limits().get(s)[i], ingress.order().length), s == 0, load);
        }
        for (int c = 0; c < n; c++) {
            for (int g = 0; g < problem.groups(); g++) {
                if (load[c][g] != null) {
                    addCapacity(scenario, c, load[c][g], ownAtSecondary[c] == null ? 0 : ownAtSecondary[c][g]);
                }
            }
        }
    }

    private void addIngress(Scenario scenario, Scenario.Ingress ingress, int limit, boolean withCost,
                            Linear[][] load) {
        MPVariable previous = null;
        for (int k = 0; k < limit; k++) {
            int c = ingress.order()[k];
            boolean lostPrimary = scenario.lostPrimary() == c;
            MPVariable holder = lostPrimary ? second[c] : open[c];
            if (holder == null) {
                continue;
            }
            double kCost = withCost ? problem.cost(ingress, k) : 0;
            if (problem.forced(c) && !lostPrimary) {
                // Always holds: every later candidate is unreachable, and x = 1 - reach[k - 1].
                assign(load[c], ingress, new Linear().add(1).add(previous, -1), kCost);
                return;
            }
            MPVariable reach = holder;
            if (previous != null) {
                reach = solver.makeNumVar(0, 1, "");
                new Linear().add(reach, 1).add(previous, -1).atLeast(solver, 0);
                new Linear().add(reach, 1).add(holder, -1).atLeast(solver, 0);
                new Linear().add(reach, 1).add(previous, -1).add(holder, -1).atMost(solver, 0);
            }
            assign(load[c], ingress, new Linear().add(reach, 1).add(previous, -1), kCost);
            previous = reach;
        }
        if (limit < ingress.order().length) {
            double floor = Double.POSITIVE_INFINITY;
            for (int k = limit; k < ingress.order().length; k++) {
                floor = Math.min(floor, withCost ? problem.cost(ingress, k) : 0);
            }
            cost.add(floor).add(previous, -floor);
        } else if (previous == null) {
            solver.makeConstraint(1, 1);
        } else {
            previous.setLb(1);
        }
    }

    /** Egress at this candidate with weight {@code x} (0 or 1 in any solution): its cost and its load. */
    private void assign(Linear[] load, Scenario.Ingress ingress, Linear x, double kCost) {
        for (int g = 0; g < problem.groups(); g++) {
            double connections = Math.ceil(ingress.demand()[g] - 1e-9);
            if (connections > 0) {
                if (load[g] == null) {
                    load[g] = new Linear();
                }
                load[g].add(x, connections);
            }
        }
        cost.add(x, kCost);
    }

    private void addCapacity(Scenario scenario, int c, Linear load, double atSecondary) {
        double perUnit = PlacementProblem.CONNECTIONS_PER_UNIT;
        if (scenario.lostPrimary() == c) {
            new Linear().add(capacitySecond[c], perUnit).add(load, -1).add(second[c], -1).atLeast(solver, 0);
            return;
        }
        Linear primary = new Linear().add(capacity[c], perUnit).add(open[c], -1).add(load, -1);
        if (second[c] != null && scenario.lostSecondary() != c && atSecondary > 0) {
            primary.add(second[c], Math.floor(atSecondary + 1e-9));
            new Linear().add(capacitySecond[c], perUnit).add(second[c], -(Math.ceil(atSecondary - 1e-9) + 1))
                    .atLeast(solver, 0);
        }
        primary.atLeast(solver, 0);
    }
}

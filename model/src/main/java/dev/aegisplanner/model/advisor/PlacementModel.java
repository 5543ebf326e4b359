package dev.aegisplanner.model.advisor;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.List;
import java.util.Set;

/**
 * The placement as a CP-SAT model (see {@link PlacementAdvisor} for the model in words). Variables:
 * <ul>
 *   <li>{@code holds[a][c]}: address {@code a} is held in candidate {@code c} (by every up server of its primary
 *       data center); {@code open[c]}: {@code c} holds some address;</li>
 *   <li>{@code second[c]} (N-1 only): {@code c}'s secondary data center holds the location's addresses too;</li>
 *   <li>{@code share[a][c]}, {@code shareSecond[a][c]}: the data centers' shares of {@code a} in thousandths;</li>
 *   <li>per scenario and ingress location, {@code reach[k]}: one of the first {@code k + 1} candidates in the
 *       cascade's order from it holds an address. The ingress egresses at the {@code k}-th candidate exactly when
 *       {@code reach[k] - reach[k - 1] = 1}: a closest-assignment that is forced, not chosen, with O(candidates)
 *       variables per ingress.</li>
 * </ul>
 * Costs are connection-milliseconds times {@link #costScale}, rounded to integers; loads are whole connections
 * rounded up, with one connection of headroom, so a placement the model accepts holds in the capacity analysis.
 */
final class PlacementModel {

    static final int SHARE_UNITS = 1000;
    /** 40,000 connections per origin IPv4:port for a whole address, so 40 per thousandth. */
    static final long CONNECTIONS_PER_UNIT = 40;
    static final int LOCATIONS_PER_ADDRESS = 4;

    final CpModel model;
    final BoolVar[][] holds;
    final BoolVar[] open;
    final BoolVar[] second;
    final BoolVar[][] holdsSecond;
    final IntVar[][] share;
    final IntVar[][] shareSecond;
    final double costScale;
    private final LinearExprBuilder cost = LinearExpr.newBuilder();
    private long costConstant;
    private final List<Candidate> candidates;
    private final int groups;
    private final double[][] originMs;
    private final boolean[] forced;

    /**
     * @param originMs per candidate and origin group, the origin latency from the candidate
     * @param pins per address, the candidates it must be held in
     * @param keep candidates that must hold some address
     */
    PlacementModel(List<Candidate> candidates, int addresses, int groups, double[][] originMs,
                   List<Scenario> scenarios, boolean nMinusOne, List<Set<Integer>> pins, Set<Integer> keep) {
        PlacementSolver.loadNativeLibraries();
        this.model = new CpModel();
        this.candidates = candidates;
        this.groups = groups;
        this.originMs = originMs;
        int n = candidates.size();
        holds = new BoolVar[addresses][n];
        share = new IntVar[addresses][n];
        holdsSecond = new BoolVar[addresses][n];
        shareSecond = new IntVar[addresses][n];
        open = new BoolVar[n];
        second = new BoolVar[n];
        forced = new boolean[n];
        for (int c = 0; c < n; c++) {
            open[c] = model.newBoolVar("open_" + c);
            if (nMinusOne && candidates.get(c).hasSecondary()) {
                second[c] = model.newBoolVar("second_" + c);
                model.addImplication(second[c], open[c]);
            }
        }
        for (int a = 0; a < addresses; a++) {
            LinearExprBuilder places = LinearExpr.newBuilder();
            LinearExprBuilder shares = LinearExpr.newBuilder();
            for (int c = 0; c < n; c++) {
                holds[a][c] = model.newBoolVar("holds_" + a + "_" + c);
                share[a][c] = model.newIntVar(0, SHARE_UNITS, "share_" + a + "_" + c);
                model.addLessOrEqual(share[a][c], LinearExpr.term(holds[a][c], SHARE_UNITS));
                model.addGreaterOrEqual(share[a][c], holds[a][c]);
                model.addImplication(holds[a][c], open[c]);
                places.add(holds[a][c]);
                shares.add(share[a][c]);
                if (second[c] != null) {
                    holdsSecond[a][c] = model.newBoolVar("holds2_" + a + "_" + c);
                    model.addImplication(holdsSecond[a][c], holds[a][c]);
                    model.addImplication(holdsSecond[a][c], second[c]);
                    model.addBoolOr(new Literal[] {holds[a][c].not(), second[c].not(), holdsSecond[a][c]});
                    shareSecond[a][c] = model.newIntVar(0, SHARE_UNITS, "share2_" + a + "_" + c);
                    model.addLessOrEqual(shareSecond[a][c], LinearExpr.term(holdsSecond[a][c], SHARE_UNITS));
                    model.addGreaterOrEqual(shareSecond[a][c], holdsSecond[a][c]);
                    shares.add(shareSecond[a][c]);
                }
            }
            model.addLessOrEqual(places, LOCATIONS_PER_ADDRESS);
            model.addGreaterOrEqual(places, 1);
            model.addLessOrEqual(shares, SHARE_UNITS);
            for (int c : pins.get(a)) {
                model.addEquality(holds[a][c], 1);
                forced[c] = true;
            }
        }
        for (int c = 0; c < n; c++) {
            Literal[] any = new Literal[addresses + 1];
            any[0] = open[c].not();
            for (int a = 0; a < addresses; a++) {
                any[a + 1] = holds[a][c];
            }
            model.addBoolOr(any);
        }
        for (int c : keep) {
            model.addEquality(open[c], 1);
            forced[c] = true;
        }
        costScale = costScale(scenarios.get(0));
        for (int s = 0; s < scenarios.size(); s++) {
            addScenario(scenarios.get(s), s, s == 0);
        }
    }

    /** The latency objective, in connection-milliseconds times {@link #costScale}. */
    LinearExpr cost() {
        return LinearExpr.affine(cost.build(), 1, costConstant);
    }

    /** Fewer locations, then fewer data centers, then fewer address placements: exact integer weights. */
    LinearExpr tieBreak() {
        int n = candidates.size();
        long placements = (long) holds.length * Math.min(LOCATIONS_PER_ADDRESS, n) * 2 + 1;
        long dataCenters = 2L * n + 1;
        LinearExprBuilder ties = LinearExpr.newBuilder();
        for (int c = 0; c < n; c++) {
            ties.addTerm(open[c], dataCenters * placements + placements);
            if (second[c] != null) {
                ties.addTerm(second[c], placements);
            }
            for (int a = 0; a < holds.length; a++) {
                ties.add(holds[a][c]);
                if (holdsSecond[a][c] != null) {
                    ties.add(holdsSecond[a][c]);
                }
            }
        }
        return ties.build();
    }

    /** Costs scaled so the largest is about 10^9 and no finer than 1/1000 connection-millisecond. */
    private double costScale(Scenario base) {
        double largest = 1;
        for (Scenario.Ingress ingress : base.ingresses()) {
            for (int k = 0; k < ingress.order().length; k++) {
                largest = Math.max(largest, rawCost(ingress, k));
            }
        }
        return Math.min(1000, Math.pow(10, Math.floor(Math.log10(1e9 / largest))));
    }

    private double rawCost(Scenario.Ingress ingress, int k) {
        int c = ingress.order()[k];
        double total = 0;
        for (int g = 0; g < groups; g++) {
            total += ingress.demand()[g] * (ingress.forwardMs()[k] + originMs[c][g]);
        }
        return total;
    }

    private void addScenario(Scenario scenario, int s, boolean withCost) {
        int n = candidates.size();
        LinearExprBuilder[][] load = new LinearExprBuilder[n][groups];
        long[][] loadConstant = new long[n][groups];
        double[][] ownAtSecondary = new double[n][];
        for (Scenario.Ingress ingress : scenario.ingresses()) {
            if (ingress.location() >= 0) {
                ownAtSecondary[ingress.location()] = ingress.atSecondary();
            }
            Literal previous = null;
            boolean served = false;
            for (int k = 0; k < ingress.order().length && !served; k++) {
                int c = ingress.order()[k];
                boolean lostPrimary = scenario.lostPrimary() == c;
                Literal holder = lostPrimary ? second[c] : open[c];
                if (holder == null) {
                    continue;
                }
                long scaledCost = withCost ? Math.round(rawCost(ingress, k) * costScale) : 0;
                if (forced[c] && !lostPrimary) {
                    // Always holds: every later candidate is unreachable, and x = 1 - reach[k - 1].
                    served = true;
                    addAssignment(load[c], loadConstant[c], ingress, previous, null, scaledCost);
                } else {
                    Literal reach = holder;
                    if (previous != null) {
                        BoolVar or = model.newBoolVar("reach_" + s + "_" + ingress.id() + "_" + k);
                        model.addImplication(previous, or);
                        model.addImplication(holder, or);
                        model.addBoolOr(new Literal[] {or.not(), previous, holder});
                        reach = or;
                    }
                    addAssignment(load[c], loadConstant[c], ingress, previous, reach, scaledCost);
                    previous = reach;
                }
            }
            if (!served) {
                if (previous == null) {
                    model.addBoolOr(new Literal[0]);
                } else {
                    model.addBoolOr(new Literal[] {previous});
                }
            }
        }
        for (int c = 0; c < n; c++) {
            for (int g = 0; g < groups; g++) {
                if (load[c][g] != null) {
                    addCapacity(scenario, c, g, load[c][g], loadConstant[c][g],
                            ownAtSecondary[c] == null ? 0 : ownAtSecondary[c][g]);
                }
            }
        }
    }

    /** Egress at this candidate when {@code reach - previous = 1} ({@code reach} null: always reached). */
    private void addAssignment(LinearExprBuilder[] load, long[] loadConstant, Scenario.Ingress ingress,
                               Literal previous, Literal reach, long scaledCost) {
        for (int g = 0; g < groups; g++) {
            long connections = (long) Math.ceil(ingress.demand()[g] - 1e-9);
            if (connections <= 0) {
                continue;
            }
            if (load[g] == null) {
                load[g] = LinearExpr.newBuilder();
            }
            addDifference(load[g], previous, reach, connections);
            if (reach == null) {
                loadConstant[g] += connections;
            }
        }
        addDifference(cost, previous, reach, scaledCost);
        if (reach == null) {
            costConstant += scaledCost;
        }
    }

    private static void addDifference(LinearExprBuilder into, Literal previous, Literal reach, long coefficient) {
        if (coefficient == 0) {
            return;
        }
        if (reach != null) {
            into.addTerm(reach, coefficient);
        }
        if (previous != null) {
            into.addTerm(previous, -coefficient);
        }
    }

    /**
     * The load a candidate's holders take for one origin group, within their capacity with at least one connection
     * to spare (a share in thousandths times 40,000 is exact in decimal but not in binary, and a row at exactly
     * 100 % could read 100.0000001 % in the analysis). Normally the secondary (when it holds) takes what lands in it
     * and the primary the rest; with one of them down the other takes all.
     */
    private void addCapacity(Scenario scenario, int c, int g, LinearExprBuilder load, long constant,
                             double atSecondary) {
        if (scenario.lostPrimary() == c) {
            model.addGreaterOrEqual(capacity(shareSecond, c).addTerm(negate(load), 1).addTerm(second[c], -1),
                    constant);
            return;
        }
        LinearExprBuilder primary = capacity(share, c).addTerm(open[c], -1);
        if (second[c] != null && scenario.lostSecondary() != c && atSecondary > 0) {
            long down = (long) Math.floor(atSecondary + 1e-9);
            long up = (long) Math.ceil(atSecondary - 1e-9);
            primary.addTerm(second[c], down);
            model.addGreaterOrEqual(capacity(shareSecond, c).addTerm(second[c], -(up + 1)), 0);
        }
        model.addGreaterOrEqual(primary.addTerm(negate(load), 1), constant);
    }

    private LinearExprBuilder capacity(IntVar[][] shares, int c) {
        LinearExprBuilder capacity = LinearExpr.newBuilder();
        for (IntVar[] address : shares) {
            if (address[c] != null) {
                capacity.addTerm(address[c], CONNECTIONS_PER_UNIT);
            }
        }
        return capacity;
    }

    private static LinearExpr negate(LinearExprBuilder expression) {
        return LinearExpr.affine(expression.build(), -1, 0);
    }
}

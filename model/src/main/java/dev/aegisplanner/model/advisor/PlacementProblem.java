package dev.aegisplanner.model.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything the solver needs about one placement question: the candidates, how many addresses, the origin
 * groups' latencies, the scenarios (the plan, then the failures N-1 added), pins and kept locations, and two
 * things the solver learns as it goes and keeps across solves: how far down each ingress's order the location
 * model looks ({@link #limits}), and the location choices no address assignment can realise ({@link #noGoods}).
 *
 * @param originMs per candidate and origin group, the origin latency from the candidate
 * @param pins per address, the candidates it must be held in
 * @param keep candidates that must hold some address
 */
record PlacementProblem(List<Candidate> candidates, int addresses, int groups, double[][] originMs,
                        List<Scenario> scenarios, List<int[]> limits, boolean nMinusOne, List<Set<Integer>> pins,
                        Set<Integer> keep, List<Choice> noGoods) {

    static final int SHARE_UNITS = 1000;
    /** 40,000 connections per origin IPv4:port for a whole address, so 40 per thousandth. */
    static final double CONNECTIONS_PER_UNIT = 40;
    static final int LOCATIONS_PER_ADDRESS = 4;
    private static final int FIRST_LIMIT = 8;
    private static final int MOST_FIRST = 32;

    /** Which candidates hold, and which of them hold in their secondary data center too. */
    record Choice(boolean[] open, boolean[] second) {
    }

    static PlacementProblem of(List<Candidate> candidates, int addresses, int groups, double[][] originMs,
                               Scenario base, boolean nMinusOne, List<Set<Integer>> pins, Set<Integer> keep) {
        PlacementProblem problem = new PlacementProblem(candidates, addresses, groups, originMs, new ArrayList<>(),
                new ArrayList<>(), nMinusOne, pins, keep, new ArrayList<>());
        problem.scenarios.add(base);
        problem.limits.add(new int[base.ingresses().size()]);
        problem.add(base, GreedyChoice.of(problem), 0);
        return problem;
    }

    /** Adds a scenario (a failure N-1 found), looking a short way down its orders at first. */
    void add(Scenario scenario, Choice guess) {
        scenarios.add(scenario);
        limits.add(new int[scenario.ingresses().size()]);
        add(scenario, guess, scenarios.size() - 1);
    }

    /**
     * Looks twice as far down each order as the guess's holder, at least {@value #FIRST_LIMIT} and at most
     * {@value #MOST_FIRST} candidates: beyond that the model's cost for the ingress is a bound, not the truth.
     */
    private void add(Scenario scenario, Choice guess, int s) {
        int[] first = limits.get(s);
        for (int i = 0; i < first.length; i++) {
            int[] order = scenario.ingresses().get(i).order();
            int k = 0;
            while (k < order.length && !guess.open()[order[k]]) {
                k++;
            }
            first[i] = Math.min(MOST_FIRST, Math.max(FIRST_LIMIT, 2 * (k + 1)));
        }
    }

    /** Whether a candidate always holds: kept, or pinned for some address. */
    boolean forced(int c) {
        return keep.contains(c) || pins.stream().anyMatch(p -> p.contains(c));
    }

    /** A bound no placement beats: every ingress of the plan at its cheapest candidate. */
    double trivialBound() {
        double bound = 0;
        for (Scenario.Ingress ingress : scenarios.get(0).ingresses()) {
            double cheapest = Double.POSITIVE_INFINITY;
            for (int k = 0; k < ingress.order().length; k++) {
                cheapest = Math.min(cheapest, cost(ingress, k));
            }
            bound += cheapest;
        }
        return bound;
    }

    /** The cost of egressing the ingress at the {@code k}-th candidate of its order, in connection-ms. */
    double cost(Scenario.Ingress ingress, int k) {
        int c = ingress.order()[k];
        double total = 0;
        for (int g = 0; g < groups; g++) {
            total += ingress.demand()[g] * (ingress.forwardMs()[k] + originMs[c][g]);
        }
        return total;
    }
}

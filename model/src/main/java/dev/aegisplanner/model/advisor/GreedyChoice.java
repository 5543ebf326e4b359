package dev.aegisplanner.model.advisor;

/**
 * A first guess at the holding locations, for the solver to start from: capacity aside, add the candidate that
 * saves the most latency on the plan scenario, again and again, up to 4 x N locations or until none saves any. It
 * is a hint and a guide to how far down each ingress's order the location model should look, never an answer.
 */
final class GreedyChoice {

    private GreedyChoice() {
    }

    static PlacementProblem.Choice of(PlacementProblem problem) {
        int n = problem.candidates().size();
        boolean[] open = new boolean[n];
        for (int c = 0; c < n; c++) {
            open[c] = problem.forced(c);
        }
        Scenario plan = problem.scenarios().get(0);
        int most = PlacementProblem.LOCATIONS_PER_ADDRESS * problem.addresses();
        int count = 0;
        for (boolean o : open) {
            count += o ? 1 : 0;
        }
        double current = cost(problem, plan, open);
        while (count < most) {
            int best = -1;
            double bestCost = current;
            for (int c = 0; c < n; c++) {
                if (!open[c]) {
                    open[c] = true;
                    double cost = cost(problem, plan, open);
                    open[c] = false;
                    if (cost < bestCost) {
                        best = c;
                        bestCost = cost;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            open[best] = true;
            count++;
            current = bestCost;
        }
        return new PlacementProblem.Choice(open, new boolean[n]);
    }

    /** The plan scenario's latency with these holders; infinite when some ingress has none. */
    private static double cost(PlacementProblem problem, Scenario plan, boolean[] open) {
        double total = 0;
        for (Scenario.Ingress ingress : plan.ingresses()) {
            int k = 0;
            while (k < ingress.order().length && !open[ingress.order()[k]]) {
                k++;
            }
            if (k == ingress.order().length) {
                return Double.POSITIVE_INFINITY;
            }
            total += problem.cost(ingress, k);
        }
        return total;
    }
}

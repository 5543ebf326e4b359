package dev.aegisplanner.model.advisor;

import java.util.List;

/**
 * Where each ingress egresses for a choice of holding locations, worked out directly (the first holder in its
 * order), and what capacity that asks of each holding data center: in thousandths of an address, the most any
 * scenario and origin group needs, with one connection of headroom. Loads are summed from whole connections
 * rounded up per ingress, as the location model sums them, so the two agree on what fits.
 */
final class Routing {

    private final PlacementProblem problem;
    private final PlacementProblem.Choice choice;
    /** Per candidate, the thousandths its primary and its secondary data center need. */
    final int[] primaryUnits;
    final int[] secondaryUnits;
    /** Whether every ingress egresses within the part of its order the location model looked at. */
    final boolean withinLimits;
    /** The objective of the plan scenario, in connection-ms. */
    final double cost;
    /** Per candidate, whether some ingress egresses from it in some scenario. */
    final boolean[] used;
    /** Whether every ingress of every scenario egresses somewhere. */
    boolean served = true;

    Routing(PlacementProblem problem, PlacementProblem.Choice choice) {
        this.problem = problem;
        this.choice = choice;
        int n = problem.candidates().size();
        primaryUnits = new int[n];
        secondaryUnits = new int[n];
        used = new boolean[n];
        boolean within = true;
        double planCost = 0;
        for (int s = 0; s < problem.scenarios().size(); s++) {
            Scenario scenario = problem.scenarios().get(s);
            double[][] primaryLoad = new double[n][problem.groups()];
            double[][] secondaryLoad = new double[n][problem.groups()];
            List<Scenario.Ingress> ingresses = scenario.ingresses();
            for (int i = 0; i < ingresses.size(); i++) {
                Scenario.Ingress ingress = ingresses.get(i);
                int k = firstHolder(scenario, ingress);
                if (k < 0) {
                    // Nothing holds anywhere in its order: only a relaxed model, looking a short way, allows that.
                    served = false;
                    within = false;
                    continue;
                }
                within &= k < problem.limits().get(s)[i];
                if (s == 0) {
                    planCost += problem.cost(ingress, k);
                }
                int c = ingress.order()[k];
                used[c] = true;
                for (int g = 0; g < problem.groups(); g++) {
                    double connections = Math.ceil(ingress.demand()[g] - 1e-9);
                    if (scenario.lostPrimary() == c) {
                        secondaryLoad[c][g] += connections;
                    } else if (choice.second()[c] && scenario.lostSecondary() != c && ingress.location() == c) {
                        double atSecondary = ingress.atSecondary()[g];
                        secondaryLoad[c][g] += Math.ceil(atSecondary - 1e-9);
                        primaryLoad[c][g] += connections - Math.floor(atSecondary + 1e-9);
                    } else {
                        primaryLoad[c][g] += connections;
                    }
                }
            }
            for (int c = 0; c < n; c++) {
                for (int g = 0; g < problem.groups(); g++) {
                    primaryUnits[c] = Math.max(primaryUnits[c], units(primaryLoad[c][g]));
                    secondaryUnits[c] = Math.max(secondaryUnits[c], units(secondaryLoad[c][g]));
                }
            }
        }
        this.withinLimits = within;
        this.cost = planCost;
    }

    /** Thousandths that carry the load with a connection to spare; none without load. */
    private static int units(double load) {
        return load <= 0 ? 0 : (int) Math.ceil((load + 1) / PlacementProblem.CONNECTIONS_PER_UNIT - 1e-9);
    }

    private int firstHolder(Scenario scenario, Scenario.Ingress ingress) {
        for (int k = 0; k < ingress.order().length; k++) {
            int c = ingress.order()[k];
            boolean holds = scenario.lostPrimary() == c ? choice.second()[c] : choice.open()[c];
            if (holds) {
                return k;
            }
        }
        return -1;
    }

    /** Extends the orders of the ingresses that egress beyond where the location model looked. */
    void extendLimits() {
        for (int s = 0; s < problem.scenarios().size(); s++) {
            Scenario scenario = problem.scenarios().get(s);
            int[] limits = problem.limits().get(s);
            for (int i = 0; i < scenario.ingresses().size(); i++) {
                int[] order = scenario.ingresses().get(i).order();
                int k = firstHolder(scenario, scenario.ingresses().get(i));
                if (k < 0) {
                    limits[i] = order.length;
                } else if (k >= limits[i]) {
                    limits[i] = Math.min(order.length, Math.max(limits[i] * 2, k + 1));
                }
            }
        }
    }
}

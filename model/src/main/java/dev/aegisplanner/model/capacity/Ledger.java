package dev.aegisplanner.model.capacity;

import java.util.Arrays;

/**
 * What each demand unit contributed to the plan's loads and unserved demand, so a failure drill can take back
 * the contributions of the units it affects and add theirs under the failure, instead of starting over.
 */
final class Ledger implements Flows.Sink {

    private final int[][] groups;
    private final double[][] amounts;
    private final int[] sizes;
    private final double[][] unserved;
    private int current;

    Ledger(int units) {
        groups = new int[units][];
        amounts = new double[units][];
        sizes = new int[units];
        unserved = new double[units][Unserved.Reason.values().length];
    }

    /** Records the flows of {@code unit} from now on. */
    Ledger unit(DemandUnit unit) {
        current = unit.index();
        groups[current] = new int[4];
        amounts[current] = new double[4];
        return this;
    }

    @Override
    public void load(int group, double connections) {
        int n = sizes[current];
        if (n == groups[current].length) {
            groups[current] = Arrays.copyOf(groups[current], n * 2);
            amounts[current] = Arrays.copyOf(amounts[current], n * 2);
        }
        groups[current][n] = group;
        amounts[current][n] = connections;
        sizes[current] = n + 1;
    }

    @Override
    public void unserved(DemandUnit unit, double connections, Unserved.Reason reason) {
        unserved[current][reason.ordinal()] += connections;
    }

    /** Takes a unit's loads off {@code loads}. */
    void takeBack(int unit, double[] loads) {
        for (int i = 0; i < sizes[unit]; i++) {
            loads[groups[unit][i]] -= amounts[unit][i];
        }
    }

    /** The unit's unserved connections for the reason. */
    double unserved(int unit, Unserved.Reason reason) {
        return unserved[unit][reason.ordinal()];
    }
}

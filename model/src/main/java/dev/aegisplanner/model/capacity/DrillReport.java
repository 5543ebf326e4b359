package dev.aegisplanner.model.capacity;

import java.util.List;

/**
 * The N-1 drills of a plan: every row with its worst utilization and the failure behind it, and the failures
 * that hurt (leave more demand unserved than the plan, or put a row over 100 % that the plan keeps below), the
 * worst first.
 *
 * @param drills how many failures were drilled
 */
public record DrillReport(List<DrillRow> rows, List<DrillOutcome> failures, int drills) {

    public DrillReport {
        rows = List.copyOf(rows);
        failures = List.copyOf(failures);
    }

    /** Whether the plan survives every single failure: no drill that hurts. */
    public boolean holds() {
        return failures.isEmpty();
    }
}

package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.ElementRef;

/**
 * A row of the plan with the worst any single failure does to it.
 *
 * @param plan the row as planned
 * @param worstUtilization the highest utilization the row reaches over all drills (a drill that takes its own
 *     data center down leaves it at 0)
 * @param worstConnections and capacity: the row in that drill
 * @param worstFailure the failure behind it (the first in drill order among equals); {@code null} without drills
 */
public record DrillRow(CapacityRow plan, double worstUtilization, double worstConnections, double worstCapacity,
                       ElementRef worstFailure) {

    public RowStatus worstStatus() {
        return RowStatus.of(worstUtilization);
    }
}

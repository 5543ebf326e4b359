package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.model.capacity.CapacityRow;
import dev.aegisplanner.model.capacity.DrillRow;
import dev.aegisplanner.model.capacity.RowStatus;
import dev.aegisplanner.model.topology.ElementRef;

/**
 * One line of the capacity table: a row as the view shows it (the plan, or the plan with an element down), the
 * plan's row beside it in a what-if, and the row's worst single failure once N-1 has run.
 *
 * @param plan the plan's row in a what-if, else {@code null}
 * @param drill the row's N-1 result, else {@code null}
 */
public record CapacityItem(CapacityRow row, CapacityRow plan, DrillRow drill) {

    public RowStatus status() {
        return row.status();
    }

    public double utilization() {
        return row.utilization();
    }

    /** The worst utilization a single failure takes the row to, or NaN before N-1 has run. */
    public double worstUtilization() {
        return drill == null ? Double.NaN : drill.worstUtilization();
    }

    /** The failure behind the worst, or {@code null}. */
    public ElementRef worstFailure() {
        return drill == null ? null : drill.worstFailure();
    }

    /** The utilization in the plan, in a what-if; NaN otherwise. */
    public double planUtilization() {
        return plan == null ? Double.NaN : plan.utilization();
    }
}

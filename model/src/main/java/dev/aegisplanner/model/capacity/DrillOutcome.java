package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.ElementRef;
import java.util.List;

/**
 * One failure drill that hurts: it leaves more demand unserved than the plan does, or puts an address over its
 * capacity that the plan keeps at or below it.
 *
 * @param unserved the demand unserved with the element down (including what the plan already leaves unserved)
 * @param rowsOver rows above 100 % with the element down
 * @param worstRow the most utilized row with the element down
 */
public record DrillOutcome(ElementRef failure, List<Unserved> unserved, int rowsOver, CapacityRow worstRow) {

    public DrillOutcome {
        unserved = List.copyOf(unserved);
    }

    public double unservedConnections() {
        return unserved.stream().mapToDouble(Unserved::connections).sum();
    }
}

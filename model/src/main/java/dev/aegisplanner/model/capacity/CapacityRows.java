package dev.aegisplanner.model.capacity;

import java.util.Comparator;

/** Orders of capacity rows. */
final class CapacityRows {

    static final Comparator<CapacityRow> BY_PLACE = Comparator.comparing(CapacityRow::location)
            .thenComparing(CapacityRow::dataCenter).thenComparing(CapacityRow::address)
            .thenComparing(CapacityRow::origin);

    static final Comparator<CapacityRow> WORST_FIRST = Comparator
            .comparingDouble(CapacityRow::utilization).reversed()
            .thenComparing(Comparator.comparingDouble(CapacityRow::connections).reversed())
            .thenComparing(BY_PLACE);

    private CapacityRows() {
    }
}

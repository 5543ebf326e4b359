package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.app.map.MapHeat;
import dev.aegisplanner.app.render.UtilizationColors;
import dev.aegisplanner.model.capacity.CapacityReport;
import dev.aegisplanner.model.capacity.CapacityRow;
import dev.aegisplanner.model.capacity.LandedDemand;
import dev.aegisplanner.model.capacity.RowStatus;
import dev.aegisplanner.model.capacity.StrandedDemand;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Capacity on the map: a bubble per location sized by the demand that enters there, in the colour of its most
 * utilized address, or of unserved demand when some is stranded there; over and unserved are striped too.
 */
final class CapacityHeat {

    private CapacityHeat() {
    }

    /**
     * @param utilization the utilization a row shows (as planned, or its N-1 worst)
     */
    static MapHeat of(CapacityReport report, ToDoubleFunction<CapacityRow> utilization) {
        Map<String, Double> demand = new HashMap<>();
        for (LandedDemand landed : report.landed()) {
            demand.merge(landed.location(), landed.connections(), Double::sum);
        }
        Map<String, Double> worst = new HashMap<>();
        for (CapacityRow row : report.rows()) {
            worst.merge(row.location(), utilization.applyAsDouble(row), Math::max);
        }
        Set<String> stranded = new HashSet<>();
        for (StrandedDemand s : report.stranded()) {
            stranded.add(s.location());
            demand.merge(s.location(), 0.0, Double::sum);
        }
        Set<String> places = new HashSet<>(demand.keySet());
        places.addAll(worst.keySet());
        Map<String, MapHeat.Mark> marks = new HashMap<>();
        double largest = 0;
        for (String location : places) {
            double amount = demand.getOrDefault(location, 0.0);
            largest = Math.max(largest, amount);
            if (stranded.contains(location)) {
                marks.put(location, new MapHeat.Mark(amount, UtilizationColors.UNSERVED, true, List.of()));
            } else {
                RowStatus status = RowStatus.of(worst.getOrDefault(location, 0.0));
                marks.put(location, new MapHeat.Mark(amount, UtilizationColors.of(status), status == RowStatus.OVER,
                        List.of()));
            }
        }
        return new MapHeat(marks, largest);
    }
}

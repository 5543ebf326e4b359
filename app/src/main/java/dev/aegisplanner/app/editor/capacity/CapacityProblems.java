package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.app.editor.problems.ProblemRow;
import dev.aegisplanner.model.capacity.CapacityReport;
import dev.aegisplanner.model.capacity.CapacityRow;
import dev.aegisplanner.model.capacity.RowStatus;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.validation.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Capacity's planning warnings for the Problems panel: demand with nowhere to egress (one per zone, origin and
 * family, pointing at the first place it enters), and data centers with addresses over their capacity (one per
 * data center, naming its worst row). A click shows the place.
 */
public final class CapacityProblems {

    public static final String UNSERVED = "capacity-unserved";
    public static final String OVER = "capacity-over";

    private CapacityProblems() {
    }

    /** The warnings of a state; none while the analysis is blocked or under way. */
    public static List<ProblemRow> of(CapacityState state) {
        if (state == null || !state.ready()) {
            return List.of();
        }
        CapacityReport report = state.analysis().report();
        List<ProblemRow> rows = new ArrayList<>();
        for (UnservedCallout callout : UnservedCallout.of(report.unserved(), report.stranded())) {
            ElementRef place = callout.place();
            rows.add(new ProblemRow(Problem.warning(UNSERVED, "", callout.text()), place,
                    place == null ? "demand" : place.toString(), ""));
        }
        Map<String, List<CapacityRow>> over = new LinkedHashMap<>();
        report.worstFirst().stream().filter(r -> r.status() == RowStatus.OVER)
                .forEach(r -> over.computeIfAbsent(r.dataCenter(), k -> new ArrayList<>()).add(r));
        over.forEach((dataCenter, overRows) -> {
            CapacityRow worst = overRows.stream().max(Comparator.comparingDouble(CapacityRow::utilization)).orElseThrow();
            String message = (overRows.size() == 1 ? "Address " + worst.address() + " is"
                    : Figures.count(overRows.size(), "address", "addresses") + " are") + " over capacity in "
                    + dataCenter + ": " + worst.address() + " for " + worst.origin() + " carries "
                    + Figures.connections(worst.connections()) + " of " + Figures.connections(worst.capacity())
                    + " connections (" + Figures.percent(worst.utilization()) + ")";
            ElementRef place = ElementRef.dataCenter(dataCenter);
            rows.add(new ProblemRow(Problem.warning(OVER, "", message), place, place.toString(), ""));
        });
        return rows;
    }
}

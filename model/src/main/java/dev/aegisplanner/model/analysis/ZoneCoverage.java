package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.topology.Family;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The coverage of one zone for one family: a row for every server a request can enter on, in file order,
 * and the same rows summed up per location and per data center.
 */
public record ZoneCoverage(String zone, Family family, List<CoverageRow> rows) {

    public ZoneCoverage {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(family, "family");
        rows = List.copyOf(rows);
    }

    /** All the zone's requests of this family, counted per tier. */
    public TierCounts tiers() {
        return TierCounts.of(rows);
    }

    /** One summary per location with an ingress server, in file order. */
    public List<CoverageSummary> byLocation() {
        return summaries(row -> row.ingress().location(), false);
    }

    /** One summary per data center with an ingress server, in file order. */
    public List<CoverageSummary> byDataCenter() {
        return summaries(row -> row.ingress().dataCenter(), true);
    }

    private List<CoverageSummary> summaries(Function<CoverageRow, String> groupOf, boolean dataCenters) {
        Map<String, List<CoverageRow>> groups = new LinkedHashMap<>();
        String current = null;
        List<CoverageRow> group = null;
        for (CoverageRow row : rows) {
            // Rows come in file order, so a data center's (and a location's) rows follow each other: the map
            // is consulted once per group, not once per row.
            String id = groupOf.apply(row);
            if (!id.equals(current)) {
                current = id;
                group = groups.computeIfAbsent(id, k -> new ArrayList<>());
            }
            group.add(row);
        }
        List<CoverageSummary> summaries = new ArrayList<>(groups.size());
        groups.forEach((id, members) -> summaries.add(CoverageSummary.of(members.get(0).ingress().location(),
                dataCenters ? id : null, members)));
        return summaries;
    }
}

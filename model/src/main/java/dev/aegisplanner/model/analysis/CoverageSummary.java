package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.engine.Tier;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The requests entering one location or one data center, counted: per tier, and per location they egress
 * from. Requests with nowhere to egress ({@link Tier#NO_EGRESS}) count in the tiers only.
 *
 * @param dataCenter {@code null} for the summary of a whole location
 * @param egressLocations per egress location id, how many of the requests leave there; sorted by id
 */
public record CoverageSummary(String location, String dataCenter, TierCounts tiers,
                              Map<String, Integer> egressLocations) {

    static CoverageSummary of(String location, String dataCenter, List<CoverageRow> rows) {
        Map<String, Integer> egress = new HashMap<>();
        for (CoverageRow row : rows) {
            if (row.egress() != null) {
                egress.merge(row.egressLocation(), 1, Integer::sum);
            }
        }
        return new CoverageSummary(location, dataCenter, TierCounts.of(rows),
                Collections.unmodifiableMap(new TreeMap<>(egress)));
    }

    /** The data center's id, or the location's for a location summary. */
    public String id() {
        return dataCenter != null ? dataCenter : location;
    }

    /** How many servers requests can enter on here: one request per server. */
    public int servers() {
        return tiers.total();
    }
}

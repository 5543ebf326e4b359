package dev.aegisplanner.model.analysis;

import dev.aegisplanner.model.analysis.CoverageChange.Kind;
import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a change to the topology (typically a failure: {@link Failures#takeDown}) does to one zone's coverage
 * for one family: every request whose tier or egress location changed, and every request that lost (or
 * gained) its ingress server. Requests that reach the same tier in the same location are left out, even
 * when another server or address of that location now takes them: the planner's question is where traffic
 * leaves, not which machine.
 *
 * @param changes in file order of the ingress servers: the servers of before first, then any that were down
 *     before and are up after
 */
public record CoverageDiff(String zone, Family family, List<CoverageChange> changes) {

    public CoverageDiff {
        changes = List.copyOf(changes);
    }

    /**
     * Compares two coverages of the same zone and family, matching rows by ingress server.
     *
     * @throws IllegalArgumentException when they are of different zones or families
     */
    public static CoverageDiff between(ZoneCoverage before, ZoneCoverage after) {
        if (!before.zone().equals(after.zone()) || before.family() != after.family()) {
            throw new IllegalArgumentException("cannot compare the coverage of " + before.zone() + " "
                    + before.family().json() + " with that of " + after.zone() + " " + after.family().json());
        }
        Map<String, CoverageRow> remaining = new HashMap<>(after.rows().size() * 2);
        after.rows().forEach(row -> remaining.put(row.ingressServer(), row));
        List<CoverageChange> changes = new ArrayList<>();
        for (CoverageRow old : before.rows()) {
            CoverageRow now = remaining.remove(old.ingressServer());
            if (now == null || CoverageChange.differ(old, now)) {
                changes.add(new CoverageChange(old, now));
            }
        }
        for (CoverageRow now : after.rows()) {
            if (remaining.containsKey(now.ingressServer())) {
                changes.add(new CoverageChange(null, now));
            }
        }
        return new CoverageDiff(before.zone(), before.family(), changes);
    }

    /**
     * The coverage of every zone, for each family, compared with the same topology with the elements
     * {@code down} names taken down.
     *
     * @throws IllegalArgumentException when an id in {@code down} names no location, data center or server
     */
    public static List<CoverageDiff> takingDown(Topology topology, Set<String> down, Collection<Family> families) {
        Coverage after = Coverage.of(Failures.takeDown(topology, down));
        Coverage before = Coverage.of(topology);
        List<CoverageDiff> diffs = new ArrayList<>();
        for (String zone : before.zones()) {
            for (Family family : families) {
                diffs.add(between(before.zone(zone, family), after.zone(zone, family)));
            }
        }
        return diffs;
    }

    public int count(Kind kind) {
        return (int) changes.stream().filter(change -> change.kind() == kind).count();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}

package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.analysis.CoverageDiff;
import dev.aegisplanner.model.analysis.CoverageSummary;
import dev.aegisplanner.model.analysis.TierCounts;
import dev.aegisplanner.model.analysis.ZoneCoverage;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import dev.aegisplanner.model.validation.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The human form of coverage: per zone and family, one line per location and, under it, one per data
 * center, each with its servers counted per tier and the locations they egress from:
 * <pre>
 *   FRA-1   4 servers  SAME_SERVER 2  SAME_DATA_CENTER 2  -> FRA
 * </pre>
 * Requests with nowhere to egress are a planning error and get a line of their own. With {@code --down},
 * a last section lists every request that changed ({@link CoverageChanges}).
 */
final class CoverageReport implements CoverageOutput {

    /** Enough data centers to find the problem; a huge topology does not get a line of a thousand ids. */
    private static final int NO_EGRESS_PLACES_SHOWN = 5;

    private final PrintWriter out;
    private final Topology topology;
    private final CoverageChanges changes;

    /** @param title what the first line calls the topology: its name, or its file when it has none */
    CoverageReport(PrintWriter out, Topology topology, String title, List<Family> families, Set<String> down) {
        this.out = out;
        this.topology = topology;
        this.changes = down.isEmpty() ? null : new CoverageChanges(down);
        out.println(Printable.text("Coverage of " + title + " (" + Plural.size(topology) + "), "
                + families.stream().map(Family::json).collect(Collectors.joining(" and "))
                + (down.isEmpty() ? "" : ", with " + String.join(", ", down) + " down")));
    }

    @Override
    public void zone(ZoneCoverage coverage, CoverageDiff diff) {
        List<CoverageSummary> locations = coverage.byLocation();
        List<CoverageSummary> dataCenters = coverage.byDataCenter();
        Map<String, List<CoverageSummary>> dataCentersByLocation = new LinkedHashMap<>();
        dataCenters.forEach(dc -> dataCentersByLocation.computeIfAbsent(dc.location(), k -> new ArrayList<>()).add(dc));
        TierCounts all = coverage.tiers();
        int idWidth = Math.max(widest(locations, 0), widest(dataCenters, 2));
        int countWidth = servers(all.total()).length();
        out.println();
        out.println(Printable.text(coverage.zone() + " " + poolOf(coverage.zone()) + ", " + coverage.family().json()
                + ": " + servers(all.total()) + tiers(all)));
        for (CoverageSummary location : locations) {
            out.println(Printable.text("  " + line(location, idWidth, countWidth)));
            for (CoverageSummary dataCenter : dataCentersByLocation.get(location.location())) {
                out.println(Printable.text("    " + line(dataCenter, idWidth - 2, countWidth)));
            }
        }
        noEgress(all, dataCenters);
        if (diff != null) {
            changes.add(coverage, diff);
        }
        out.flush();
    }

    /** The width of the id column, for ids indented by {@code indent} more than a location's. */
    private static int widest(List<CoverageSummary> summaries, int indent) {
        return summaries.stream().mapToInt(summary -> summary.id().length() + indent).max().orElse(0);
    }

    @Override
    public void finish() {
        if (changes != null) {
            out.println();
            changes.print(out);
        }
        out.flush();
    }

    /** "(pool acme)", "(pool acme, regions EU)", "(no dedicated pool)". */
    private String poolOf(String zoneId) {
        Zone zone = topology.zone(zoneId).orElseThrow();
        if (!zone.hasPool()) {
            return "(no dedicated pool)";
        }
        String regions = zone.regions().isEmpty() ? "" : ", regions " + String.join(", ", zone.regions());
        return "(pool " + zone.pool() + regions + ")";
    }

    private static String line(CoverageSummary summary, int idWidth, int countWidth) {
        String egress = summary.egressLocations().isEmpty() ? "" : "  -> " + egressLocations(summary);
        return pad(summary.id(), idWidth) + "  " + pad(servers(summary.servers()), countWidth)
                + tiers(summary.tiers()) + egress;
    }

    /** "FRA" when all leave from one location, "AMS 3, FRA 1" when they spread. */
    private static String egressLocations(CoverageSummary summary) {
        Map<String, Integer> locations = summary.egressLocations();
        if (locations.size() == 1) {
            return locations.keySet().iterator().next();
        }
        return locations.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** "NO_EGRESS  2 of 9 servers have nowhere to egress (a planning error): SIN-1 (2)". */
    private void noEgress(TierCounts all, List<CoverageSummary> dataCenters) {
        int stranded = all.count(Tier.NO_EGRESS);
        if (stranded == 0) {
            return;
        }
        List<String> places = dataCenters.stream()
                .filter(dc -> dc.tiers().count(Tier.NO_EGRESS) > 0)
                .map(dc -> dc.id() + " (" + dc.tiers().count(Tier.NO_EGRESS) + ")")
                .toList();
        String shown = String.join(", ", places.subList(0, Math.min(places.size(), NO_EGRESS_PLACES_SHOWN)));
        int hidden = places.size() - NO_EGRESS_PLACES_SHOWN;
        out.println(Printable.text("  NO_EGRESS  " + stranded + " of " + servers(all.total())
                + (stranded == 1 ? " has" : " have") + " nowhere to egress (a planning error): " + shown
                + (hidden > 0 ? " and " + Plural.of(hidden, "more data center") : "")));
    }

    /** "  SAME_SERVER 2  SAME_DATA_CENTER 2", in cascade order; nothing when no request was counted. */
    private static String tiers(TierCounts counts) {
        return counts.reached().entrySet().stream().map(e -> "  " + e.getKey() + " " + e.getValue())
                .collect(Collectors.joining());
    }

    private static String servers(int count) {
        return Plural.of(count, "server");
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}

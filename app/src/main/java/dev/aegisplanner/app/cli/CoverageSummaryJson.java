package dev.aegisplanner.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aegisplanner.model.analysis.CoverageChange;
import dev.aegisplanner.model.analysis.CoverageDiff;
import dev.aegisplanner.model.analysis.CoverageSummary;
import dev.aegisplanner.model.analysis.TierCounts;
import dev.aegisplanner.model.analysis.ZoneCoverage;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code coverage --json --summary}: the coverage grouped by data center, the compact form for large
 * topologies (a few megabytes where the row-per-server form writes gigabytes):
 * <pre>{@code
 * {"topology": "Two metros", "families": ["ipv4"], "down": ["FRA-1"],            (down: only with --down)
 *  "zones": [{"zone", "family", "servers", "tiers": {"SAME_SERVER": 2, ...},
 *             "dataCenters": [{"location", "dataCenter", "servers", "tiers": {...},
 *                              "egressLocations": {"FRA": 12, ...}}, ...],
 *             "changes": {"rerouted": 3, "ingress down": 1, "ingress up": 0}}, ...]}  (only with --down)
 * }</pre>
 * Requests with nowhere to egress ({@code NO_EGRESS}) count in the tiers and in no egress location.
 */
final class CoverageSummaryJson implements CoverageOutput {

    private final JsonGenerator json;

    CoverageSummaryJson(PrintWriter out, Topology topology, List<Family> families, Set<String> down) {
        json = CoverageJson.opened(out, topology, families, down);
        try {
            json.writeArrayFieldStart("zones");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void zone(ZoneCoverage coverage, CoverageDiff diff) {
        try {
            json.writeStartObject();
            json.writeStringField("zone", coverage.zone());
            json.writeStringField("family", coverage.family().json());
            json.writeNumberField("servers", coverage.rows().size());
            tiers(coverage.tiers());
            json.writeArrayFieldStart("dataCenters");
            for (CoverageSummary dc : coverage.byDataCenter()) {
                json.writeStartObject();
                json.writeStringField("location", dc.location());
                json.writeStringField("dataCenter", dc.dataCenter());
                json.writeNumberField("servers", dc.servers());
                tiers(dc.tiers());
                json.writeObjectFieldStart("egressLocations");
                for (Map.Entry<String, Integer> egress : dc.egressLocations().entrySet()) {
                    json.writeNumberField(egress.getKey(), egress.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            if (diff != null) {
                json.writeObjectFieldStart("changes");
                for (CoverageChange.Kind kind : CoverageChange.Kind.values()) {
                    json.writeNumberField(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), diff.count(kind));
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tiers(TierCounts counts) throws IOException {
        json.writeObjectFieldStart("tiers");
        for (var tier : counts.reached().entrySet()) {
            json.writeNumberField(tier.getKey().name(), tier.getValue());
        }
        json.writeEndObject();
    }

    @Override
    public void finish() {
        try {
            CoverageJson.closed(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

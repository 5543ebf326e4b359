package dev.aegisplanner.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegisplanner.model.analysis.CoverageChange;
import dev.aegisplanner.model.analysis.CoverageDiff;
import dev.aegisplanner.model.analysis.CoverageRow;
import dev.aegisplanner.model.analysis.ZoneCoverage;
import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Coverage as one JSON object, streamed row by row so its size is bounded by the output, not by memory:
 * <pre>{@code
 * {"topology": "Two metros", "families": ["ipv4"], "down": ["FRA-1"],          (down: only with --down)
 *  "rows": [{"zone", "family", "ingress": {"server", "dataCenter", "location"},
 *            "tier", "egress": {"server", "dataCenter", "location", "ip"}}, ...],
 *  "changes": [{"zone", "family", "ingress": {...}, "change": "rerouted" | "ingress down",
 *               "before": {"tier", "egress"}, "after": {"tier", "egress"} | null}, ...],   (only with --down)
 *  "zones": [{"zone", "family", "servers", "tiers": {"SAME_SERVER": 2, ...}}, ...]}
 * }</pre>
 * As in {@code trace --json}, the {@code egress} fields are null for {@code NO_EGRESS}. With {@code --down},
 * {@code rows} are those of the topology with the elements down.
 */
final class CoverageJson implements CoverageOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonGenerator json;
    private final boolean withChanges;
    private final List<CoverageChange> changes = new ArrayList<>();
    private final List<ZoneCoverageCounts> zones = new ArrayList<>();

    /** What the closing {@code zones} list needs of a zone, so its rows can be let go as soon as they are written. */
    private record ZoneCoverageCounts(String zone, Family family, int servers, Map<Tier, Integer> tiers) {
    }

    CoverageJson(PrintWriter out, Topology topology, List<Family> families, Set<String> down) {
        this.withChanges = !down.isEmpty();
        json = opened(out, topology, families, down);
        try {
            json.writeArrayFieldStart("rows");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A pretty-printing generator on {@code out} with the object of any coverage JSON begun: {@code topology},
     * {@code families}, and {@code down} when elements are taken down.
     */
    static JsonGenerator opened(PrintWriter out, Topology topology, List<Family> families, Set<String> down) {
        try {
            JsonGenerator json = MAPPER.getFactory().createGenerator(out)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("topology", topology.name());
            json.writeArrayFieldStart("families");
            for (Family family : families) {
                json.writeString(family.json());
            }
            json.writeEndArray();
            if (!down.isEmpty()) {
                json.writeArrayFieldStart("down");
                for (String id : down) {
                    json.writeString(id);
                }
                json.writeEndArray();
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void zone(ZoneCoverage coverage, CoverageDiff diff) {
        try {
            for (CoverageRow row : coverage.rows()) {
                json.writeStartObject();
                request(row);
                outcome(row);
                json.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        zones.add(new ZoneCoverageCounts(coverage.zone(), coverage.family(), coverage.rows().size(),
                coverage.tiers().reached()));
        if (diff != null) {
            changes.addAll(diff.changes());
        }
    }

    @Override
    public void finish() {
        try {
            json.writeEndArray();
            if (withChanges) {
                json.writeArrayFieldStart("changes");
                for (CoverageChange change : changes) {
                    change(change);
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("zones");
            for (ZoneCoverageCounts zone : zones) {
                json.writeStartObject();
                json.writeStringField("zone", zone.zone());
                json.writeStringField("family", zone.family().json());
                json.writeNumberField("servers", zone.servers());
                json.writeObjectFieldStart("tiers");
                for (var tier : zone.tiers().entrySet()) {
                    json.writeNumberField(tier.getKey().name(), tier.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            closed(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the last list and the object {@link #opened} began, with a line break, and flushes. */
    static void closed(JsonGenerator json) throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw(System.lineSeparator());
        json.flush();
    }

    private void change(CoverageChange change) throws IOException {
        json.writeStartObject();
        request(change.before() != null ? change.before() : change.after());
        json.writeStringField("change", change.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        side("before", change.before());
        side("after", change.after());
        json.writeEndObject();
    }

    private void side(String name, CoverageRow row) throws IOException {
        if (row == null) {
            json.writeNullField(name);
            return;
        }
        json.writeObjectFieldStart(name);
        outcome(row);
        json.writeEndObject();
    }

    private void request(CoverageRow row) throws IOException {
        json.writeStringField("zone", row.zone());
        json.writeStringField("family", row.family().json());
        json.writeObjectFieldStart("ingress");
        json.writeStringField("server", row.ingress().server());
        json.writeStringField("dataCenter", row.ingress().dataCenter());
        json.writeStringField("location", row.ingress().location());
        json.writeEndObject();
    }

    private void outcome(CoverageRow row) throws IOException {
        Endpoint egress = row.egress() != null ? row.egress() : new Endpoint(null, null, null, null);
        json.writeStringField("tier", row.tier().name());
        json.writeObjectFieldStart("egress");
        json.writeStringField("server", egress.server());
        json.writeStringField("dataCenter", egress.dataCenter());
        json.writeStringField("location", egress.location());
        json.writeStringField("ip", egress.ip());
        json.writeEndObject();
    }
}

package dev.aegisplanner.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegisplanner.model.capacity.CapacityReport;
import dev.aegisplanner.model.capacity.CapacityRow;
import dev.aegisplanner.model.capacity.DrillOutcome;
import dev.aegisplanner.model.capacity.DrillRow;
import dev.aegisplanner.model.capacity.Failover;
import dev.aegisplanner.model.capacity.Forward;
import dev.aegisplanner.model.capacity.ObservedComparison;
import dev.aegisplanner.model.capacity.Unlimited;
import dev.aegisplanner.model.capacity.Unserved;
import dev.aegisplanner.model.topology.ElementRef;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code aegis capacity --json}: section 7's shape, streamed row by row, with more beside it:
 * <pre>{@code
 * {"topology", "holds",
 *  "demand": {"total", "dedicated", "ipv6", "shared", "unserved"},
 *  "rows": [{"location", "dataCenter", "address", "pool", "origin", "connections", "capacity", "utilization",
 *            "headroom", "status", "worst": {"utilization", "connections", "capacity", "status",
 *                                            "failure": {"kind", "id"}}}],          (worst: with --n-1)
 *  "unserved": [{"zone", "origin", "family", "connections", "reason"}],
 *  "forwarded": {"connections", "share", "meanExtraLatencyMs",
 *                "flows": [{"zone", "origin", "family", "from", "to", "connections", "extraLatencyMs"}]},
 *  "failovers": [{"zone", "origin", "family", "from", "to", "connections"}],
 *  "unlimited": [{"zone", "origin", "family", "tier", "connections"}],
 *  "drills": N, "failures": [{"kind", "id", "unserved", "unservedBy": [...], "rowsOver", "worstRow": {...}}],
 *  "observed": [{"location", "address", "origin", "planned", "observedAvg", "observedMax", "difference"}]}
 * }</pre>
 * Utilization and shares are fractions (0.5 is 50 %); a utilization is {@code null} where load meets no capacity
 * at all (shares of 0). Rows come in the order of the table, worst first. {@code failures} lists only the
 * failures that hurt (empty without {@code --n-1}, when {@code drills} is 0); {@code observed} is there with
 * {@code --observed}.
 */
final class CapacityJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrintWriter out;

    CapacityJson(PrintWriter out) {
        this.out = out;
    }

    void print(CapacityView view) {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter()) {
            CapacityReport report = view.report();
            json.writeStartObject();
            json.writeStringField("topology", view.topology().name());
            json.writeBooleanField("holds", view.holds());
            json.writeObjectFieldStart("demand");
            json.writeNumberField("total", report.totalConnections());
            json.writeNumberField("dedicated", view.dedicated());
            json.writeNumberField("ipv6", view.ipv6());
            json.writeNumberField("shared", view.shared());
            json.writeNumberField("unserved", report.unservedConnections());
            json.writeEndObject();
            json.writeArrayFieldStart("rows");
            for (CapacityView.Line line : view.lines()) {
                row(json, line.row(), line.drill());
            }
            json.writeEndArray();
            unserved(json, "unserved", report.unserved());
            forwarded(json, report);
            json.writeArrayFieldStart("failovers");
            for (Failover f : report.failovers()) {
                json.writeStartObject();
                request(json, f.zone(), f.origin(), f.family().json());
                json.writeStringField("from", f.from());
                json.writeStringField("to", f.to());
                json.writeNumberField("connections", f.connections());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unlimited");
            for (Unlimited u : report.unlimited()) {
                json.writeStartObject();
                request(json, u.zone(), u.origin(), u.family().json());
                json.writeStringField("tier", u.tier().name());
                json.writeNumberField("connections", u.connections());
                json.writeEndObject();
            }
            json.writeEndArray();
            failures(json, view);
            observed(json, view);
            json.writeEndObject();
            json.flush();
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(JsonGenerator json, CapacityRow row, DrillRow drill) throws IOException {
        json.writeStartObject();
        json.writeStringField("location", row.location());
        json.writeStringField("dataCenter", row.dataCenter());
        json.writeStringField("address", row.address());
        json.writeStringField("pool", row.pool());
        json.writeStringField("origin", row.origin());
        json.writeNumberField("connections", row.connections());
        json.writeNumberField("capacity", row.capacity());
        utilization(json, "utilization", row.utilization());
        json.writeNumberField("headroom", row.headroom());
        json.writeStringField("status", row.status().json());
        if (drill != null) {
            json.writeObjectFieldStart("worst");
            utilization(json, "utilization", drill.worstUtilization());
            json.writeNumberField("connections", drill.worstConnections());
            json.writeNumberField("capacity", drill.worstCapacity());
            json.writeStringField("status", drill.worstStatus().json());
            failure(json, "failure", drill.worstFailure());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void forwarded(JsonGenerator json, CapacityReport report) throws IOException {
        json.writeObjectFieldStart("forwarded");
        json.writeNumberField("connections", report.forwardedConnections());
        json.writeNumberField("share", report.forwardedShare());
        json.writeNumberField("meanExtraLatencyMs", report.meanExtraLatencyMs());
        json.writeArrayFieldStart("flows");
        for (Forward f : report.forwards()) {
            json.writeStartObject();
            request(json, f.zone(), f.origin(), f.family().json());
            json.writeStringField("from", f.from());
            json.writeStringField("to", f.to());
            json.writeNumberField("connections", f.connections());
            json.writeNumberField("extraLatencyMs", f.extraLatencyMs());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void failures(JsonGenerator json, CapacityView view) throws IOException {
        json.writeNumberField("drills", view.drills() == null ? 0 : view.drills().drills());
        json.writeArrayFieldStart("failures");
        if (view.drills() != null) {
            for (DrillOutcome outcome : view.drills().failures()) {
                json.writeStartObject();
                json.writeStringField("kind", CapacityView.kind(outcome.failure()));
                json.writeStringField("id", outcome.failure().id());
                json.writeNumberField("unserved", outcome.unservedConnections());
                unserved(json, "unservedBy", outcome.unserved());
                json.writeNumberField("rowsOver", outcome.rowsOver());
                if (outcome.worstRow() == null) {
                    json.writeNullField("worstRow");
                } else {
                    json.writeFieldName("worstRow");
                    row(json, outcome.worstRow(), null);
                }
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private static void observed(JsonGenerator json, CapacityView view) throws IOException {
        if (view.observed() == null) {
            return;
        }
        json.writeArrayFieldStart("observed");
        for (ObservedComparison.Row row : view.observed()) {
            json.writeStartObject();
            json.writeStringField("location", row.location());
            json.writeStringField("address", row.address());
            json.writeStringField("origin", row.origin());
            nullable(json, "planned", row.planned());
            nullable(json, "observedAvg", row.observedAvg());
            nullable(json, "observedMax", row.observedMax());
            nullable(json, "difference", row.difference());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void unserved(JsonGenerator json, String name, List<Unserved> unserved) throws IOException {
        json.writeArrayFieldStart(name);
        for (Unserved u : unserved) {
            json.writeStartObject();
            request(json, u.zone(), u.origin(), u.family().json());
            json.writeNumberField("connections", u.connections());
            json.writeStringField("reason", u.reason().name());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void request(JsonGenerator json, String zone, String origin, String family) throws IOException {
        json.writeStringField("zone", zone);
        json.writeStringField("origin", origin);
        json.writeStringField("family", family);
    }

    private static void failure(JsonGenerator json, String name, ElementRef failure) throws IOException {
        if (failure == null) {
            json.writeNullField(name);
            return;
        }
        json.writeObjectFieldStart(name);
        json.writeStringField("kind", CapacityView.kind(failure));
        json.writeStringField("id", failure.id());
        json.writeEndObject();
    }

    private static void utilization(JsonGenerator json, String name, double value) throws IOException {
        nullable(json, name, value);
    }

    /** A number, or null for none and for infinity, which JSON cannot hold. */
    private static void nullable(JsonGenerator json, String name, Double value) throws IOException {
        if (value == null || !Double.isFinite(value)) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}

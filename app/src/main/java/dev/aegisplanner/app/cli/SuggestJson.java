package dev.aegisplanner.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegisplanner.model.advisor.AddressPlacement;
import dev.aegisplanner.model.advisor.Move;
import dev.aegisplanner.model.advisor.PlanFigures;
import dev.aegisplanner.model.advisor.Suggestion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code suggest --json}: the fields of PRODUCT.md section 8 ({@code objective}, {@code objectiveBefore},
 * {@code optimal}, {@code gap}, {@code addresses} with {@code locations} and {@code dataCenters} shares), then the
 * figures before and after and what moves. Objectives are connection-milliseconds; fractions are 0 to 1.
 */
final class SuggestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrintWriter out;

    SuggestJson(PrintWriter out) {
        this.out = out;
    }

    void print(Suggestion s) {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("pool", s.pool());
            json.writeNumberField("objective", s.after().objective());
            json.writeNumberField("objectiveBefore", s.before().objective());
            json.writeBooleanField("optimal", s.optimal());
            json.writeNumberField("gap", s.gap());
            json.writeArrayFieldStart("addresses");
            for (AddressPlacement address : s.placement().addresses()) {
                json.writeStartObject();
                json.writeStringField("address", address.address());
                strings(json, "locations", address.locations());
                json.writeObjectFieldStart("dataCenters");
                for (Map.Entry<String, Double> share : address.shares().entrySet()) {
                    json.writeNumberField(share.getKey(), share.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            figures(json, "before", s.before(), s.worstUnderFailureBefore());
            figures(json, "after", s.after(), s.worstUnderFailureAfter());
            json.writeArrayFieldStart("moves");
            for (Move move : s.moves()) {
                json.writeStartObject();
                json.writeStringField("address", move.address());
                strings(json, "before", move.before());
                strings(json, "after", move.after());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("seconds", s.seconds());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void figures(JsonGenerator json, String name, PlanFigures f, double worstUnderFailure)
            throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("objective", f.objective());
        json.writeNumberField("meanLatencyMs", f.meanLatencyMs());
        json.writeNumberField("forwardedShare", f.forwardedShare());
        number(json, "worstUtilization", f.worstUtilization());
        if (!Double.isNaN(worstUnderFailure)) {
            number(json, "worstUtilizationUnderFailure", worstUnderFailure);
        }
        json.writeNumberField("unserved", f.unserved());
        json.writeNumberField("locations", f.locations());
        json.writeNumberField("dataCenters", f.dataCenters());
        json.writeEndObject();
    }

    /** Load on addresses without capacity has no finite utilization: {@code null}, as JSON has no infinity. */
    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}

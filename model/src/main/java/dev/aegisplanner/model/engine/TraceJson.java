package dev.aegisplanner.model.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * A trace as JSON, the {@code trace --json} shape of PRODUCT.md section 5:
 * <pre>{@code
 * {"request": {"zone", "origin", "ingressServer", "family"},      (only when the request is given)
 *  "tier": "SAME_DATA_CENTER", "family": "ipv4",
 *  "ingress": {"server", "dataCenter", "location"},
 *  "egress": {"server", "dataCenter", "location", "ip"},           (all null for NO_EGRESS)
 *  "hops": [{"kind", "element", "label", "distanceKm", "latencyMs"}, ...],
 *  "checks": [{"name", "passed", "reason"}, ...],
 *  "route": {"locations": [...], "links": [{"from", "to", "latencyMs"}, ...], "latencyMs"}}
 *                                                                  (null unless the backbone decided a forward)
 * }</pre>
 * Field order is fixed, so output diffs cleanly. The request's {@code family} is echoed as asked
 * ({@code null} when the origin's default applied); the top-level {@code family} is the one traced.
 */
public final class TraceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TraceJson() {
    }

    public static ObjectNode toTree(TraceResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tier", result.tier().name());
        root.put("family", result.family().json());
        ObjectNode ingress = root.putObject("ingress");
        ingress.put("server", result.ingress().server());
        ingress.put("dataCenter", result.ingress().dataCenter());
        ingress.put("location", result.ingress().location());
        Endpoint out = result.egress() != null ? result.egress() : new Endpoint(null, null, null, null);
        ObjectNode egress = root.putObject("egress");
        egress.put("server", out.server());
        egress.put("dataCenter", out.dataCenter());
        egress.put("location", out.location());
        egress.put("ip", out.ip());
        ArrayNode hops = root.putArray("hops");
        for (Hop hop : result.hops()) {
            hops.addObject()
                    .put("kind", hop.kind().name())
                    .put("element", hop.elementId())
                    .put("label", hop.label())
                    .put("distanceKm", hop.distanceKm())
                    .put("latencyMs", hop.latencyMs());
        }
        ArrayNode checks = root.putArray("checks");
        for (Check check : result.checks()) {
            checks.addObject().put("name", check.name()).put("passed", check.passed()).put("reason", check.reason());
        }
        if (result.route() == null) {
            root.putNull("route");
        } else {
            ObjectNode route = root.putObject("route");
            ArrayNode locations = route.putArray("locations");
            result.route().locations().forEach(locations::add);
            ArrayNode links = route.putArray("links");
            result.route().links().forEach(l -> links.addObject().put("from", l.from()).put("to", l.to())
                    .put("latencyMs", l.latencyMs()));
            route.put("latencyMs", result.route().latencyMs());
        }
        return root;
    }

    /** The result with the request that produced it echoed first. */
    public static ObjectNode toTree(Request request, TraceResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode echo = root.putObject("request");
        echo.put("zone", request.zone());
        echo.put("origin", request.origin());
        echo.put("ingressServer", request.ingressServer());
        echo.put("family", request.family() == null ? null : request.family().json());
        root.setAll(toTree(result));
        return root;
    }

    /** Pretty-printed JSON of {@link #toTree(TraceResult)}. */
    public static String toJson(TraceResult result) {
        return write(toTree(result));
    }

    /** Pretty-printed JSON of {@link #toTree(Request, TraceResult)}. */
    public static String toJson(Request request, TraceResult result) {
        return write(toTree(request, result));
    }

    private static String write(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            // A tree of strings, numbers and booleans always serializes; this would be a Jackson bug.
            throw new UncheckedIOException(e);
        }
    }
}

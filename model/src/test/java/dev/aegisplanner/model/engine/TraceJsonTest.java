package dev.aegisplanner.model.engine;

import static dev.aegisplanner.model.engine.TopologyBuilder.topology;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/** The {@code trace --json} shape of PRODUCT.md section 5. */
class TraceJsonTest {

    private static final Topology WORLD = topology()
            .location("FRA", "EU", 50.11, 8.68)
                .dataCenter("FRA-1")
                    .server("fra1-s1", "192.0.2.10")
                    .server("fra1-s2")
            .pool("acme", "192.0.2.10")
            .pool("empty")
            .zone("shop.example.com", "acme")
            .zone("void.example.com", "empty")
            .origin("acme-origin", "203.0.113.150", null)
            .build();

    private static final Request FORWARDED = new Request("shop.example.com", "acme-origin", "fra1-s2", null);

    private static TraceResult trace(Request request) {
        return new ForwardingEngine(WORLD).trace(request);
    }

    @Test
    void theResultObjectHasTheSpecsFieldsInAStableOrder() {
        JsonNode json = TraceJson.toTree(trace(FORWARDED));

        assertThat(json.fieldNames()).toIterable()
                .containsExactly("tier", "family", "ingress", "egress", "hops", "checks", "route");
        assertThat(json.get("route").isNull()).as("no backbone forward").isTrue();
        assertThat(json.get("tier").asText()).isEqualTo("SAME_DATA_CENTER");
        assertThat(json.get("family").asText()).isEqualTo("ipv4");
        assertThat(json.get("ingress").toString())
                .isEqualTo("{\"server\":\"fra1-s2\",\"dataCenter\":\"FRA-1\",\"location\":\"FRA\"}");
        assertThat(json.get("egress").toString()).isEqualTo(
                "{\"server\":\"fra1-s1\",\"dataCenter\":\"FRA-1\",\"location\":\"FRA\",\"ip\":\"192.0.2.10\"}");
    }

    @Test
    void hopsAndChecksCarryEveryField() {
        JsonNode json = TraceJson.toTree(trace(FORWARDED));

        assertThat(json.get("hops").get(3).toString()).isEqualTo("{\"kind\":\"EGRESS_SERVER\",\"element\":\"fra1-s1\","
                + "\"label\":\"Egress server fra1-s1\",\"distanceKm\":0.0,\"latencyMs\":null}");
        assertThat(json.get("hops").get(0).get("element").isNull()).isTrue();
        assertThat(json.get("checks").get(1).toString()).isEqualTo("{\"name\":\"Same server\",\"passed\":false,"
                + "\"reason\":\"fra1-s2 holds no address of pool acme\"}");
    }

    @Test
    void noEgressKeepsTheEgressObjectWithNullFields() {
        JsonNode egress = TraceJson.toTree(trace(new Request("void.example.com", "acme-origin", "fra1-s2", null)))
                .get("egress");

        assertThat(egress.toString())
                .isEqualTo("{\"server\":null,\"dataCenter\":null,\"location\":null,\"ip\":null}");
    }

    @Test
    void theRequestIsEchoedFirstAsAsked() throws Exception {
        String text = TraceJson.toJson(FORWARDED, trace(FORWARDED));
        JsonNode json = new ObjectMapper().readTree(text);

        assertThat(json.fieldNames().next()).isEqualTo("request");
        assertThat(json.get("request").toString()).isEqualTo("{\"zone\":\"shop.example.com\",\"origin\":\"acme-origin\","
                + "\"ingressServer\":\"fra1-s2\",\"family\":null}");
        assertThat(json.get("family").asText()).isEqualTo("ipv4");
        assertThat(text).contains("\n  \"tier\" : \"SAME_DATA_CENTER\"");
    }
}

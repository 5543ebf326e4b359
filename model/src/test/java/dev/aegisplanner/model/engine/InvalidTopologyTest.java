package dev.aegisplanner.model.engine;

import static dev.aegisplanner.model.engine.TopologyBuilder.topology;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import org.junit.jupiter.api.Test;

/** Validation errors block the engine in the product, but the engine itself never breaks on them. */
class InvalidTopologyTest {

    private static TraceResult trace(Topology topology, String zone, String ingress, Family family) {
        return new ForwardingEngine(topology).trace(new Request(zone, "acme-origin", ingress, family));
    }

    @Test
    void aRepeatedIdIsIgnoredWithEverythingInsideIt() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1")
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-9")
                        .server("fra9-s1", "192.0.2.10")
                .location("AMS", "EU", 52.37, 4.90)
                    .dataCenter("FRA-1")
                        .server("dup-dc-s1", "192.0.2.10")
                    .dataCenter("AMS-1")
                        .server("fra1-s1", "192.0.2.10")
                .pool("acme", "192.0.2.10")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        TraceResult result = trace(topology, "shop.example.com", "fra1-s1", Family.IPV4);

        assertThat(result.ingress()).isEqualTo(new Endpoint("fra1-s1", "FRA-1", "FRA", null));
        assertThat(result.tier()).isEqualTo(Tier.NO_EGRESS);
        ForwardingEngine engine = new ForwardingEngine(topology);
        ServerPlace ignored = topology.index().serverPlace("dup-dc-s1");
        assertThatThrownBy(() -> engine.decide("shop.example.com", ignored, Family.IPV4))
                .isInstanceOf(RequestException.class).hasMessage("ingress server dup-dc-s1 does not exist");
    }

    @Test
    void aZoneNamingAMissingPoolHasNothingToEgressFrom() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1", "192.0.2.10")
                .zone("shop.example.com", "ghost")
                .origin("acme-origin", "203.0.113.150", "2001:db8:ff::1")
                .build();

        TraceResult result = trace(topology, "shop.example.com", "fra1-s1", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.NO_EGRESS);
        assertThat(result.checks().get(0).reason())
                .isEqualTo("zone shop.example.com uses pool ghost, which is not in the topology: it offers no address");
        assertThat(trace(topology, "shop.example.com", "fra1-s1", Family.IPV6).tier()).isEqualTo(Tier.NO_EGRESS);
    }

    @Test
    void addressesThatDoNotParseAreNoAddresses() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1", "192.0.2.010", "banana", "2001:db8:a::1", "192.0.2.10")
                .pool("acme", "192.0.2.010", "banana", "2001:db8::/999", "192.0.2.10", "2001:db8:a::1")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", "2001:db8:ff::1")
                .build();

        assertThat(trace(topology, "shop.example.com", "fra1-s1", Family.IPV4).egress().ip()).isEqualTo("192.0.2.10");
        assertThat(trace(topology, "shop.example.com", "fra1-s1", Family.IPV6).egress().ip()).isEqualTo("2001:db8:a::1");
    }

    @Test
    void linksThatCannotCarryTrafficAreIgnored() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1")
                .location("AMS", "EU", 52.37, 4.90)
                    .dataCenter("AMS-1")
                        .server("ams1-s1", "192.0.2.12")
                .location("SIN", "APAC", 1.35, 103.82)
                    .dataCenter("SIN-1")
                        .server("sin1-s1", "192.0.2.13")
                .link("FRA", "SIN", -5)
                .link("FRA", "SIN", Double.NaN)
                .link("FRA", "SIN", Double.POSITIVE_INFINITY)
                .link("FRA", "FRA", 1)
                .link("FRA", "MARS", 1)
                .link("MARS", "SIN", 1)
                .pool("acme", "192.0.2.12", "192.0.2.13")
                .zone("shop.example.com", "acme")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        TraceResult result = trace(topology, "shop.example.com", "fra1-s1", Family.IPV4);

        assertThat(result.egress().location()).isEqualTo("AMS");
        assertThat(result.decisiveCheck().reason()).endsWith("great-circle distance decided");
    }

    @Test
    void anAddressInTwoPoolsServesBoth() {
        Topology topology = topology()
                .location("FRA", "EU", 50.11, 8.68)
                    .dataCenter("FRA-1")
                        .server("fra1-s1", "192.0.2.10")
                .pool("acme", "192.0.2.10")
                .pool("copy", "192.0.2.10")
                .zone("shop.example.com", "acme")
                .zone("copy.example.com", "copy")
                .origin("acme-origin", "203.0.113.150", null)
                .build();

        assertThat(trace(topology, "shop.example.com", "fra1-s1", null).tier()).isEqualTo(Tier.SAME_SERVER);
        assertThat(trace(topology, "copy.example.com", "fra1-s1", null).tier()).isEqualTo(Tier.SAME_SERVER);
    }
}

package dev.aegisplanner.model.engine;

import static dev.aegisplanner.model.engine.TopologyBuilder.topology;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ordered hops (client, ingress, each forward, origin) with the distance or latency of each leg. */
class TraceHopsTest {

    private static final Topology WORLD = topology()
            .location("FRA", "EU", 50.11, 8.68)
                .dataCenter("FRA-1")
                    .server("fra1-s1", "192.0.2.10")
                    .server("fra1-s2")
                .dataCenter("FRA-2")
                    .server("fra2-s1")
            .location("AMS", "EU", 52.37, 4.90)
                .dataCenter("AMS-1")
                    .server("ams1-s1", "192.0.2.12")
                    .server("ams1-s2")
            .location("SIN", "APAC", 1.35, 103.82)
                .dataCenter("SIN-1")
                    .server("sin1-s1")
            .link("SIN", "AMS", 150)
            .pool("acme", "192.0.2.10", "192.0.2.12", "2001:db8:a::/48")
            .pool("empty")
            .zone("shop.example.com", "acme")
            .zone("ams.example.com", "acme", "EU")
            .zone("void.example.com", "empty")
            .origin("acme-origin", "203.0.113.150", "2001:db8:ff::1", 50.0, 8.5)
            .origin("far-origin", "203.0.113.151", null)
            .build();

    private static TraceResult trace(String zone, String origin, String ingress, Family family) {
        return new ForwardingEngine(WORLD).trace(new Request(zone, origin, ingress, family));
    }

    @Test
    void aRequestEgressingFromItsIngressServerPassesClientCacheServiceRouterAndOrigin() {
        TraceResult result = trace("shop.example.com", "acme-origin", "fra1-s1", Family.IPV4);

        assertThat(result.hops()).extracting(Hop::kind, Hop::elementId, Hop::label).containsExactly(
                tuple(HopKind.CLIENT, null, "Client"),
                tuple(HopKind.CACHE_SERVICE, "FRA-1", "Cache service in FRA-1"),
                tuple(HopKind.EGRESS_ROUTER, "fra1-s1", "Egress router on fra1-s1"),
                tuple(HopKind.ORIGIN, "acme-origin", "Origin acme-origin 203.0.113.150:443"));
    }

    @Test
    void legsInsideAMetroAreZeroKilometresWithoutLatency() {
        TraceResult result = trace("shop.example.com", "acme-origin", "fra2-s1", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.SAME_LOCATION);
        Hop router = result.hops().get(2);
        Hop forward = result.hops().get(3);
        assertThat(router.distanceKm()).isZero();
        assertThat(forward).isEqualTo(new Hop(HopKind.EGRESS_SERVER, "fra1-s1", "Egress server fra1-s1", 0.0, null));
    }

    @Test
    void aForwardBetweenLocationsCarriesGreatCircleKilometresAndBackboneLatency() {
        TraceResult result = trace("ams.example.com", "acme-origin", "sin1-s1", Family.IPV4);

        Hop forward = result.hops().get(3);
        assertThat(forward.label()).isEqualTo("Egress server ams1-s1");
        assertThat(forward.distanceKm()).isCloseTo(10_492, offset(1.0));
        assertThat(forward.latencyMs()).isEqualTo(150.0);
    }

    @Test
    void aForwardWithoutBackbonePathHasNoLatency() {
        TraceResult result = trace("shop.example.com", "acme-origin", "fra2-s1", Family.IPV4);
        TraceResult unconnected = new ForwardingEngine(WORLD.withLinks(List.of()))
                .trace(new Request("ams.example.com", "acme-origin", "sin1-s1", Family.IPV4));

        assertThat(result.hops().get(3).latencyMs()).isNull();
        assertThat(unconnected.hops().get(3).latencyMs()).isNull();
        assertThat(unconnected.hops().get(3).distanceKm()).isPositive();
    }

    @Test
    void theLegToTheOriginIsKnownOnlyWhenTheOriginHasCoordinates() {
        Hop located = trace("shop.example.com", "acme-origin", "ams1-s2", Family.IPV4).hops().get(4);
        Hop unlocated = trace("shop.example.com", "far-origin", "ams1-s2", Family.IPV4).hops().get(4);

        assertThat(located.distanceKm()).isCloseTo(363.8, offset(0.1));
        assertThat(unlocated.distanceKm()).isNull();
        assertThat(unlocated.latencyMs()).isNull();
    }

    @Test
    void anIpv6OriginIsWrittenInBrackets() {
        Hop origin = trace("shop.example.com", "acme-origin", "fra1-s2", Family.IPV6).hops().get(3);

        assertThat(origin.label()).isEqualTo("Origin acme-origin [2001:db8:ff::1]:443");
    }

    @Test
    void withoutEgressThePathStopsAtTheEgressRouter() {
        TraceResult result = trace("void.example.com", "acme-origin", "fra1-s2", Family.IPV4);

        assertThat(result.tier()).isEqualTo(Tier.NO_EGRESS);
        assertThat(result.hops()).extracting(Hop::kind)
                .containsExactly(HopKind.CLIENT, HopKind.CACHE_SERVICE, HopKind.EGRESS_ROUTER);
    }
}

package dev.aegisplanner.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backbone route a trace carries: the one computation of the path an other-location forward takes. */
class BackboneRouteTest {

    private static Location metro(String id, double lat, double lon, String... ips) {
        return Location.of(id, "EU", lat, lon, DataCenter.of(id + "-1", Server.of(id.toLowerCase() + "-s1", ips)));
    }

    /** A ring FRA-AMS-LHR-CDG-FRA plus a slow direct FRA-LHR link; only LHR holds the pool's address. */
    private final Topology ring = Topology.empty("ring")
            .withLocations(List.of(metro("FRA", 50.1, 8.7), metro("AMS", 52.4, 4.9), metro("LHR", 51.5, -0.1, "192.0.2.1"),
                    metro("CDG", 48.9, 2.4)))
            .withLinks(List.of(new Link("FRA", "AMS", 7), new Link("AMS", "LHR", 5), new Link("LHR", "CDG", 6),
                    new Link("CDG", "FRA", 9), new Link("FRA", "LHR", 30)))
            .withPools(List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.1")))
            .withZones(List.of(new Zone("shop.example.com", "acme", List.of())))
            .withOrigins(List.of(Origin.of("o", "203.0.113.1", null)));

    private static TraceResult fromFrankfurt(Topology topology) {
        return new ForwardingEngine(topology).trace(new Request("shop.example.com", "o", "fra-s1", Family.IPV4));
    }

    @Test
    void theFastestChainOfLinksWinsOverTheDirectLink() {
        BackboneRoute route = fromFrankfurt(ring).route();

        assertThat(route.locations()).containsExactly("FRA", "AMS", "LHR");
        assertThat(route.links()).containsExactly(new Link("FRA", "AMS", 7), new Link("AMS", "LHR", 5));
        assertThat(route.latencyMs()).isEqualTo(12);
        assertThat(route.uses(new Link("FRA", "LHR", 30))).isFalse();
    }

    @Test
    void theRouteIsTheOneTheCheckNames() {
        TraceResult trace = fromFrankfurt(ring);

        assertThat(trace.decisiveCheck().reason()).contains("via AMS");
        assertThat(trace.hops().get(trace.hops().size() - 2).latencyMs()).isEqualTo(trace.route().latencyMs());
    }

    @Test
    void traceJsonCarriesTheRouteAfterTheChecks() {
        String route = TraceJson.toTree(fromFrankfurt(ring)).get("route").toString();

        assertThat(route).isEqualTo("{\"locations\":[\"FRA\",\"AMS\",\"LHR\"],\"links\":["
                + "{\"from\":\"FRA\",\"to\":\"AMS\",\"latencyMs\":7.0},{\"from\":\"AMS\",\"to\":\"LHR\",\"latencyMs\":5.0}],"
                + "\"latencyMs\":12.0}");
    }

    @Test
    void linksWorkInBothDirectionsAsWritten() {
        Topology reversed = ring.withLinks(List.of(new Link("AMS", "FRA", 7), new Link("LHR", "AMS", 5),
                new Link("FRA", "LHR", 30)));

        BackboneRoute route = fromFrankfurt(reversed).route();

        assertThat(route.locations()).containsExactly("FRA", "AMS", "LHR");
        assertThat(route.links()).containsExactly(new Link("AMS", "FRA", 7), new Link("LHR", "AMS", 5));
    }

    @Test
    void downLocationsCarryNoTraffic() {
        Topology amsDown = ring.withLocations(ring.locations().stream()
                .map(l -> l.id().equals("AMS") ? l.withStatus(Status.DOWN) : l).toList());

        assertThat(fromFrankfurt(amsDown).route().locations()).containsExactly("FRA", "CDG", "LHR");
    }

    @Test
    void equalPathsResolveTheSameWayEveryTime() {
        Topology tie = ring.withLinks(List.of(new Link("FRA", "AMS", 5), new Link("AMS", "LHR", 5),
                new Link("FRA", "CDG", 5), new Link("CDG", "LHR", 5)));
        Topology sameLinksOtherOrder = ring.withLinks(List.of(new Link("CDG", "LHR", 5), new Link("FRA", "CDG", 5),
                new Link("AMS", "LHR", 5), new Link("FRA", "AMS", 5)));

        BackboneRoute route = fromFrankfurt(tie).route();

        assertThat(route.latencyMs()).isEqualTo(10);
        assertThat(fromFrankfurt(sameLinksOtherOrder).route().locations()).isEqualTo(route.locations());
    }

    @Test
    void aForwardDecidedByDistanceHasNoRoute() {
        TraceResult trace = fromFrankfurt(ring.withLinks(List.of()));

        assertThat(trace.tier()).isEqualTo(Tier.OTHER_LOCATION);
        assertThat(trace.route()).isNull();
        assertThat(trace.backboneRoute()).isEmpty();
    }

    @Test
    void aTraceThatStaysInItsLocationHasNoRoute() {
        TraceResult trace = new ForwardingEngine(ring)
                .trace(new Request("shop.example.com", "o", "lhr-s1", Family.IPV4));

        assertThat(trace.tier()).isEqualTo(Tier.SAME_SERVER);
        assertThat(trace.route()).isNull();
    }
}

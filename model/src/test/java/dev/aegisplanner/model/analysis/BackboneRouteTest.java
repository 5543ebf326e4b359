package dev.aegisplanner.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.TraceResult;
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

class BackboneRouteTest {

    private static Location metro(String id, double lat, double lon, String... ips) {
        return Location.of(id, "EU", lat, lon, DataCenter.of(id + "-1", Server.of(id.toLowerCase() + "-s1", ips)));
    }

    /** A ring FRA-AMS-LHR-CDG-FRA plus a slow direct FRA-LHR link. */
    private final Topology ring = Topology.empty("ring")
            .withLocations(List.of(metro("FRA", 50.1, 8.7), metro("AMS", 52.4, 4.9), metro("LHR", 51.5, -0.1, "192.0.2.1"),
                    metro("CDG", 48.9, 2.4)))
            .withLinks(List.of(new Link("FRA", "AMS", 7), new Link("AMS", "LHR", 5), new Link("LHR", "CDG", 6),
                    new Link("CDG", "FRA", 9), new Link("FRA", "LHR", 30)));

    @Test
    void theFastestChainOfLinksWinsOverTheDirectLink() {
        BackboneRoute route = BackboneRoute.shortest(ring, "FRA", "LHR").orElseThrow();

        assertThat(route.locations()).containsExactly("FRA", "AMS", "LHR");
        assertThat(route.links()).containsExactly(new Link("FRA", "AMS", 7), new Link("AMS", "LHR", 5));
        assertThat(route.latencyMs()).isEqualTo(12);
        assertThat(route.uses(new Link("FRA", "LHR", 30))).isFalse();
    }

    @Test
    void linksWorkInBothDirections() {
        assertThat(BackboneRoute.shortest(ring, "LHR", "FRA").orElseThrow().locations())
                .containsExactly("LHR", "AMS", "FRA");
    }

    @Test
    void downLocationsCarryNoTraffic() {
        Topology amsDown = ring.withLocations(ring.locations().stream()
                .map(l -> l.id().equals("AMS") ? l.withStatus(Status.DOWN) : l).toList());

        assertThat(BackboneRoute.shortest(amsDown, "FRA", "LHR").orElseThrow().locations())
                .containsExactly("FRA", "CDG", "LHR");
    }

    @Test
    void equalLatenciesResolveByLocationId() {
        Topology tie = ring.withLinks(List.of(new Link("FRA", "AMS", 5), new Link("AMS", "LHR", 5),
                new Link("FRA", "CDG", 5), new Link("CDG", "LHR", 5)));

        assertThat(BackboneRoute.shortest(tie, "FRA", "LHR").orElseThrow().locations())
                .containsExactly("FRA", "AMS", "LHR");
    }

    @Test
    void unjoinedLocationsHaveNoRoute() {
        Topology apart = ring.withLinks(List.of(new Link("FRA", "AMS", 7)));

        assertThat(BackboneRoute.shortest(apart, "FRA", "LHR")).isEmpty();
        assertThat(BackboneRoute.shortest(ring, "FRA", "nowhere")).isEmpty();
    }

    @Test
    void aForwardDecidedByTheBackboneHasItsRoute() {
        Topology withPool = ring
                .withPools(List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.1")))
                .withZones(List.of(new Zone("shop.example.com", "acme", List.of())))
                .withOrigins(List.of(Origin.of("o", "203.0.113.1", null)));
        TraceResult trace = new ForwardingEngine(withPool).trace(new Request("shop.example.com", "o", "fra-s1", Family.IPV4));

        assertThat(BackboneRoute.of(withPool, trace).orElseThrow().locations()).containsExactly("FRA", "AMS", "LHR");
    }

    @Test
    void aForwardDecidedByDistanceHasNone() {
        Topology noLinks = ring.withLinks(List.of())
                .withPools(List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.1")))
                .withZones(List.of(new Zone("shop.example.com", "acme", List.of())))
                .withOrigins(List.of(Origin.of("o", "203.0.113.1", null)));
        TraceResult trace = new ForwardingEngine(noLinks).trace(new Request("shop.example.com", "o", "fra-s1", Family.IPV4));

        assertThat(BackboneRoute.of(noLinks, trace)).isEmpty();
    }
}

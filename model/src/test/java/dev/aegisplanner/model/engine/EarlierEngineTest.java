package dev.aegisplanner.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An engine built with an earlier one takes over its backbone exactly when the backbone would be the same. */
class EarlierEngineTest {

    private static Location metro(String id, double lat, double lon, String... ips) {
        return Location.of(id, "EU", lat, lon, DataCenter.of(id + "-1", Server.of(id.toLowerCase() + "-s1", ips)),
                DataCenter.of(id + "-2", Server.of(id.toLowerCase() + "-s2", ips)));
    }

    private final Topology ring = Topology.empty("ring")
            .withLocations(List.of(metro("FRA", 50.1, 8.7), metro("AMS", 52.4, 4.9), metro("LHR", 51.5, -0.1, "192.0.2.1"),
                    metro("CDG", 48.9, 2.4)))
            .withLinks(List.of(new Link("FRA", "AMS", 7), new Link("AMS", "LHR", 5), new Link("LHR", "CDG", 6),
                    new Link("CDG", "FRA", 9)))
            .withPools(List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.1")))
            .withZones(List.of(new Zone("shop.example.com", "acme", List.of())))
            .withOrigins(List.of(Origin.of("o", "203.0.113.1", null)));

    private final Request fromFrankfurt = new Request("shop.example.com", "o", "fra-s1", Family.IPV4);

    @Test
    void aDataCenterDownLeavesTheBackboneAloneSoItIsTakenOver() {
        ForwardingEngine earlier = new ForwardingEngine(ring);
        earlier.trace(fromFrankfurt);
        Topology lhrOneDown = Failures.takeDown(ring, Set.of("LHR-1"));

        ForwardingEngine later = new ForwardingEngine(lhrOneDown, earlier);

        assertThat(later.sharesBackboneWith(earlier)).isTrue();
        assertThat(later.trace(fromFrankfurt)).isEqualTo(new ForwardingEngine(lhrOneDown).trace(fromFrankfurt));
        assertThat(later.trace(fromFrankfurt).egress().dataCenter()).isEqualTo("LHR-2");
    }

    @Test
    void aLocationDownOrAnotherLinkMakesABackboneOfItsOwn() {
        ForwardingEngine earlier = new ForwardingEngine(ring);
        earlier.trace(fromFrankfurt);
        Topology amsDown = Failures.takeDown(ring, Set.of("AMS"));
        Topology slowerLink = ring.withLinks(List.of(new Link("FRA", "AMS", 7), new Link("AMS", "LHR", 50),
                new Link("LHR", "CDG", 6), new Link("CDG", "FRA", 9)));

        ForwardingEngine withoutAms = new ForwardingEngine(amsDown, earlier);
        ForwardingEngine slower = new ForwardingEngine(slowerLink, earlier);

        assertThat(withoutAms.sharesBackboneWith(earlier)).isFalse();
        assertThat(withoutAms.trace(fromFrankfurt).route().locations()).containsExactly("FRA", "CDG", "LHR");
        assertThat(slower.sharesBackboneWith(earlier)).isFalse();
        assertThat(slower.trace(fromFrankfurt).route().locations()).containsExactly("FRA", "CDG", "LHR");
    }
}

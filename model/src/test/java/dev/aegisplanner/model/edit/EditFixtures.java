package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import java.util.Map;

/** Two metros, three data centers, a pool with two IPv4 addresses and an IPv6 prefix. */
final class EditFixtures {

    private EditFixtures() {
    }

    static Topology twoMetros() {
        Location fra = Location.of("FRA", "EU", 50.11, 8.68,
                DataCenter.of("FRA-1", Server.of("fra1-s1", "192.0.2.10"), Server.of("fra1-s2")),
                DataCenter.of("FRA-2", Server.of("fra2-s1")));
        Location ams = Location.of("AMS", "EU", 52.37, 4.90,
                DataCenter.of("AMS-1", Server.of("ams1-s1"), Server.of("ams1-s2")));
        return new Topology("Two metros", null, List.of(fra, ams), List.of(new Link("FRA", "AMS", 7.5)),
                List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.10", "192.0.2.11", "2001:db8:a::/48")),
                List.of(new Zone("shop.example.com", "acme", List.of("EU"))),
                List.of(Origin.of("acme-origin", "203.0.113.150", null)),
                List.of(new Scenario("fra-miss", null, null, "shop.example.com", "acme-origin", "fra1-s2", null, null)),
                Map.of());
    }

    static List<String> ipsOf(Topology topology, String serverId) {
        return topology.servers().filter(s -> s.id().equals(serverId)).findFirst().orElseThrow().egressIps();
    }
}

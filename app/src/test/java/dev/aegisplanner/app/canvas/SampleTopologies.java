package dev.aegisplanner.app.canvas;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import java.util.Map;

/** Small hand-made topologies in the shape of the documentation's diagrams, for canvas tests and previews. */
final class SampleTopologies {

    private SampleTopologies() {
    }

    /** Frankfurt with two data centers, Amsterdam with one, London down; two pools, one address in no pool. */
    static Topology threeMetros() {
        Location fra = new Location("FRA", "Frankfurt", "EU", 50.11, 8.68, Status.UP, List.of(
                new DataCenter("FRA-1", "Frankfurt 1", Status.UP, Map.of("192.0.2.10", 0.5), List.of(
                        Server.of("fra1-s1", "192.0.2.10", "192.0.2.11"),
                        Server.of("fra1-s2"),
                        new Server("fra1-s3", null, Status.DOWN, List.of("198.51.100.7")),
                        Server.of("fra1-s4", "198.51.100.7"))),
                new DataCenter("FRA-2", "Frankfurt 2", Status.DOWN, Map.of(), List.of(
                        Server.of("fra2-s1", "192.0.2.10"), Server.of("fra2-s2")))));
        Location ams = new Location("AMS", "Amsterdam", "EU", 52.37, 4.90, Status.UP, List.of(
                new DataCenter("AMS-1", "Amsterdam 1", Status.UP, Map.of(), List.of(
                        Server.of("ams1-s1", "192.0.2.11"), Server.of("ams1-s2"), Server.of("ams1-s3", "203.0.113.99")))));
        Location lhr = new Location("LHR", "London", "EU", 51.51, -0.13, Status.DOWN, List.of(
                new DataCenter("LHR-1", "London 1", Status.UP, Map.of(), List.of(Server.of("lhr1-s1"), Server.of("lhr1-s2")))));
        return new Topology("Three metros", null, List.of(fra, ams, lhr),
                List.of(new Link("FRA", "AMS", 7.5), new Link("AMS", "LHR", 6.1)),
                List.of(Pool.of("acme", PoolSource.LEASED, "192.0.2.10", "192.0.2.11", "2001:db8:a::/48"),
                        Pool.of("globex", PoolSource.BYOIP, "198.51.100.7")),
                List.of(new Zone("shop.example.com", "acme", List.of()), new Zone("www.globex.example", "globex", List.of("EU"))),
                List.of(new Origin("acme-origin", "Acme origin", "203.0.113.150", "2001:db8:ff::1", 443, null, null)),
                List.of(new Scenario("fra-miss", null, null, "shop.example.com", "acme-origin", "fra1-s2", Family.IPV4, null)),
                Map.of());
    }
}

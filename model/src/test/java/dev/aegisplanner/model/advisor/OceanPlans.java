package dev.aegisplanner.model.advisor;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer in Europe whose hand-made plan puts its two addresses in Ashburn: European demand crosses the
 * Atlantic and back to an origin in Frankfurt. Five locations, one data center each (Frankfurt has two).
 */
final class OceanPlans {

    static final String POOL = "shop-pool";

    private OceanPlans() {
    }

    static Topology acrossTheOcean() {
        List<Location> locations = List.of(
                location("AMS", "EU", 52.37, 4.90),
                new Location("FRA", null, "EU", 50.11, 8.68, null, List.of(
                        new DataCenter("FRA-1", null, null, null, List.of(Server.of("fra1-s1"), Server.of("fra1-s2"))),
                        new DataCenter("FRA-2", null, null, null, List.of(Server.of("fra2-s1"))))),
                location("IAD", "US", 38.95, -77.45, "192.0.2.10", "192.0.2.11"),
                location("LHR", "EU", 51.47, -0.45),
                location("NYC", "US", 40.71, -74.01));
        List<Demand> demand = new ArrayList<>();
        demand.add(Demand.inLocation("shop.example.com", "shop-origin", "AMS", 12_000));
        demand.add(Demand.inLocation("shop.example.com", "shop-origin", "FRA", 20_000));
        demand.add(Demand.inLocation("shop.example.com", "shop-origin", "LHR", 15_000));
        demand.add(Demand.inLocation("shop.example.com", "shop-origin", "IAD", 3_000));
        demand.add(Demand.inLocation("shop.example.com", "shop-origin", "NYC", 2_000));
        return new Topology("Across the ocean", null, locations, List.of(),
                List.of(Pool.of(POOL, PoolSource.LEASED, "192.0.2.10", "192.0.2.11")),
                List.of(new Zone("shop.example.com", POOL, List.of())),
                List.of(new Origin("shop-origin", null, "203.0.113.10", null, 443, 50.11, 8.68)),
                List.of(), null).withDemand(demand);
    }

    static Location location(String id, String region, double lat, double lon, String... addresses) {
        String server = id.toLowerCase() + "1-s1";
        return new Location(id, null, region, lat, lon, null, List.of(
                new DataCenter(id + "-1", null, null, null, List.of(Server.of(server, addresses)))));
    }
}

package dev.aegisplanner.app.editor;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Five metros with one data center of two servers each. 192.0.2.10 is held by the first server of the
 * first four metros: the most locations one IPv4 address may have, so one more is a problem.
 */
public final class EditorFixtures {

    public static final String SHARED_IP = "192.0.2.10";
    public static final String SPARE_IP = "192.0.2.11";
    private static final String[][] METROS = {
            {"FRA", "EU", "50.11", "8.68"}, {"AMS", "EU", "52.37", "4.90"}, {"LON", "EU", "51.51", "-0.13"},
            {"PAR", "EU", "48.86", "2.35"}, {"MAD", "EU", "40.42", "-3.70"}};

    private EditorFixtures() {
    }

    public static Topology fiveMetros() {
        List<Location> locations = new ArrayList<>();
        for (int i = 0; i < METROS.length; i++) {
            String id = METROS[i][0];
            String low = id.toLowerCase(java.util.Locale.ROOT);
            Server first = i < 4 ? Server.of(low + "1-s1", SHARED_IP) : Server.of(low + "1-s1", SPARE_IP);
            locations.add(Location.of(id, METROS[i][1], Double.parseDouble(METROS[i][2]), Double.parseDouble(METROS[i][3]),
                    DataCenter.of(id + "-1", first, Server.of(low + "1-s2"))));
        }
        return new Topology("Five metros", null, locations, List.of(new Link("FRA", "AMS", 7.5)),
                List.of(Pool.of("acme", PoolSource.LEASED, SHARED_IP, SPARE_IP, "2001:db8:a::/48")),
                List.of(new Zone("shop.example.com", "acme", List.of())),
                List.of(Origin.of("acme-origin", "203.0.113.150", null)),
                List.of(new Scenario("mad-miss", null, null, "shop.example.com", "acme-origin", "mad1-s2", null, null)),
                Map.of());
    }
}

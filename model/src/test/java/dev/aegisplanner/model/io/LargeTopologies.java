package dev.aegisplanner.model.io;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.PoolSource;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * A large valid topology for scale tests: 100 locations of 4 data centers each, the servers spread evenly,
 * every server holding one address of a pool, each address in at most 4 locations.
 */
final class LargeTopologies {

    private static final int LOCATIONS = 100;
    private static final int DATA_CENTERS_PER_LOCATION = 4;

    private LargeTopologies() {
    }

    static Topology servers(int count) {
        int dataCenters = LOCATIONS * DATA_CENTERS_PER_LOCATION;
        List<Location> locations = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        int serverIndex = 0;
        for (int l = 0; l < LOCATIONS; l++) {
            // Locations 4k..4k+3 share addresses, so no address is held in more than four locations.
            String address = "10." + (l / 4 / 256) + "." + (l / 4 % 256) + ".7";
            if (l % 4 == 0) {
                addresses.add(address);
            }
            List<DataCenter> dcs = new ArrayList<>();
            for (int d = 0; d < DATA_CENTERS_PER_LOCATION; d++) {
                int inThisDataCenter = count / dataCenters + ((l * DATA_CENTERS_PER_LOCATION + d) < count % dataCenters ? 1 : 0);
                List<Server> servers = new ArrayList<>(inThisDataCenter);
                for (int s = 0; s < inThisDataCenter; s++) {
                    servers.add(Server.of("srv-" + serverIndex++, address));
                }
                dcs.add(new DataCenter("L" + l + "-" + d, null, null, java.util.Map.of(), servers));
            }
            locations.add(new Location("L" + l, "Location " + l, "R" + l % 3, l % 90, l % 180, null, dcs));
        }
        return Topology.empty("large").withLocations(locations)
                .withPools(List.of(new Pool("big", null, PoolSource.LEASED, addresses)))
                .withZones(List.of(new Zone("z.example.com", "big", List.of())));
    }
}

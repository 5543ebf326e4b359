package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;

/**
 * Locations, their data centers and servers: unique ids, coordinates on the globe, no empty data centers.
 * The ids it registers are what the other rules check references against.
 */
final class LocationRules {

    final IdRegistry locations;
    final IdRegistry dataCenters;
    final IdRegistry servers;

    LocationRules(Findings findings) {
        locations = new IdRegistry("location", "among locations", null, findings);
        dataCenters = new IdRegistry("data center", "in the whole file", "location", findings);
        servers = new IdRegistry("server", "in the whole file", "data center", findings);
    }

    void check(Topology topology, Findings findings) {
        List<Location> list = topology.locations();
        for (int li = 0; li < list.size(); li++) {
            Location location = list.get(li);
            int l = li;
            locations.register(location.id(), "", () -> Places.location(l));
            Coordinates.check(findings, Places.location(li), "Location " + location.id(), location.lat(), location.lon());
            for (int di = 0; di < location.dataCenters().size(); di++) {
                DataCenter dataCenter = location.dataCenters().get(di);
                int d = di;
                dataCenters.register(dataCenter.id(), location.id(), () -> Places.dataCenter(l, d));
                if (dataCenter.servers().isEmpty()) {
                    findings.warning("empty-data-center", Places.dataCenter(li, di),
                            "Data center " + dataCenter.id() + " has no servers");
                }
                for (int si = 0; si < dataCenter.servers().size(); si++) {
                    Server server = dataCenter.servers().get(si);
                    int s = si;
                    servers.register(server.id(), dataCenter.id(), () -> Places.server(l, d, s));
                }
            }
        }
    }
}

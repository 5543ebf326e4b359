package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;

/** Locations, their data centers and servers: unique ids, coordinates on the globe, no empty data centers. */
final class LocationRules {

    private LocationRules() {
    }

    static void check(Topology topology, Findings findings) {
        IdRegistry locationIds = new IdRegistry("location", "among locations", findings);
        IdRegistry dataCenterIds = new IdRegistry("data center", "in the whole file", findings);
        IdRegistry serverIds = new IdRegistry("server", "in the whole file", findings);
        List<Location> locations = topology.locations();
        for (int li = 0; li < locations.size(); li++) {
            Location location = locations.get(li);
            String pointer = Places.location(li);
            locationIds.register(location.id(), pointer, "");
            Coordinates.check(findings, pointer, "Location " + location.id(), location.lat(), location.lon());
            for (int di = 0; di < location.dataCenters().size(); di++) {
                DataCenter dataCenter = location.dataCenters().get(di);
                String dataCenterPointer = Places.dataCenter(li, di);
                dataCenterIds.register(dataCenter.id(), dataCenterPointer, "in location " + location.id());
                if (dataCenter.servers().isEmpty()) {
                    findings.warning("empty-data-center", dataCenterPointer,
                            "Data center " + dataCenter.id() + " has no servers");
                }
                for (int si = 0; si < dataCenter.servers().size(); si++) {
                    Server server = dataCenter.servers().get(si);
                    serverIds.register(server.id(), Places.server(li, di, si), "in data center " + dataCenter.id());
                }
            }
        }
    }
}
